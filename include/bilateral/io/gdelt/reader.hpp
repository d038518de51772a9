// SPDX-License-Identifier: BSL-1.0
/// A streaming reader of GDELT event files: chunked, constant memory, zero-copy, strict or lenient.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>
#if defined(__GLIBCXX__) && __has_include(<cxxabi.h>)
#include <cxxabi.h>
#endif

#include <bilateral/detail/temporary_string.hpp>
#include <bilateral/io/gdelt/parser.hpp>
#include <bilateral/io/gdelt/record.hpp>

namespace bilateral::gdelt {

/// What a reader does with a bad row.
enum class mode : std::uint8_t {
    strict,   ///< stop at the first problem
    lenient,  ///< skip the row, count it, go on (a row whose only problem is invalid UTF-8 is kept and counted)
};

/// How a reader reads.
struct read_options {
    gdelt::mode mode = gdelt::mode::strict;
    /// Errors kept in `read_summary::messages` (all of them are counted, and passed to `on_error`).
    std::size_t max_messages = 100;
    /// Bytes read from a stream at a time (the buffer only grows for a longer line).
    std::size_t chunk_size = 256 * 1024;
    /// Longest line accepted; a longer one is an error (and skipped in lenient mode), so memory
    /// stays bounded whatever the input.
    std::size_t max_line_length = 1024 * 1024;
    /// Called for every error as it is found (e.g. to list them all without keeping them).
    std::function<void(const problem&)> on_error{};
};

/// What a reader has seen so far. Every line is either a row returned or a line skipped:
/// `lines == rows + skipped`.
struct read_summary {
    std::uint64_t lines = 0;     ///< lines read
    std::uint64_t rows = 0;      ///< rows returned
    std::uint64_t skipped = 0;   ///< bad lines: skipped (lenient), or the one that stopped the read (strict)
    std::uint64_t errors = 0;    ///< errors found (a bad line may have several; strict counts the first)
    std::vector<problem> messages{};  ///< the first `max_messages` errors (and a read failure, always)
    bool stopped = false;        ///< strict mode stopped at an error, or the input could not be read
    /// Reading the input failed (an I/O error, e.g. a directory opened as a file): the run stopped
    /// there, the rows returned before are good, and the last message says why.
    bool read_failed = false;
    /// Text fields of rows returned in lenient mode that are not valid UTF-8 (strict mode stops at
    /// the first one). Such rows are kept: their text is written back to GDELT as it is, and as
    /// U+FFFD to JSON.
    std::uint64_t invalid_utf8_fields = 0;
    bool bom = false;            ///< the input began with a UTF-8 byte-order mark (not part of any row)
    std::uint64_t crlf_lines = 0;   ///< lines that ended with "\r\n" (or '\r' at the end of the input), too-long lines aside
    bool final_newline = true;      ///< the last line ended with a newline (true for empty input)
    std::uint64_t bytes = 0;        ///< bytes consumed
    [[nodiscard]] bool ok() const noexcept { return errors == 0; }
};

/// Reads GDELT event rows one at a time from a stream (a file, stdin) or from text in memory.
/// The layout of each row (1.0 historical, 1.0 daily, 2.0) is chosen by its field count; a UTF-8
/// BOM, CRLF line ends, empty fields and a missing last newline are accepted.
///
/// Zero-copy: the record returned views the reader's buffer (or the text given), and is valid
/// until the next call to `next()`. Reading a stream takes memory for one chunk plus the longest
/// line, whatever the size of the input.
class reader {
public:
    /// Reads `in` in chunks (the stream must outlive the reader).
    explicit reader(std::istream& in, read_options options = {});
    /// Reads `text` in place: records view `text` itself, so they stay valid as long as it does.
    explicit reader(std::string_view text, read_options options = {});
    /// Refused: the records would view a string about to be destroyed.
    template <detail::temporary_string S>
    explicit reader(S&& text, read_options options = {}) = delete;

    reader(reader&&) noexcept = default;
    reader& operator=(reader&&) noexcept = default;
    reader(const reader&) = delete;
    reader& operator=(const reader&) = delete;

    /// The next good row, or nullptr at the end of the input or, in strict mode, at the first error.
    [[nodiscard]] const record* next();
    /// The line number of the row last returned.
    [[nodiscard]] std::uint64_t line_number() const noexcept { return line_number_; }
    /// The text of the row last returned, without its line end (valid as the record is).
    [[nodiscard]] std::string_view line() const noexcept { return line_; }
    /// True if the row last returned ended with "\r\n" (or with a lone '\r' at the end of the input).
    [[nodiscard]] bool crlf() const noexcept { return crlf_; }
    /// The bytes that ended the row last returned: "\n", "\r\n", "" (the last line, without a line
    /// end) or "\r" (the last line, ending with a lone carriage return). Writing each row followed by
    /// its line_end() (after a BOM if `summary().bom`) gives back a well-formed input byte for byte.
    [[nodiscard]] std::string_view line_end() const noexcept { return line_end_; }
    [[nodiscard]] const read_summary& summary() const noexcept { return summary_; }

private:
    enum class line_status : std::uint8_t { line, overlong, end };
    static constexpr std::size_t line_slack = 8;
    /// The most the buffer grows to: the longest line allowed, a BOM, "\r\n" and some slack.
    [[nodiscard]] std::size_t buffer_limit() const noexcept {
        const std::size_t most = static_cast<std::size_t>(-1);
        return options_.max_line_length > most - line_slack ? most : options_.max_line_length + line_slack;
    }
    line_status next_line(std::string_view& line);
    void refill();
    void report(problem e);
    void fail_read(std::string_view reason);
    [[nodiscard]] problem overlong(std::uint64_t number, std::string_view text) const;

    std::istream* in_ = nullptr;
    read_options options_;
    std::unique_ptr<char[]> buffer_;
    const char* data_ = nullptr;
    std::size_t capacity_ = 0;
    std::size_t begin_ = 0;  // first byte of the current line
    std::size_t scan_ = 0;   // first byte not yet searched for '\n'
    std::size_t end_ = 0;    // end of the bytes read
    bool eof_ = false;
    bool discarding_ = false;  // skipping the rest of an overlong line
    bool newline_ = false;     // the line last found ended with '\n'
    std::string read_failure_; // why the input could not be read (reported when its lines are used up)
    std::uint64_t line_number_ = 0;
    std::uint64_t physical_line_ = 0;
    std::string_view line_{};
    bool crlf_ = false;
    std::string_view line_end_{};
    record record_{};
    std::vector<problem> row_errors_;
    read_summary summary_;
};

/// Every good row of `text` (read in place: the records view `text`), and the summary.
struct read_result {
    std::vector<record> records;  ///< the good rows, in order
    read_summary summary;         ///< what was read, skipped and found wrong
};
[[nodiscard]] read_result read_all(std::string_view text, read_options options = {});
/// Refused: the records would view a string about to be destroyed.
template <detail::temporary_string S>
read_result read_all(S&& text, read_options options = {}) = delete;

/// Calls `on_row(const record&)` for every good row of `in`; returns the summary.
template <class OnRow>
read_summary for_each_row(std::istream& in, OnRow&& on_row, read_options options = {}) {
    reader r{in, std::move(options)};
    while (const record* row = r.next()) on_row(*row);
    return r.summary();
}

// ---------------------------------------------------------------------------------------------
// Implementation

inline reader::reader(std::istream& in, read_options options)
    : in_{&in}, options_{std::move(options)} {
    capacity_ = std::max<std::size_t>(options_.chunk_size, 64);
    buffer_ = std::make_unique<char[]>(capacity_);
    data_ = buffer_.get();
}

inline reader::reader(std::string_view text, read_options options)
    : options_{std::move(options)}, data_{text.data()}, capacity_{text.size()}, end_{text.size()}, eof_{true} {
    summary_.bytes = text.size();
}

inline void reader::report(problem e) {
    ++summary_.errors;
    if (options_.on_error) options_.on_error(e);
    if (summary_.messages.size() < options_.max_messages) summary_.messages.push_back(std::move(e));
}

inline void reader::refill() {
    char* const buf = buffer_.get();
    if (begin_ > 0) {
        std::memmove(buf, buf + begin_, end_ - begin_);
        end_ -= begin_;
        scan_ -= begin_;
        begin_ = 0;
    }
    if (end_ == capacity_) {
        // No line end in a full buffer: grow it, up to the longest line allowed (with room for
        // a BOM, "\r\n" and some slack, so that the length check is the same as in memory).
        const std::size_t limit = buffer_limit();
        const std::size_t grown = std::min(capacity_ * 2, std::max(limit, capacity_));
        if (grown > capacity_) {
            auto bigger = std::make_unique<char[]>(grown);
            std::memcpy(bigger.get(), buf, end_);
            buffer_ = std::move(bigger);
            data_ = buffer_.get();
            capacity_ = grown;
        }
    }
    if (end_ == capacity_) return;  // still full: next_line reports the overlong line
    std::streamsize got = 0;
    try {
        if (in_ != nullptr && in_->rdbuf() != nullptr)
            got = in_->rdbuf()->sgetn(buffer_.get() + end_, static_cast<std::streamsize>(capacity_ - end_));
    } catch (const std::system_error& e) {
        // libstdc++'s filebuf throws std::ios_base::failure on a read error: its code says why
        // ("Is a directory"), unless it is only the generic iostream error.
        fail_read(e.code().category() == std::iostream_category() ? std::string{e.what()} : e.code().message());
        return;
    } catch (const std::exception& e) {
        fail_read(e.what());
        return;
#if defined(__GLIBCXX__) && __has_include(<cxxabi.h>)
    } catch (abi::__forced_unwind&) {
        throw;  // the thread is being cancelled: not a read error, and it must go on unwinding
#endif
    } catch (...) {
        fail_read("the stream buffer threw an exception that is not a std::exception");
        return;
    }
    if (got <= 0) {
        eof_ = true;
        return;
    }
    end_ += static_cast<std::size_t>(got);
    summary_.bytes += static_cast<std::uint64_t>(got);
}

inline problem reader::overlong(std::uint64_t number, std::string_view text) const {
    return problem{.code = problem_code::too_long,
                   .line = number,
                   .value = detail::gdelt::shown(text),
                   .expected = "a line shorter than the reader's max_line_length",
                   .message = "the line exceeds the limit of " + std::to_string(options_.max_line_length) +
                              " bytes (read_options::max_line_length)"};
}

inline void reader::fail_read(std::string_view reason) {
    // The partial line in the buffer is dropped: it is not a line read.
    read_failure_ = physical_line_ == 0 ? std::string{"read failed before the first line: "}
                                        : "read failed after line " + std::to_string(physical_line_) + ": ";
    read_failure_.append(reason.empty() ? std::string_view{"unknown error"} : reason);
    begin_ = scan_ = end_ = 0;
    discarding_ = false;
    eof_ = true;
}

inline reader::line_status reader::next_line(std::string_view& line) {
    for (;;) {
        const void* nl = scan_ < end_ ? std::memchr(data_ + scan_, '\n', end_ - scan_) : nullptr;
        if (nl != nullptr) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - data_);
            line = std::string_view{data_ + begin_, at - begin_};
            begin_ = scan_ = at + 1;
            if (discarding_) {  // the end of a line already reported as too long
                discarding_ = false;
                continue;
            }
            newline_ = true;
            return line_status::line;
        }
        scan_ = end_;
        if (eof_) {
            if (begin_ == end_ || discarding_) {
                if (discarding_) summary_.final_newline = false;  // the overlong last line had no line end
                discarding_ = false;
                begin_ = scan_ = end_;
                return line_status::end;
            }
            line = std::string_view{data_ + begin_, end_ - begin_};
            begin_ = scan_ = end_;
            summary_.final_newline = false;
            newline_ = false;
            return line_status::line;
        }
        if (in_ != nullptr && begin_ == 0 && end_ == capacity_ && capacity_ >= buffer_limit()) {
            // A full buffer without a line end: the line is too long to hold. Report it (by its
            // first bytes) and drop everything up to its end.
            line = std::string_view{data_, std::min<std::size_t>(end_, 100)};
            const bool was_discarding = discarding_;
            begin_ = scan_ = end_ = 0;
            discarding_ = true;
            if (!was_discarding) return line_status::overlong;
        }
        refill();
    }
}

inline const record* reader::next() {
    static constexpr std::string_view bom = "\xEF\xBB\xBF";
    static constexpr std::string_view empty_line = "a GDELT event row (57, 58 or 61 tab-separated fields), not an empty line";
    while (!summary_.stopped) {
        std::string_view text;
        const line_status status = next_line(text);
        if (status == line_status::end) {
            if (!read_failure_.empty()) [[unlikely]] {
                summary_.stopped = summary_.read_failed = true;
                // A problem of the input as a whole: its message says where ("after line 12").
                problem e{.code = problem_code::read_failed, .message = read_failure_};
                read_failure_.clear();
                const bool room = summary_.messages.size() < options_.max_messages;
                report(e);
                if (!room) summary_.messages.push_back(std::move(e));  // a read failure is always kept
            }
            return nullptr;
        }
        const std::uint64_t number = ++physical_line_;
        ++summary_.lines;
        row_errors_.clear();
        bool good = false;
        bool crlf = false;
        bool non_ascii = false;
        if (status == line_status::overlong) {
            if (number == 1 && text.starts_with(bom)) summary_.bom = true;
            row_errors_.push_back(overlong(number, text));
        } else {
            if (number == 1 && text.starts_with(bom)) {
                summary_.bom = true;
                text.remove_prefix(bom.size());
            }
            crlf = !text.empty() && text.back() == '\r';
            if (crlf) text.remove_suffix(1);
            // A line too long is not counted as CRLF: read as a stream, its end is never seen.
            if (crlf && text.size() <= options_.max_line_length) ++summary_.crlf_lines;
            if (text.size() > options_.max_line_length) row_errors_.push_back(overlong(number, text));
            else if (text.empty())
                row_errors_.push_back(
                    problem{.code = problem_code::wrong_field_count, .line = number, .expected = problem_text::borrow(empty_line)});
            else good = detail::gdelt::parse_line(text, number, record_, row_errors_, non_ascii);
            // Text fields are checked for invalid UTF-8 only in a row with a byte above 0x7F.
            if (good && non_ascii) [[unlikely]] {
                const std::size_t bad = check_utf8(record_, number, row_errors_);
                if (options_.mode == mode::strict) good = bad == 0;
                else summary_.invalid_utf8_fields += bad;
            }
        }
        if (good) {
            ++summary_.rows;
            line_number_ = number;
            line_ = text;
            crlf_ = crlf;
            line_end_ = newline_ ? (crlf ? std::string_view{"\r\n"} : std::string_view{"\n"})
                                 : (crlf ? std::string_view{"\r"} : std::string_view{});
            return &record_;
        }
        ++summary_.skipped;
        if (options_.mode == mode::strict) {
            summary_.stopped = true;
            report(std::move(row_errors_.front()));
            return nullptr;
        }
        for (problem& e : row_errors_) report(std::move(e));
    }
    return nullptr;
}

inline read_result read_all(std::string_view text, read_options options) {
    read_result out;
    reader r{text, std::move(options)};
    while (const record* row = r.next()) out.records.push_back(*row);
    out.summary = r.summary();
    return out;
}

}  // namespace bilateral::gdelt
