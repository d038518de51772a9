// SPDX-License-Identifier: BSL-1.0
// `bilateral export --format json|plover|gdelt [OUT]`: the built-in dataset in one of the formats.
#include <memory>
#include <optional>
#include <string>

#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/plover_writer.hpp>

#include "commands.hpp"
#include "documents.hpp"
#include "files.hpp"

namespace bilateral::tool {

namespace {

struct export_options {
    std::string format;
    std::optional<std::string> out;
};

int export_data(const export_options& o, const streams& io) {
    const auto found = problems(data::astana_2024);
    for (const problem& p : found) *io.err << "bilateral export: " << describe(p) << '\n';
    if (!found.empty()) return exit_data;

    std::string error;
    std::optional<output> out = output::open(o.out, io, {}, error);
    if (!out) return run_error(io, "export", error);
    if (o.format == "json") {
        out->stream() << to_json(data::astana_2024) << '\n';
    } else if (o.format == "plover") {
        plover_write_report report;
        out->stream() << to_plover(data::astana_2024, &report);
        plover_write_notes(*io.err, report);
    } else {
        for (const auto& row : gdelt::to_records(data::astana_2024).records) out->stream() << gdelt::to_row(row) << '\n';
    }
    if (!out->commit(error)) return run_error(io, "export", error);
    return exit_ok;
}

}  // namespace

command add_export(CLI::App& tool) {
    auto o = std::make_shared<export_options>();
    CLI::App* app = tool.add_subcommand("export", "The built-in dataset as JSON, PLOVER or GDELT");
    app->footer(
        "json: the whole dataset as one JSON document (the library's format, schema/bilateral.schema.json).\n"
        "plover: its events as PLOVER JSONL (what PLOVER cannot hold is noted on stderr).\n"
        "gdelt: its events as GDELT 2.0 rows, where GDELT has the fields.");
    app->add_option("--format", o->format, "json, plover or gdelt")->required()->check(CLI::IsMember({"json", "plover", "gdelt"}));
    app->add_option("OUT", o->out, "the file to write ('-' or nothing: standard output)");
    return {app, [o](const streams& io) { return export_data(*o, io); }};
}

}  // namespace bilateral::tool
