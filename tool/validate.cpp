// SPDX-License-Identifier: BSL-1.0
// `bilateral validate --format json|plover|gdelt|gdelt-csv|icews|polecat|phoenix|auto [IN]`: every problem of IN, with its location.
//
// Problems go to standard output, one a line ("IN:line:column: …", "IN: $.path: …", "IN: line 10,
// column 2 (SQLDATE): …"), then a summary line; the exit code is 1 if there is any.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <bilateral/core/validate.hpp>
#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/icews.hpp>
#include <bilateral/io/phoenix.hpp>
#include <bilateral/io/polecat.hpp>

#include "commands.hpp"
#include "documents.hpp"
#include "files.hpp"
#include "gdelt_rows.hpp"
#include "row_inputs.hpp"

namespace bilateral::tool {

namespace {

struct validate_options {
    std::string format;
    std::optional<std::string> in;
};

int validate_gdelt(input& in, const streams& io) {
    std::ostream& out = *io.out;
    gdelt::reader reader{in.stream(),
                         {.mode = gdelt::mode::lenient,
                          .max_messages = 0,
                          .on_error = [&](const problem& e) { out << in.label() << ": " << gdelt::describe(e) << '\n'; }}};
    progress shown{io};
    // Lenient reading keeps a row whose text is not UTF-8 (and only counts it), so that the other
    // rows are checked too; validate lists each such field as the problem it is.
    std::uint64_t utf8_seen = 0, utf8_rows = 0;
    std::vector<problem> utf8_problems;
    while (const gdelt::record* row = reader.next()) {
        shown.tick(reader);
        if (reader.summary().invalid_utf8_fields == utf8_seen) continue;
        utf8_seen = reader.summary().invalid_utf8_fields;
        ++utf8_rows;
        utf8_problems.clear();
        gdelt::check_utf8(*row, reader.summary().lines, utf8_problems);
        for (const auto& e : utf8_problems) out << in.label() << ": " << gdelt::describe(e) << '\n';
    }
    const auto& s = reader.summary();
    if (!report_read_failure(io, "validate", in, s)) return exit_usage;
    if (s.read_failed) return exit_usage;  // listed above, as the last problem
    const std::uint64_t problems = s.errors + utf8_seen;
    out << in.label() << ": " << s.lines << " lines, " << s.rows - utf8_rows << " good rows";
    if (problems != 0) out << ", " << problems << " problems in " << s.skipped + utf8_rows << " lines";
    out << '\n';
    return problems == 0 ? exit_ok : exit_data;
}

/// A row format read whole (GDELT re-exported as CSV, ICEWS, Phoenix, POLECAT): every bad field of
/// every row on standard output, what the reader saw and undid on stderr.
template <class Reader>
int validate_rows(input& in, const streams& io) {
    std::string error;
    const std::optional<std::string> text = in.read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "validate", error);
    std::ostream& out = *io.out;
    Reader reader{*text, {.mode = read_mode::lenient,
                          .max_messages = 0,
                          .on_error = [&](const problem& e) { out << in.label() << ": " << describe(e) << '\n'; }}};
    while (reader.next() != nullptr) {
    }
    const row_read_summary& s = reader.summary();
    report_reader_notes(*io.err, "validate", in.label(), reader);
    out << in.label() << ": " << s.lines << " lines, " << s.rows << " good rows";
    if (s.errors != 0) out << ", " << s.errors << " problems in " << s.skipped << " lines";
    out << '\n';
    return s.errors == 0 ? exit_ok : exit_data;
}

int validate_document(bool from_plover, input& in, const streams& io) {
    std::string error;
    const std::optional<std::string> text = in.read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "validate", error);
    std::ostream& out = *io.out;
    const std::string& label = in.label();
    const document doc = read_document(*text, from_plover);
    list_problems(out, label, doc);
    std::size_t count = doc.problems().size() + doc.unlisted_problems();
    // What was read is checked as a dataset too (references, ids, codes, dates…), whichever the
    // format, so that validate and convert agree.
    if (doc.ok()) {
        for (const problem& p : problems(doc.view())) {
            out << label << ": " << describe(p) << '\n';
            ++count;
        }
    }
    if (doc.plover) plover_notes(out, label, *doc.plover);
    if (count == 0) out << label << ": ok\n";
    else out << label << ": " << count << " problem(s)\n";
    return count == 0 ? exit_ok : exit_data;
}

}  // namespace

command add_validate(CLI::App& tool) {
    auto o = std::make_shared<validate_options>();
    CLI::App* app = tool.add_subcommand("validate", "Every problem of a file, with its location");
    app->footer(
        "Lists every problem of IN on standard output, one a line, then a summary line; exit code 1 if there\n"
        "is any. json, plover: the reading problems (IN:line:column or IN: $.path), then the dataset's own\n"
        "checks (ids, references, codes, dates). gdelt, icews: every bad field of every row (line, column,\n"
        "value); for icews, notes on stderr: restored CAMEO codes, repeated keys, country names outside ICEWS's list.\n"
        "gdelt-csv: the same, and on stderr the dialect seen and what re-export did to values (restored codes,\n"
        "\"4.0\"). polecat, phoenix: the same, notes on stderr (several countries on a side, repeated Event IDs,\n"
        "restored codes). auto: the format is detected from the beginning of IN, and said on stderr.");
    app->add_option("--format", o->format, "json, plover, gdelt, gdelt-csv, icews, polecat, phoenix or auto")->required()->check(CLI::IsMember(input_formats));
    app->add_option("IN", o->in, "the file to check ('-' or nothing: standard input)");
    return {app, [o](const streams& io) {
                std::string error;
                std::optional<input> in = input::open(o->in, io, error);
                if (!in) return run_error(io, "validate", error);
                const std::optional<source_format> format = input_format(o->format, *in, *io.err, "validate", error, "--format");
                if (!format) return run_error(io, "validate", error);
                switch (*format) {
                    case source_format::gdelt: return validate_gdelt(*in, io);
                    case source_format::gdelt_csv: return validate_rows<gdelt::csv_reader>(*in, io);
                    case source_format::icews: return validate_rows<icews::reader>(*in, io);
                    case source_format::polecat: return validate_rows<polecat::reader>(*in, io);
                    case source_format::phoenix: return validate_rows<phoenix::reader>(*in, io);
                    case source_format::plover:
                    case source_format::json: return validate_document(*format == source_format::plover, *in, io);
                    default: return usage_error(io, "validate", std::string{name_of(*format)} + " input is not validated");
                }
            }};
}

}  // namespace bilateral::tool
