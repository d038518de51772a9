// SPDX-License-Identifier: BSL-1.0
// The GDELT commands of the `bilateral` tool: convert, validate and stats over GDELT event files.
//
//   bilateral convert --from gdelt --to gdelt|plover|json [--lenient] [IN [OUT]]
//   bilateral validate --format gdelt [IN]
//   bilateral stats --format gdelt [--dyad AAA-BBB] [--directed] [--top N] [--json] [--lenient] [IN]
//
// IN "-" or no IN reads stdin; OUT "-" or no OUT writes stdout. Each function takes the arguments
// after the command name and returns the exit code: 0 ok, 1 data problems, 2 usage errors. When a
// run takes more than a second and stderr is a terminal, progress is shown on stderr.
#pragma once

#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/json.hpp>

#include <bilateral/io/plover_writer.hpp>

#include "command_line.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#if __has_include(<unistd.h>)
#include <unistd.h>
#endif

namespace bilateral::tool {

/// Usage of the GDELT commands, for the tool's --help.
inline constexpr std::string_view gdelt_usage =
    "  convert --from gdelt --to gdelt|plover|json [--lenient] [IN [OUT]]\n"
    "                         GDELT event rows (1.0 or 2.0) to GDELT (byte for byte), PLOVER JSONL\n"
    "                         or JSON Lines of the typed records\n"
    "  validate --format gdelt [IN]\n"
    "                         every problem of a GDELT file, with its line and column\n"
    "  stats --format gdelt [--dyad AAA-BBB] [--directed] [--top N] [--json] [--lenient] [IN]\n"
    "                         events per country dyad: counts by quad class, mean Goldstein,\n"
    "                         the most frequent event codes\n"
    "                         (IN/OUT '-' or absent: stdin/stdout; --lenient skips bad rows)\n";

/// `convert --from gdelt --to gdelt|plover|json [--lenient] [IN [OUT]]`.
int gdelt_convert(std::span<const std::string_view> args, streams io = {});
/// `validate --format gdelt [IN]`: lists every problem on stdout; 1 if there is any.
int gdelt_validate(std::span<const std::string_view> args, streams io = {});
/// `stats --format gdelt [--dyad AAA-BBB] [--directed] [--top N] [--json] [--lenient] [IN]`.
int gdelt_stats(std::span<const std::string_view> args, streams io = {});

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail_gdelt {

/// An input: the named file, or the default stream for "-" or nothing.
struct input {
    std::unique_ptr<std::ifstream> file;
    std::istream* stream = nullptr;
    std::string name = "<stdin>";  // as the JSON and PLOVER commands name it
};

inline bool open_input(std::optional<std::string_view> path, streams io, input& in, std::string& error) {
    if (!path || *path == "-") {
        in.stream = io.in;
        return true;
    }
    in.name = std::string{*path};
    in.file = std::make_unique<std::ifstream>(in.name, std::ios::binary);
    if (!*in.file) {
        error = "cannot open '" + in.name + "'";
        return false;
    }
    in.stream = in.file.get();
    return true;
}

/// Progress on stderr, once a run has taken a second, when stderr is a terminal.
class progress {
public:
    explicit progress(streams io) : err_{io.err} {
#if __has_include(<unistd.h>)
        enabled_ = io.err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
#endif
    }
    ~progress() {
        if (shown_) *err_ << "\r\033[K" << std::flush;
    }
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

    void tick(const gdelt::reader& r) {
        if (!enabled_ || (++ticks_ & 0xFFF) != 0) return;
        const auto now = std::chrono::steady_clock::now();
        if (now - start_ < std::chrono::seconds{1} || now - last_ < std::chrono::milliseconds{250}) return;
        last_ = now;
        shown_ = true;
        const auto& s = r.summary();
        *err_ << "\rgdelt: " << s.lines << " lines, " << s.bytes / (1024 * 1024) << " MiB read" << std::flush;
    }

private:
    std::ostream* err_;
    bool enabled_ = false;
    bool shown_ = false;
    std::uint64_t ticks_ = 0;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_ = start_;
};

inline int usage(streams io, std::string_view command, std::string_view message) {
    *io.err << "bilateral " << command << ": " << message << "\n\nusage:\n" << gdelt_usage;
    return exit_usage;
}

/// Reports what the reader found wrong on stderr; true if nothing.
inline bool report_problems(streams io, std::string_view command, const input& in, const gdelt::read_summary& s) {
    if (s.ok()) return true;
    for (const auto& e : s.messages) *io.err << "bilateral " << command << ": " << in.name << ": " << gdelt::describe(e) << '\n';
    if (s.stopped) *io.err << "bilateral " << command << ": stopped at the first problem (--lenient skips bad rows)\n";
    else
        *io.err << "bilateral " << command << ": " << s.skipped << " of " << s.lines << " lines skipped, " << s.errors
                << " problems" << (s.errors > s.messages.size() ? " (first ones shown)" : "") << '\n';
    return false;
}

}  // namespace detail_gdelt

inline int gdelt_convert(std::span<const std::string_view> args, streams io) {
    using namespace detail_gdelt;
    const command_line a = parse_command_line(args, {"--from", "--to"}, {"--lenient"});
    if (!a.error.empty()) return usage(io, "convert", a.error);
    const auto from = a.option("--from");
    const auto to = a.option("--to");
    if (!from || *from != "gdelt") return usage(io, "convert", "this command reads --from gdelt");
    if (!to) return usage(io, "convert", "--to is needed (gdelt, plover or json)");
    if (*to != "gdelt" && *to != "json" && *to != "plover")
        return usage(io, "convert", "unknown --to format '" + std::string{*to} + "' (known: gdelt, plover, json)");
    if (a.files.size() > 2) return usage(io, "convert", "at most two files (IN and OUT)");

    input in;
    std::string error;
    if (!open_input(a.file(0), io, in, error))
        return usage(io, "convert", error);
    std::unique_ptr<std::ofstream> out_file;
    std::ostream* out = io.out;
    if (a.files.size() == 2 && a.files[1] != "-") {
        out_file = std::make_unique<std::ofstream>(std::string{a.files[1]}, std::ios::binary);
        if (!*out_file) return usage(io, "convert", "cannot write '" + std::string{a.files[1]} + "'");
        out = out_file.get();
    }

    gdelt::reader reader{*in.stream, {.mode = a.flag("--lenient") ? gdelt::mode::lenient : gdelt::mode::strict}};
    progress shown{io};
    std::string buffer;
    const auto flush = [&](bool force) {
        if (force || buffer.size() >= 256 * 1024) {
            out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    };
    if (*to == "gdelt") {
        // Byte for byte: the BOM, each row's line end and a missing last newline are kept.
        std::string_view pending_end;
        while (const gdelt::record* row = reader.next()) {
            shown.tick(reader);
            if (reader.summary().rows == 1 && reader.summary().bom) buffer += "\xEF\xBB\xBF";
            buffer += pending_end;
            gdelt::write_row(buffer, *row);
            buffer.pop_back();
            pending_end = reader.crlf() ? "\r\n" : "\n";
            flush(false);
        }
        if (reader.summary().final_newline) buffer += pending_end;
    } else if (*to == "json") {
        while (const gdelt::record* row = reader.next()) {
            shown.tick(reader);
            write_json(buffer, *row, {.indent = 0});
            buffer += '\n';
            flush(false);
        }
    } else {
        // In batches, so that memory stays bounded: each batch is a small dataset of its own.
        std::uint64_t without_type = 0, skipped = 0;
        bool more = true;
        while (more) {
            dataset batch;
            gdelt::dataset_builder builder{batch, {.file_title = in.name}};
            std::size_t n = 0;
            while (n < 4096) {
                const gdelt::record* row = reader.next();
                if (row == nullptr) {
                    more = false;
                    break;
                }
                shown.tick(reader);
                builder.add(*row);
                ++n;
            }
            skipped += builder.skipped();
            without_type += write_plover(buffer, batch.view()).without_type.size();
            flush(false);
        }
        if (skipped + without_type != 0)
            *io.err << "bilateral convert: " << skipped << " rows without an Actor1, a valid SQLDATE or EventCode and "
                    << without_type << " events without a PLOVER type (CAMEO roots 01, 02) not written\n";
    }
    flush(true);
    out->flush();
    return report_problems(io, "convert", in, reader.summary()) ? exit_ok : exit_data;
}

inline int gdelt_validate(std::span<const std::string_view> args, streams io) {
    using namespace detail_gdelt;
    const command_line a = parse_command_line(args, {"--format"}, {});
    if (!a.error.empty()) return usage(io, "validate", a.error);
    const auto format = a.option("--format");
    if (!format || *format != "gdelt") return usage(io, "validate", "this command checks --format gdelt");
    if (a.files.size() > 1) return usage(io, "validate", "at most one file");
    input in;
    std::string error;
    if (!open_input(a.file(0), io, in, error))
        return usage(io, "validate", error);
    std::ostream& out = *io.out;
    gdelt::reader reader{*in.stream,
                         {.mode = gdelt::mode::lenient,
                          .max_messages = 0,
                          .on_error = [&](const gdelt::read_error& e) { out << in.name << ": " << gdelt::describe(e) << '\n'; }}};
    progress shown{io};
    while (reader.next() != nullptr) shown.tick(reader);
    const auto& s = reader.summary();
    out << in.name << ": " << s.lines << " lines, " << s.rows << " good rows";
    if (s.errors != 0) out << ", " << s.errors << " problems in " << s.skipped << " lines";
    out << '\n';
    return s.ok() ? exit_ok : exit_data;
}

inline int gdelt_stats(std::span<const std::string_view> args, streams io) {
    using namespace detail_gdelt;
    const command_line a = parse_command_line(args, {"--format", "--dyad", "--top"}, {"--json", "--directed", "--lenient"});
    if (!a.error.empty()) return usage(io, "stats", a.error);
    const auto format = a.option("--format");
    if (!format || *format != "gdelt") return usage(io, "stats", "this command reads --format gdelt");
    if (a.files.size() > 1) return usage(io, "stats", "at most one file");
    gdelt::stats_options options{.directed = a.flag("--directed")};
    if (const auto d = a.option("--dyad")) {
        options.only = gdelt::parse_dyad(*d);
        if (!options.only) return usage(io, "stats", "--dyad takes two ISO alpha-3 codes, e.g. CHN-USA");
    }
    if (const auto top = a.option("--top")) {
        std::size_t n = 0;
        for (char c : *top) {
            if (c < '0' || c > '9' || n > 1000) return usage(io, "stats", "--top takes a number (0-1000)");
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        if (top->empty() || n > 1000) return usage(io, "stats", "--top takes a number (0-1000)");
        options.top_codes = n;
    }
    input in;
    std::string error;
    if (!open_input(a.file(0), io, in, error))
        return usage(io, "stats", error);
    gdelt::reader reader{*in.stream, {.mode = a.flag("--lenient") ? gdelt::mode::lenient : gdelt::mode::strict}};
    gdelt::stats_builder builder{options};
    progress shown{io};
    while (const gdelt::record* row = reader.next()) {
        shown.tick(reader);
        builder.add(*row);
    }
    const bool clean = report_problems(io, "stats", in, reader.summary());
    if (reader.summary().stopped) return exit_data;
    const gdelt::stats_report report = builder.report();
    if (a.flag("--json")) *io.out << gdelt::stats_to_json(report) << '\n';
    else gdelt::write_stats_text(*io.out, report);
    return clean ? exit_ok : exit_data;
}

}  // namespace bilateral::tool
