// SPDX-License-Identifier: BSL-1.0
// `bilateral convert --from F --to G [--lenient] [IN [OUT]]`: event data from one format to another.
//
// GDELT input is streamed (memory bounded whatever its size); JSON and PLOVER documents are read
// whole (at most max_document_bytes). What is written is what `validate` accepts: a JSON or PLOVER
// document is validated after reading, and a problem stops the run (exit 1, OUT unchanged) or, with
// --lenient, drops the records concerned, counted and listed (exit 1, OUT written).
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <bilateral/core/validate.hpp>
#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/icews.hpp>
#include <bilateral/io/phoenix.hpp>
#include <bilateral/io/polecat.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/plover_writer.hpp>

#include "commands.hpp"
#include "documents.hpp"
#include "files.hpp"
#include "gdelt_rows.hpp"
#include "row_inputs.hpp"

namespace bilateral::tool {

namespace {

struct convert_options {
    std::string from, to;
    bool lenient = false;
    std::optional<std::string> in, out;
};

/// Writes `buffer` to OUT once it holds 256 KiB (or now, if `force`), so that rows go out in large
/// writes; false once OUT has failed (the run then stops early).
bool write_out(output& out, std::string& buffer, bool force) {
    if (force || buffer.size() >= 256 * 1024) {
        out.stream().write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
    }
    return out.good();
}

/// GDELT records, as `next()` gives them until nullptr, written as PLOVER JSONL through the model
/// in batches, so that memory stays bounded: each batch is a small dataset of its own. Rows the
/// model cannot take and events without a PLOVER type are counted on stderr.
template <class Next>
void write_gdelt_plover(Next&& next, const input& in, output& out, std::string& buffer, const streams& io) {
    std::uint64_t without_type = 0, skipped = 0;
    for (bool more = true; more && out.good();) {
        dataset batch;
        gdelt::dataset_builder builder{batch, {.file_title = in.label()}};
        for (std::size_t n = 0; n < 4096; ++n) {
            const gdelt::record* row = next();
            if (row == nullptr) {
                more = false;
                break;
            }
            builder.add(*row);
        }
        skipped += builder.skipped();
        without_type += write_plover(buffer, batch.view()).without_type.size();
        write_out(out, buffer, false);
    }
    if (skipped + without_type != 0)
        *io.err << "bilateral convert: note: " << skipped << " rows without an Actor1, a valid SQLDATE or EventCode and " << without_type
                << " events without a PLOVER type (CAMEO roots 01, 02) not written\n";
}

/// Writes the rows of a GDELT input as GDELT (byte for byte), JSON Lines of the typed records, or
/// PLOVER JSONL, a batch at a time. Stops early when OUT cannot be written.
int convert_gdelt(const convert_options& o, input& in, output& out, const streams& io) {
    gdelt::reader reader{in.stream(), {.mode = o.lenient ? gdelt::mode::lenient : gdelt::mode::strict}};
    progress shown{io};
    std::string buffer;
    const auto flush = [&](bool force) { return write_out(out, buffer, force); };
    if (o.to == "gdelt") {
        // Byte for byte: the BOM and each row's own line end (CRLF, LF, a final lone CR, none) are kept.
        while (const gdelt::record* row = reader.next()) {
            shown.tick(reader);
            if (reader.summary().rows == 1 && reader.summary().bom) buffer += "\xEF\xBB\xBF";
            gdelt::write_row(buffer, *row, reader.line_end());
            if (!flush(false)) break;
        }
    } else if (o.to == "json") {
        while (const gdelt::record* row = reader.next()) {
            shown.tick(reader);
            write_json(buffer, *row, {.indent = 0});
            buffer += '\n';
            if (!flush(false)) break;
        }
    } else {
        write_gdelt_plover(
            [&]() -> const gdelt::record* {
                const gdelt::record* row = reader.next();
                if (row != nullptr) shown.tick(reader);
                return row;
            },
            in, out, buffer, io);
    }
    flush(true);
    if (!report_read_failure(io, "convert", in, reader.summary())) return exit_usage;
    const bool clean = report_gdelt_problems(io, "convert", in, reader.summary());
    if (reader.summary().read_failed) return exit_usage;
    if (const auto n = reader.summary().invalid_utf8_fields; n != 0)
        *io.err << "bilateral convert: note: " << n << " text field(s) with invalid UTF-8 kept: "
                << (o.to == "gdelt" ? "as they were" : "each invalid sequence written as U+FFFD") << '\n';
    // Strict mode: a run that stopped at a problem leaves OUT as it was (standard output has had
    // the rows before it). Lenient mode writes the good rows; exit 1 says some were skipped.
    if (reader.summary().stopped) return exit_data;
    std::string error;
    if (!out.commit(error)) return run_error(io, "convert", error);
    return clean ? exit_ok : exit_data;
}

/// Writes the rows of GDELT re-exported as CSV (read whole) as GDELT's own rows, JSON Lines of the
/// typed records, or PLOVER JSONL through the model, a batch at a time: what the native input
/// gives, from the same records. Strict: a bad row stops the run and OUT is left as it was.
int convert_gdelt_csv(const convert_options& o, input& in, output& out, const streams& io) {
    std::string error;
    const std::optional<std::string> text = in.read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "convert", error);
    gdelt::csv_reader reader{*text, {.mode = o.lenient ? read_mode::lenient : read_mode::strict}};
    std::string buffer;
    const auto flush = [&](bool force) { return write_out(out, buffer, force); };
    if (o.to == "gdelt" || o.to == "json") {
        while (const gdelt::record* row = reader.next()) {
            if (o.to == "gdelt") gdelt::write_row(buffer, *row, "\n");
            else write_json(buffer, *row, {.indent = 0}), buffer += '\n';
            if (!flush(false)) break;
        }
    } else {
        write_gdelt_plover([&] { return reader.next(); }, in, out, buffer, io);
    }
    flush(true);
    report_reader_notes(*io.err, "convert", in.label(), reader);
    const bool clean = report_row_problems(*io.err, "convert", in.label(), reader.summary());
    if (reader.summary().stopped) return exit_data;  // OUT is left as it was
    if (!out.commit(error)) return run_error(io, "convert", error);
    return clean ? exit_ok : exit_data;
}

/// Writes the rows of a format read whole (ICEWS, POLECAT, Phoenix) as JSON Lines of the typed
/// records, or as PLOVER JSONL through the format's `Builder`, a batch at a time, with what the
/// model could not hold counted on stderr. Strict: a bad row stops the run and OUT is left as it
/// was; lenient: bad rows are skipped, listed, and the rest written (exit 1).
template <class Reader, class Builder>
int convert_rows(const convert_options& o, input& in, output& out, const streams& io) {
    std::string error;
    const std::optional<std::string> text = in.read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "convert", error);
    Reader reader{*text, {.mode = o.lenient ? read_mode::lenient : read_mode::strict}};
    std::string buffer;
    const auto flush = [&](bool force) { return write_out(out, buffer, force); };
    if (o.to == "json") {
        while (const auto* row = reader.next()) {
            write_json(buffer, *row, {.indent = 0});
            buffer += '\n';
            if (!flush(false)) break;
        }
    } else {
        dataset first;  // the builder goes on into each batch; this one stays empty
        Builder builder{first, {.file_title = in.label()}};
        std::uint64_t without_type = 0;
        for (bool more = true; more && out.good();) {
            dataset batch;
            builder.continue_into(batch);
            for (std::size_t n = 0; n < 4096; ++n) {
                const auto* row = reader.next();
                if (row == nullptr) {
                    more = false;
                    break;
                }
                builder.add(*row);
            }
            without_type += write_plover(buffer, batch.view()).without_type.size();
            flush(false);
        }
        for (const problem& l : builder.losses().sorted())
            *io.err << "bilateral convert: " << in.label() << ": " << l.field.view() << ": " << l.count << " value(s) "
                    << l.message.view() << (l.value.empty() ? "" : " (e.g. '" + l.value.str() + "')") << '\n';
        if (without_type != 0) *io.err << "bilateral convert: note: " << without_type << " events without a PLOVER type not written\n";
        if constexpr (requires { builder.skipped(); }) {
            if (builder.skipped() != 0)
                *io.err << "bilateral convert: note: " << builder.skipped() << " rows without a source actor not written (an event needs one)\n";
        }
    }
    flush(true);
    report_reader_notes(*io.err, "convert", in.label(), reader);
    const bool clean = report_row_problems(*io.err, "convert", in.label(), reader.summary());
    if (reader.summary().stopped) return exit_data;  // OUT is left as it was
    if (!out.commit(error)) return run_error(io, "convert", error);
    return clean ? exit_ok : exit_data;
}

/// The records of `data` whose kind and id have no problem in `bad`.
void keep_records_without(const dataset_view& data, const std::set<std::pair<std::string_view, std::string_view>>& bad,
                          dataset& kept, std::size_t& dropped) {
    const auto copy = [&](std::string_view kind, const auto& records) {
        for (const auto& r : records) {
            if (bad.contains({kind, r.id.str()})) ++dropped;
            else kept.add(r);
        }
    };
    copy("source", data.sources);
    copy("actor", data.actors);
    copy("place", data.places);
    copy("event", data.events);
    copy("statement", data.statements);
    copy("agreement", data.agreements);
    copy("indicator", data.indicators);
    copy("relation", data.relations);
}

int convert_document(const convert_options& o, bool from_plover, input& in, output& out, const streams& io) {
    std::string error;
    const std::optional<std::string> text = in.read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "convert", error);
    const document doc = read_document(*text, from_plover);
    if (!doc.ok()) {
        list_problems(*io.err, in.label(), doc);
        return exit_data;
    }
    if (doc.plover) plover_notes(*io.err, in.label(), *doc.plover);

    // What validate would reject is not written: listed, then the run stops, or (--lenient) the
    // records concerned are dropped, and so are those that then refer to a dropped one.
    dataset_view data = doc.view();
    std::optional<dataset> kept;
    std::size_t dropped = 0, listed = 0;
    for (std::vector<problem> found = problems(data); !found.empty(); found = problems(data)) {
        for (const problem& p : found) *io.err << in.label() << ": " << describe(p) << '\n';
        listed += found.size();
        if (!o.lenient) {
            *io.err << "bilateral convert: " << found.size()
                    << " problem(s) in what was read; nothing written (--lenient drops the records concerned)\n";
            return exit_data;
        }
        std::set<std::pair<std::string_view, std::string_view>> bad;
        for (const problem& p : found) bad.emplace(p.record, p.id);
        dataset next;
        const std::size_t before = dropped;
        keep_records_without(data, bad, next, dropped);
        if (dropped == before) {
            *io.err << "bilateral convert: the problems above are not in records that can be dropped; nothing written\n";
            return exit_data;
        }
        kept = std::move(next);
        data = kept->view();
    }
    if (dropped != 0)
        *io.err << "bilateral convert: --lenient: " << dropped << " record(s) with problems dropped (" << listed
                << " problem(s) listed above)\n";

    if (o.to == "json") {
        out.stream() << to_json(data) << '\n';
    } else {
        plover_write_report report;
        out.stream() << to_plover(data, &report);
        plover_write_notes(*io.err, report);
    }
    if (!out.commit(error)) return run_error(io, "convert", error);
    return dropped == 0 ? exit_ok : exit_data;
}

int convert(const convert_options& o, const streams& io) {
    std::string error;
    std::optional<input> in = input::open(o.in, io, error);
    if (!in) return run_error(io, "convert", error);
    const std::optional<source_format> from = input_format(o.from, *in, *io.err, "convert", error);
    if (!from) return run_error(io, "convert", error);
    if (*from != source_format::gdelt && *from != source_format::gdelt_csv && o.to == "gdelt")
        return usage_error(io, "convert", "GDELT rows are written from GDELT input only (--from gdelt or gdelt-csv); "
                                          "'bilateral export --format gdelt' writes the built-in dataset's events");
    const std::array<const input*, 1> inputs{&*in};
    std::optional<output> out = output::open(o.out, io, inputs, error);
    if (!out) return run_error(io, "convert", error);
    switch (*from) {
        case source_format::gdelt: return convert_gdelt(o, *in, *out, io);
        case source_format::gdelt_csv: return convert_gdelt_csv(o, *in, *out, io);
        case source_format::icews: return convert_rows<icews::reader, icews::dataset_builder>(o, *in, *out, io);
        case source_format::polecat: return convert_rows<polecat::reader, polecat::dataset_builder>(o, *in, *out, io);
        case source_format::phoenix: return convert_rows<phoenix::reader, phoenix::dataset_builder>(o, *in, *out, io);
        case source_format::plover:
        case source_format::json: return convert_document(o, *from == source_format::plover, *in, *out, io);
        default: return usage_error(io, "convert", std::string{name_of(*from)} + " input is not converted");
    }
}

}  // namespace

command add_convert(CLI::App& tool) {
    auto o = std::make_shared<convert_options>();
    CLI::App* app = tool.add_subcommand("convert", "Event data from one format to another");
    app->footer(
        "From gdelt (GDELT 1.0 or 2.0 event rows, streamed): to gdelt (byte for byte), plover (PLOVER JSONL) or\n"
        "json (JSON Lines of the typed rows). From json (the library's JSON) or plover (PLOVER in any dialect:\n"
        "JSONL, a JSON array or concatenated records): to json or plover; the document is read whole (at most\n"
        "1 GiB) and validated, and nothing that 'bilateral validate' would reject is written. From icews (ICEWS\n"
        "Dataverse .tab files, read whole): to json (JSON Lines of the typed rows) or plover (PLOVER JSONL).\n"
        "From gdelt-csv (GDELT written back with a header, comma- or tab-separated, quoted; read whole): to\n"
        "gdelt, json or plover, as the same rows read natively would be. From polecat (POLECAT's tab-separated\n"
        "files) or phoenix (Phoenix's 26-field rows), read whole: to json or plover. auto: the format is detected from\n"
        "the beginning of IN, and said on stderr.\n"
        "OUT is replaced only when the run succeeds (with --lenient: when it ends); it may not be IN.");
    app->add_option("--from", o->from, "json, plover, gdelt, gdelt-csv, icews, polecat, phoenix or auto")->required()->check(CLI::IsMember(input_formats));
    app->add_option("--to", o->to, "json, plover or gdelt")->required()->check(CLI::IsMember({"json", "plover", "gdelt"}));
    app->add_flag("--lenient", o->lenient,
                  "skip bad GDELT or ICEWS rows, or drop the JSON/PLOVER records with problems, instead of stopping; each is "
                  "listed, the rest is written, and the exit code is 1");
    app->add_option("IN", o->in, "the file to read ('-' or nothing: standard input)");
    app->add_option("OUT", o->out, "the file to write ('-' or nothing: standard output)");
    return {app, [o](const streams& io) { return convert(*o, io); }};
}

}  // namespace bilateral::tool
