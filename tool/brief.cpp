// SPDX-License-Identifier: BSL-1.0
// `bilateral brief [--from json IN] [--format text|html] [-o OUT]`: a briefing of the built-in
// dataset, or of a dataset read from the library's JSON, for a person to read.
#include <memory>
#include <optional>
#include <string>

#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/brief.hpp>
#include <bilateral/report/brief_html.hpp>

#include "commands.hpp"
#include "documents.hpp"
#include "files.hpp"

namespace bilateral::tool {

namespace {

struct brief_options {
    std::optional<std::string> from;
    std::string format = "text";
    std::optional<std::string> in;
    std::optional<std::string> out;
};

int write_briefing(const brief_options& o, const dataset_view& data, std::span<const input* const> inputs, const streams& io) {
    const auto found = problems(data);
    for (const problem& p : found) *io.err << "bilateral brief: " << describe(p) << '\n';
    if (!found.empty()) return exit_data;
    std::string error;
    std::optional<output> out = output::open(o.out, io, inputs, error);
    if (!out) return run_error(io, "brief", error);
    if (o.format == "html") report::write_brief_html(out->stream(), data);
    else write_brief(out->stream(), data);
    if (!out->commit(error)) return run_error(io, "brief", error);
    return exit_ok;
}

int brief_command(const brief_options& o, const streams& io) {
    if (!o.from) {
        if (o.in) return usage_error(io, "brief", "IN needs --from json (without it the built-in dataset is briefed)");
        return write_briefing(o, data::astana_2024, {}, io);
    }
    std::string error;
    std::optional<input> in = input::open(o.in, io, error);
    if (!in) return run_error(io, "brief", error);
    const std::optional<std::string> text = in->read_whole(max_document_bytes, error);
    if (!text) return run_error(io, "brief", error);
    const document doc = read_document(*text, false);
    if (!doc.ok()) {
        list_problems(*io.err, in->label(), doc);
        *io.err << "bilateral brief: " << in->label() << ": no briefing written\n";
        return exit_data;
    }
    const input* read[] = {&*in};
    return write_briefing(o, doc.view(), read, io);
}

}  // namespace

command add_brief(CLI::App& tool) {
    auto o = std::make_shared<brief_options>();
    CLI::App* app = tool.add_subcommand("brief", "A briefing of a dataset (by default the built-in one), for a person to read");
    app->footer(
        "The built-in dataset: the talks between Xi Jinping and Kassym-Jomart Tokayev, Astana, 2024-07-03.\n"
        "Who met where and when, what was said (quotations marked, with their paragraph), the figures as\n"
        "reported (what was inferred, and why), the agreements and their status, the events and their codes.\n"
        "--format html: one self-contained HTML page (nothing loaded from the network).");
    app->add_option("--from", o->from, "read the dataset from IN, in the library's JSON")->check(CLI::IsMember({"json"}));
    app->add_option("--format", o->format, "text (default) or html")->check(CLI::IsMember({"text", "html"}));
    app->add_option("-o,--output", o->out, "the output file (default: standard output)");
    app->add_option("IN", o->in, "with --from json: the file ('-' or nothing: standard input)");
    return {app, [o](const streams& io) { return brief_command(*o, io); }};
}

}  // namespace bilateral::tool
