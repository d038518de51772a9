// SPDX-License-Identifier: BSL-1.0
// `bilateral stats --format gdelt [--dyad AAA-BBB] [--directed] [--top N] [--json] [--lenient] [IN]`:
// events per country dyad of a GDELT file.
#include <memory>
#include <optional>
#include <string>

#include <bilateral/io/gdelt.hpp>

#include "commands.hpp"
#include "files.hpp"
#include "gdelt_rows.hpp"

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

int stats(const stats_options& o, const streams& io) {
    gdelt::stats_options options{.directed = o.directed, .top_codes = o.top};
    if (o.dyad) {
        options.only = gdelt::parse_dyad(*o.dyad);
        if (!options.only) return usage_error(io, "stats", "--dyad takes two ISO alpha-3 codes, e.g. CHN-USA; got '" + *o.dyad + "'");
    }
    std::string error;
    std::optional<input> in = input::open(o.in, io, error);
    if (!in) return run_error(io, "stats", error);
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
    const gdelt::stats_report report = builder.report();
    if (o.json) *io.out << gdelt::stats_to_json(report) << '\n';
    else gdelt::write_stats_text(*io.out, report);
    return clean ? exit_ok : exit_data;
}

}  // namespace

command add_stats(CLI::App& tool) {
    auto o = std::make_shared<stats_options>();
    CLI::App* app = tool.add_subcommand("stats", "Events per country dyad of a GDELT file");
    app->footer(
        "Per country dyad (ISO 3166 alpha-3, undirected unless --directed): events, counts by quad class,\n"
        "mean Goldstein, the most frequent event codes. Rows without two countries are counted apart.");
    app->add_option("--format", o->format, "gdelt")->required()->check(CLI::IsMember({"gdelt"}));
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
