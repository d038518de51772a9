// SPDX-License-Identifier: BSL-1.0
/// The framings of PLOVER input: one record per line (JSONL), one JSON array of records, or records
/// one after another over several lines each. Framing finds the records and locates them; what a
/// record becomes is plover/mapping.hpp's. Parses with simdjson (bilateral::json).
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/io/import/lines.hpp>
#include <bilateral/io/json_reader.hpp>

namespace bilateral {

/// How the records are laid out in the input.
enum class plover_framing : std::uint8_t {
    jsonl,         ///< one record per line
    json_array,    ///< one JSON array of records
    concatenated,  ///< records one after another, each over several lines
};

template <>
inline constexpr auto enum_names<plover_framing> = std::array{
    enum_name<plover_framing>{plover_framing::jsonl, "jsonl"},
    enum_name<plover_framing>{plover_framing::json_array, "json_array"},
    enum_name<plover_framing>{plover_framing::concatenated, "concatenated"},
};

namespace detail::plover_read {

using number_list = std::vector<json_read::out_of_range_number>;
using record_numbers = std::vector<const json_read::out_of_range_number*>;

/// Finds the records of `text` and hands each to `sink`:
/// - `sink.record(element, line, path_frame, numbers, first_step)` for a record parsed, located by
///   its line (0 in a JSON array, where the path locates it), with the numbers out of range in it
///   (read as null; their paths start at step `first_step`);
/// - `sink.add_problem(problem)` for what is not JSON (located by line and column, or by path),
///   and `sink.unreadable()` for each record that is lost to it.
/// The framing is told by the first line that is not blank: '[' an array, a whole object a line
/// JSONL, anything else concatenated records. If simdjson rejects a number and `numbers` is null,
/// stops at once with `number_error` set: the caller reads again with the numbers patched out.
template <class Sink>
plover_framing read_framed(simdjson::dom::parser& parser, std::string_view text, const number_list* numbers,
                           bool& number_error, Sink& sink) {
    using simdjson::dom::element;
    // The numbers out of range of each record, in order, as the records come.
    std::size_t next_number = 0;
    const auto numbers_of = [&](auto belongs) {
        record_numbers out;
        if (numbers == nullptr) return out;
        while (next_number < numbers->size() && belongs((*numbers)[next_number]) < 0) ++next_number;
        while (next_number < numbers->size() && belongs((*numbers)[next_number]) == 0) out.push_back(&(*numbers)[next_number++]);
        return out;
    };
    const auto compare = [](std::size_t a, std::size_t b) { return a < b ? -1 : a == b ? 0 : 1; };
    const auto stop_for_numbers = [&](simdjson::error_code error) {
        if (error != simdjson::NUMBER_ERROR || numbers != nullptr) return false;
        number_error = true;
        return true;
    };
    const std::string_view head = first_line(text);
    const json_read::path_frame root{};

    if (head.starts_with('[')) {
        element doc;
        simdjson::dom::array records;
        if (const auto error = parser.parse(text.data(), text.size()).get(doc)) {
            if (stop_for_numbers(error)) return plover_framing::json_array;
            sink.add_problem(json_read::syntax_problem(text, error));
        } else if (doc.get_array().get(records)) {
            sink.add_problem({.code = problem_code::wrong_type,
                              .path = "$",
                              .message = "expected an array of PLOVER records, got " + json_read::shown(doc)});
        } else {
            std::size_t i = 0;
            for (const element record : records) {
                const auto in_record = numbers_of([&](const json_read::out_of_range_number& n) {
                    return n.steps.empty() || !n.steps[0].is_index ? -1 : compare(n.steps[0].index, i);
                });
                sink.record(record, 0, root.element_at(i++), in_record, 1);
            }
        }
        return plover_framing::json_array;
    }
    if (head.empty() || (head.starts_with('{') && head.ends_with('}'))) {
        bool stopped = false;
        for_each_line(text, [&](std::string_view line, std::size_t line_number) {
            if (stopped) return;
            element doc;
            if (const auto error = parser.parse(line.data(), line.size()).get(doc)) {
                if (stop_for_numbers(error)) {
                    stopped = true;
                    return;
                }
                problem p = json_read::syntax_problem(line, error);
                p.line = line_number;
                sink.add_problem(std::move(p));
                sink.unreadable();
                return;
            }
            sink.record(doc, line_number, root,
                        numbers_of([&](const json_read::out_of_range_number& n) { return compare(n.line, line_number); }), 0);
        });
        return plover_framing::jsonl;
    }
    // Records one after another, over several lines each.
    const simdjson::padded_string padded{text};
    simdjson::dom::document_stream stream;
    const std::size_t batch = std::max<std::size_t>(text.size(), simdjson::dom::DEFAULT_BATCH_SIZE);
    if (const auto error = parser.parse_many(padded, batch).get(stream)) {
        if (stop_for_numbers(error)) return plover_framing::concatenated;
        sink.add_problem(json_read::syntax_problem(text, error));
        return plover_framing::concatenated;
    }
    std::size_t counted_to = 0, line_number = 1, document = 0;
    for (auto it = stream.begin(); it != stream.end(); ++it, ++document) {
        const std::size_t at = it.current_index();
        for (; counted_to < at && counted_to < text.size(); ++counted_to)
            if (text[counted_to] == '\n') ++line_number;
        element doc;
        if (const auto doc_error = (*it).get(doc)) {
            if (stop_for_numbers(doc_error)) return plover_framing::concatenated;
            problem p = json_read::syntax_problem(text.substr(std::min(at, text.size())), doc_error);
            if (p.line != 0) {
                if (p.line == 1) p.column += at - (text.rfind('\n', at == 0 ? 0 : at - 1) + 1);
                p.line += line_number - 1;
            } else {
                p.line = line_number;
            }
            sink.add_problem(std::move(p));
            sink.unreadable();
            break;  // the stream cannot find the next record after an error
        }
        sink.record(doc, line_number, root,
                    numbers_of([&](const json_read::out_of_range_number& n) { return compare(n.document, document); }), 0);
    }
    if (stream.truncated_bytes() != 0) {
        const auto [line, column] = json_read::line_and_column(text, text.size() - stream.truncated_bytes());
        sink.add_problem({.code = problem_code::invalid_syntax,
                          .line = line,
                          .column = column,
                          .message = "invalid JSON: a record is not closed before the end of the input"});
    }
    return plover_framing::concatenated;
}

}  // namespace detail::plover_read
}  // namespace bilateral
