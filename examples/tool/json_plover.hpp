// SPDX-License-Identifier: BSL-1.0
/// The JSON and PLOVER commands of the `bilateral` tool: convert, validate, export --format plover.
// Reads with simdjson (io/json_reader.hpp, io/plover_reader.hpp): link bilateral::json.
//
//   bilateral convert --from json|plover --to json|plover [IN [OUT]]
//   bilateral validate --format json|plover [IN]
//   bilateral export --format plover [OUT]
//
// IN and OUT default to stdin and stdout, and "-" names them too. Each command takes the words
// after its name and the streams to use (command_line.hpp), and returns the tool's exit code: 0 ok,
// 1 data problems (each listed with its location), 2 usage errors (including files that cannot be
// read or written).
//
// - convert reads the whole input (any PLOVER dialect and framing, or the library's JSON), and on
//   a problem lists them all on `err` and writes nothing (exit 1). Otherwise it writes the
//   converted data and, on `err`, notes what the output format or the model could not hold: PLOVER
//   fields counted per field, events without a PLOVER type. Losses are notes, not failures.
// - validate lists every problem on `out`, "IN:line:column: …" or "IN: $.path: …": for JSON the
//   reading problems and then, if it could be read, the dataset's validation problems
//   (bilateral::problems: references, ids, codes, dates…); for PLOVER the records that cannot be
//   events, then the losses as notes. Exit 1 if there is any problem.
// - export --format plover writes the built-in Astana 2024 dataset as PLOVER JSONL.
#pragma once
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <bilateral/core/validate.hpp>
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover_reader.hpp>
#include <bilateral/io/plover_writer.hpp>

#include "command_line.hpp"

namespace bilateral::tool {

/// The formats these commands read and write.
enum class data_format : std::uint8_t { json, plover };

/// The usage lines of the three commands, for the tool's --help.
inline constexpr std::string_view json_plover_usage =
    "  convert --from json|plover --to json|plover [IN [OUT]]\n"
    "                         convert the library's JSON and PLOVER JSONL (PLOVER: any dialect,\n"
    "                         JSONL, a JSON array or concatenated records); IN, OUT: files, or -\n"
    "                         for stdin/stdout (the default)\n"
    "  validate --format json|plover [IN]\n"
    "                         list every problem of IN with its location; exit 1 if any\n"
    "  export --format plover [OUT]\n"
    "                         the built-in dataset's events as PLOVER JSONL\n";

/// `convert --from json|plover --to json|plover [IN [OUT]]`.
int convert(std::span<const std::string_view> args, streams io = {});

/// `validate --format json|plover [IN]`.
int validate(std::span<const std::string_view> args, streams io = {});

/// `export --format plover [OUT]`.
int export_plover(std::span<const std::string_view> args, streams io = {});

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail {

[[nodiscard]] inline std::optional<data_format> format_named(std::string_view name) {
    if (name == "json") return data_format::json;
    if (name == "plover") return data_format::plover;
    return std::nullopt;
}

inline int usage(std::ostream& err, std::string_view command, std::string_view message) {
    err << "bilateral " << command << ": " << message << "\n\nusage:\n" << json_plover_usage;
    return exit_usage;
}

/// The whole of IN (a file, or `in` for "-" and no name).
[[nodiscard]] inline std::optional<std::string> read_input(std::string_view name, std::istream& in) {
    if (name.empty() || name == "-") return std::string{std::istreambuf_iterator<char>{in}, {}};
    std::ifstream file{std::string{name}, std::ios::binary};
    if (!file) return std::nullopt;
    return std::string{std::istreambuf_iterator<char>{file}, {}};
}

[[nodiscard]] inline std::string input_label(std::string_view name) {
    return name.empty() || name == "-" ? "<stdin>" : std::string{name};
}

/// "IN:3:7: invalid JSON: …" for a located problem, "IN: $.events[2].date: …" otherwise.
[[nodiscard]] inline std::string located(std::string_view label, const json_problem& p) {
    std::string out{label};
    if (p.line != 0) {
        out += ':' + std::to_string(p.line);
        if (p.column != 0) out += ':' + std::to_string(p.column);
        out += ": ";
        if (!p.path.empty() && p.path != "$") out += p.path + ": ";
        return out + p.message;
    }
    return out + ": " + describe(p);
}

inline void list_problems(std::ostream& to, std::string_view label, const std::vector<json_problem>& problems,
                          std::size_t unlisted) {
    for (const json_problem& p : problems) to << located(label, p) << '\n';
    if (unlisted != 0) to << label << ": … and " << unlisted << " more problem(s) not listed\n";
}

inline void plover_notes(std::ostream& to, std::string_view label, const plover_read_result& r) {
    to << label << ": note: " << r.records << " PLOVER record(s) (" << r.dialect() << ", " << to_string(r.framing)
       << "): " << r.events << " event(s)";
    if (r.documents != 0) to << ", " << r.documents << " DOCUMENT record(s) read as sources";
    to << '\n';
    for (const plover_loss& l : r.losses)
        to << label << ": note: " << l.field << ": " << l.what << " (" << l.count << "; e.g. " << l.example << ")\n";
}

inline void plover_write_notes(std::ostream& to, const plover_write_report& report) {
    const auto list = [&](const std::vector<event_id>& ids, std::string_view why) {
        if (ids.empty()) return;
        to << "bilateral: note: " << ids.size() << " event(s) " << why << " and are not written:";
        for (const event_id& id : ids) to << ' ' << id.str();
        to << '\n';
    };
    list(report.without_type, "have no PLOVER type (PLOVER has none for CAMEO 01 and 02)");
    list(report.without_date, "have no date (PLOVER requires one)");
    if (report.without_id != 0)
        to << "bilateral: note: " << report.without_id << " event(s) have no id (PLOVER requires one) and are not written\n";
    if (report.unresolved_references != 0)
        to << "bilateral: note: " << report.unresolved_references
           << " actor, place or source id(s) are not in the dataset; written as text\n";
}

/// The dataset read from `text`, or nothing after listing the problems on `err`.
struct loaded {
    std::optional<json_read_result> json;
    std::optional<plover_read_result> plover;
    [[nodiscard]] dataset_view view() const { return json ? json->data.view() : plover->data.view(); }
};

}  // namespace detail

inline int convert(std::span<const std::string_view> args, streams io) {
    using namespace detail;
    std::ostream& err = *io.err;
    const command_line c = parse_command_line(args, {"--from", "--to"});
    if (!c.error.empty()) return usage(err, "convert", c.error);
    const auto from_name = c.option("--from"), to_name = c.option("--to");
    if (!from_name || !to_name) return usage(err, "convert", "needs --from and --to (json or plover)");
    const auto from = format_named(*from_name), to = format_named(*to_name);
    if (!from) return usage(err, "convert", "unknown format '" + std::string{*from_name} + "' (known: json, plover)");
    if (!to) return usage(err, "convert", "unknown format '" + std::string{*to_name} + "' (known: json, plover)");
    if (c.files.size() > 2) return usage(err, "convert", "too many arguments (IN and OUT at most)");
    const std::string_view in_name = c.files.empty() ? "" : c.files[0];
    const std::string_view out_name = c.files.size() < 2 ? "" : c.files[1];
    const std::string label = input_label(in_name);

    const std::optional<std::string> text = read_input(in_name, *io.in);
    if (!text) {
        err << "bilateral convert: cannot read '" << in_name << "'\n";
        return exit_usage;
    }
    loaded data;
    if (*from == data_format::json) {
        data.json = read_json(*text);
        if (!data.json->ok()) {
            list_problems(err, label, data.json->problems, data.json->unlisted_problems);
            return exit_data;
        }
    } else {
        data.plover = read_plover(*text);
        if (!data.plover->ok()) {
            list_problems(err, label, data.plover->problems, data.plover->unlisted_problems);
            return exit_data;
        }
        plover_notes(err, label, *data.plover);
    }
    std::string converted;
    if (*to == data_format::json) {
        converted = to_json(data.view());
        converted += '\n';
    } else {
        plover_write_report report;
        converted = to_plover(data.view(), &report);
        plover_write_notes(err, report);
    }
    if (!write_output(out_name, *io.out, converted)) {
        err << "bilateral convert: cannot write '" << out_name << "'\n";
        return exit_usage;
    }
    return exit_ok;
}

inline int validate(std::span<const std::string_view> args, streams io) {
    using namespace detail;
    std::ostream& out = *io.out;
    std::ostream& err = *io.err;
    const command_line c = parse_command_line(args, {"--format"});
    if (!c.error.empty()) return usage(err, "validate", c.error);
    const auto format_name = c.option("--format");
    if (!format_name) return usage(err, "validate", "needs --format (json or plover)");
    const auto format = format_named(*format_name);
    if (!format) return usage(err, "validate", "unknown format '" + std::string{*format_name} + "' (known: json, plover)");
    if (c.files.size() > 1) return usage(err, "validate", "too many arguments (one input at most)");
    const std::string_view in_name = c.files.empty() ? "" : c.files[0];
    const std::string label = input_label(in_name);
    const std::optional<std::string> text = read_input(in_name, *io.in);
    if (!text) {
        err << "bilateral validate: cannot read '" << in_name << "'\n";
        return exit_usage;
    }

    std::size_t count = 0;
    if (*format == data_format::json) {
        const json_read_result r = read_json(*text);
        list_problems(out, label, r.problems, r.unlisted_problems);
        count = r.problems.size() + r.unlisted_problems;
        if (r.ok()) {
            for (const problem& p : problems(r.data.view())) {
                out << label << ": " << describe(p).view() << '\n';
                ++count;
            }
        }
    } else {
        const plover_read_result r = read_plover(*text);
        list_problems(out, label, r.problems, r.unlisted_problems);
        count = r.problems.size() + r.unlisted_problems;
        plover_notes(out, label, r);
    }
    if (count == 0) out << label << ": ok\n";
    else out << label << ": " << count << " problem(s)\n";
    return count == 0 ? exit_ok : exit_data;
}

inline int export_plover(std::span<const std::string_view> args, streams io) {
    using namespace detail;
    std::ostream& err = *io.err;
    const command_line c = parse_command_line(args, {"--format"});
    if (!c.error.empty()) return usage(err, "export", c.error);
    const auto format_name = c.option("--format");
    if (!format_name || *format_name != "plover") return usage(err, "export", "this command writes --format plover");
    if (c.files.size() > 1) return usage(err, "export", "too many arguments (OUT at most)");
    const std::string_view out_name = c.files.empty() ? "" : c.files[0];
    const auto found = problems(data::astana_2024);
    for (const problem& p : found) err << "bilateral: " << describe(p).view() << '\n';
    if (!found.empty()) return exit_data;
    plover_write_report report;
    const std::string text = to_plover(data::astana_2024, &report);
    plover_write_notes(err, report);
    if (!write_output(out_name, *io.out, text)) {
        err << "bilateral export: cannot write '" << out_name << "'\n";
        return exit_usage;
    }
    return exit_ok;
}

}  // namespace bilateral::tool
