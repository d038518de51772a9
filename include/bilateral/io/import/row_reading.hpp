// SPDX-License-Identifier: BSL-1.0
/// What every row reader of delimited text (POLECAT, Phoenix, GDELT re-exported as CSV) takes as
/// options and gives as a summary: strict or lenient, problems kept up to a limit and all counted,
/// notes (what was read but is worth knowing) likewise.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include <bilateral/io/import/delimited.hpp>
#include <bilateral/core/problem.hpp>
#include <bilateral/io/import/shown_field.hpp>

namespace bilateral {

/// What a reader does with a bad row.
enum class read_mode : std::uint8_t {
    strict,   ///< stop at the first problem
    lenient,  ///< skip the row, count it, go on
};

struct row_read_options {
    read_mode mode = read_mode::strict;
    std::size_t max_messages = 100;  ///< errors kept in the summary; all are counted
    std::size_t max_notes = 100;     ///< notes kept in the summary; all are counted
    std::size_t max_line_length = 1024 * 1024;  ///< a longer record is an error (skipped in lenient mode)
    std::function<void(const problem&)> on_error{};  ///< called for every error as it is found
};

/// What a reader has seen so far. Every record after the header that is not blank is a row
/// returned or a record skipped: `lines == rows + skipped`.
struct row_read_summary {
    std::uint64_t lines = 0;    ///< data records read (the header and blank lines not counted)
    std::uint64_t rows = 0;     ///< rows returned
    std::uint64_t skipped = 0;  ///< bad records: skipped (lenient), or the one that stopped the read (strict)
    std::uint64_t errors = 0;   ///< errors found (a bad record may have several; strict counts the first)
    std::vector<problem> messages{};  ///< the first `max_messages` errors (severity::error)
    bool stopped = false;       ///< strict mode stopped at an error, or the header was unusable
    std::uint64_t note_count = 0;     ///< notes found: values read but changed or worth knowing
    std::vector<problem> notes{};  ///< the first `max_notes` notes (severity::note), located
    std::size_t extra_columns = 0;    ///< header columns the reader does not know (ignored)
    bool bom = false;                 ///< the text began with a UTF-8 byte-order mark
    std::uint64_t crlf_lines = 0;     ///< records that ended with "\r\n"
    [[nodiscard]] bool ok() const noexcept { return errors == 0; }

    /// Counts `e` as an error, calls the option's `on_error`, keeps it if below the limit.
    void error(problem e, const row_read_options& options) {
        ++errors;
        if (options.on_error) options.on_error(e);
        if (messages.size() < options.max_messages) messages.push_back(std::move(e));
    }
    /// Counts `e` as a note and keeps it if below the limit.
    void note(problem e, const row_read_options& options) {
        ++note_count;
        if (notes.size() < options.max_notes) notes.push_back(std::move(e));
    }
};

/// Stops a read at a problem of the input as a whole (a bad header): counts `e` as an error and
/// marks the read stopped. Returns false, for a reader's `return stop_read(…)`.
inline bool stop_read(row_read_summary& summary, const row_read_options& options, problem e) {
    summary.error(std::move(e), options);
    summary.stopped = true;
    return false;
}

/// Reads the header record of a text that has one: true with its fields in `in.fields()`; false
/// for a text with nothing in it (no rows, no problem), or for a header the framing refuses (too
/// long, badly quoted), which stops the read with an error that says so.
[[nodiscard]] inline bool next_header(delimited_reader& in, row_read_summary& summary, const row_read_options& options) {
    const delimited_reader::status status = in.next();
    summary.bom = in.bom();
    summary.crlf_lines = in.crlf_lines();
    if (status == delimited_reader::status::end) return false;
    if (status == delimited_reader::status::record) return true;
    // A problem of the input as a whole: located by its line alone, the message says what.
    if (status == delimited_reader::status::too_long)
        return stop_read(summary, options,
                         {.code = problem_code::too_long, .line = in.line(),
                          .message = "the header is longer than the limit of " + std::to_string(options.max_line_length) + " bytes"});
    return stop_read(summary, options,
                     {.code = problem_code::invalid_syntax, .line = in.line(),
                      .message = "the header is not well-formed delimited text (a quote that does not close as it should)"});
}

/// The loop of every row reader: reads records from `in` until `parse(fields, errors)` accepts
/// one (true), or the text ends or strict mode stops (false). Each record after the header counts
/// as a line; one that is too long or badly quoted, or that `parse` refuses (having appended its
/// problems to `errors`), is skipped and counted, its problems reported: the first alone in strict
/// mode, which then stops, all of them in lenient mode.
template <class Parse>
[[nodiscard]] bool next_row(delimited_reader& in, row_read_summary& summary, const row_read_options& options, Parse&& parse) {
    if (summary.stopped) return false;
    std::vector<problem> errors;
    for (;;) {
        const delimited_reader::status status = in.next();
        summary.crlf_lines = in.crlf_lines();
        if (status == delimited_reader::status::end) return false;
        ++summary.lines;
        const auto whole_record = [&](problem_code code, std::string_view expected, std::string message) {
            errors.push_back({.code = code, .line = in.line(), .value = shown_field(in.raw()), .expected = expected,
                              .message = std::move(message)});
        };
        switch (status) {
            case delimited_reader::status::too_long:
                whole_record(problem_code::too_long, "a line within the length limit",
                             "longer than the limit of " + std::to_string(options.max_line_length) + " bytes");
                break;
            case delimited_reader::status::unterminated_quote:
                whole_record(problem_code::invalid_syntax, "a closing quote", "a quoted field runs to the end of the text");
                break;
            case delimited_reader::status::text_after_quote:
                whole_record(problem_code::invalid_syntax, "a delimiter or the end of the line after a closing quote",
                             "text after a closing quote");
                break;
            default:
                if (parse(in.fields(), errors)) {
                    ++summary.rows;
                    return true;
                }
        }
        ++summary.skipped;
        if (options.mode == read_mode::strict) {
            summary.error(std::move(errors.front()), options);
            summary.stopped = true;
            return false;
        }
        for (problem& e : errors) summary.error(std::move(e), options);
        errors.clear();
    }
}

}  // namespace bilateral
