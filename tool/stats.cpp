// SPDX-License-Identifier: BSL-1.0
// `bilateral stats --format gdelt|gdelt-csv|icews|polecat|phoenix|auto [--dyad AAA-BBB] [--directed] [--top N] [--json] [--lenient] [IN]`:
// events per country dyad of a file of event rows.
#include <memory>
#include <optional>
#include <string>

#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/icews.hpp>
#include <bilateral/io/phoenix.hpp>
#include <bilateral/io/polecat.hpp>
#include <bilateral/panel/gdelt.hpp>
#include <bilateral/panel/icews.hpp>
#include <bilateral/panel/phoenix.hpp>
#include <bilateral/panel/polecat.hpp>

#include "commands.hpp"
#include "files.hpp"
#include "gdelt_rows.hpp"
#include "row_inputs.hpp"

namespace bilateral::tool {

namespace {

struct stats_options {
    std::string format;
    std::optional<std::string> dyad;
    bool directed = false;
    std::size_t top = 5;
    bool json = false;
    bool lenient = false;
    std::optional<std::string> in;
};

/// The report, as JSON or text.
void write_report(const stats_options& o, const gdelt::stats_builder& builder, const streams& io) {
    const gdelt::stats_report report = builder.report();
    if (o.json) *io.out << gdelt::stats_to_json(report) << '\n';
    else gdelt::write_stats_text(*io.out, report);
}

/// Counts one row of any source, as a panel sees it (states, quad class, Goldstein, code).
void add_observation(gdelt::stats_builder& builder, const panel::observation& o) {
    builder.add(o.source_country, o.target_country, o.quad, o.goldstein, o.code);
}

/// A format read whole (GDELT re-exported as CSV, ICEWS, Phoenix, POLECAT), each row counted as
/// its panel observation: the same report as for GDELT's own files.
template <class Reader>
int stats_of_rows(const stats_options& o, const gdelt::stats_options& options, row_read_options read_options, input& in, const streams& io) {
    std::string error;
    const std::optional<std::string> text = in.read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "stats", error);
    Reader reader{*text, std::move(read_options)};
    gdelt::stats_builder builder{options};
    while (const auto* row = reader.next()) add_observation(builder, panel::observation_of(*row));
    report_reader_notes(*io.err, "stats", in.label(), reader);
    const bool clean = report_row_problems(*io.err, "stats", in.label(), reader.summary());
    if (reader.summary().stopped) return exit_data;
    write_report(o, builder, io);
    return clean ? exit_ok : exit_data;
}

int stats(const stats_options& o, const streams& io) {
    gdelt::stats_options options{.directed = o.directed, .top_codes = o.top};
    if (o.dyad) {
        options.only = gdelt::parse_dyad(*o.dyad);
        if (!options.only) return usage_error(io, "stats", "--dyad takes two ISO alpha-3 codes, e.g. CHN-USA; got '" + *o.dyad + "'");
    }
    std::string error;
    std::optional<input> in = input::open(o.in, io, error);
    if (!in) return run_error(io, "stats", error);
    const std::optional<source_format> format = input_format(o.format, *in, *io.err, "stats", error, "--format");
    if (!format) return run_error(io, "stats", error);
    const read_mode mode = o.lenient ? read_mode::lenient : read_mode::strict;
    switch (*format) {
        case source_format::gdelt: break;
        case source_format::gdelt_csv: return stats_of_rows<gdelt::csv_reader>(o, options, row_read_options{.mode = mode}, *in, io);
        case source_format::icews: return stats_of_rows<icews::reader>(o, options, row_read_options{.mode = mode}, *in, io);
        case source_format::polecat: return stats_of_rows<polecat::reader>(o, options, row_read_options{.mode = mode}, *in, io);
        case source_format::phoenix: return stats_of_rows<phoenix::reader>(o, options, row_read_options{.mode = mode}, *in, io);
        default:
            return usage_error(io, "stats", "stats reads event rows; for " + std::string{name_of(*format)} +
                                                " input, 'bilateral panel --by year' counts per dyad");
    }
    gdelt::reader reader{in->stream(), {.mode = o.lenient ? gdelt::mode::lenient : gdelt::mode::strict}};
    gdelt::stats_builder builder{options};
    progress shown{io};
    while (const gdelt::record* row = reader.next()) {
        shown.tick(reader);
        builder.add(*row);
    }
    if (!report_read_failure(io, "stats", *in, reader.summary())) return exit_usage;
    const bool clean = report_gdelt_problems(io, "stats", *in, reader.summary());
    if (reader.summary().read_failed) return exit_usage;
    if (reader.summary().stopped) return exit_data;
    write_report(o, builder, io);
    return clean ? exit_ok : exit_data;
}

}  // namespace

command add_stats(CLI::App& tool) {
    auto o = std::make_shared<stats_options>();
    CLI::App* app = tool.add_subcommand("stats", "Events per country dyad of a file of event rows");
    app->footer(
        "Per country dyad (ISO 3166 alpha-3, undirected unless --directed): events, counts by quad class,\n"
        "mean Goldstein, the most frequent event codes. Rows without two countries are counted apart.\n"
        "gdelt is streamed; the other formats are read whole (at most 1 GiB), each row counted as a panel\n"
        "takes it (its states, quad class, Goldstein value and code as `panel` documents per source).");
    app->add_option("--format", o->format, "gdelt, gdelt-csv, icews, polecat, phoenix or auto")->required()->check(CLI::IsMember(row_formats));
    app->add_option("--dyad", o->dyad, "only this dyad, e.g. CHN-USA");
    app->add_flag("--directed", o->directed, "source-target dyads (CHN-USA is not USA-CHN)");
    app->add_option("--top", o->top, "how many of the most frequent event codes to show (default 5)")
        ->check(CLI::Range(0, 1000));
    app->add_flag("--json", o->json, "write the report as JSON");
    app->add_flag("--lenient", o->lenient, "skip bad rows (counted and reported) instead of stopping at the first");
    app->add_option("IN", o->in, "the GDELT file ('-' or nothing: standard input)");
    return {app, [o](const streams& io) { return stats(*o, io); }};
}

}  // namespace bilateral::tool
