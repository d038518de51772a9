// SPDX-License-Identifier: BSL-1.0
/// Reading ICEWS event files (the Dataverse `.tab` files): the columns by their header names, `NA`
/// as not given, strict or lenient, with every problem located by line and column.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/icews/record.hpp>
#include <bilateral/io/import/read_error.hpp>

namespace bilateral::icews {

/// What a reader does with a bad row.
enum class mode : std::uint8_t {
    strict,   ///< stop at the first problem
    lenient,  ///< skip the row, count it, go on
};

struct read_options {
    icews::mode mode = icews::mode::strict;
    std::size_t max_messages = 100;  ///< errors kept in the summary; all are counted
    std::size_t max_notes = 100;     ///< notes (repeated keys) kept in the summary; all are counted
    std::size_t max_line_length = 1024 * 1024;  ///< a longer line is an error (skipped in lenient mode)
    std::function<void(const read_error&)> on_error{};  ///< called for every error as it is found
};

/// What a reader has seen so far. Every line after the header that is not blank is a row returned
/// or a line skipped: `lines == rows + skipped`.
struct read_summary {
    std::uint64_t lines = 0;    ///< data lines read (the header and blank lines not counted)
    std::uint64_t rows = 0;     ///< rows returned
    std::uint64_t skipped = 0;  ///< bad lines: skipped (lenient), or the one that stopped the read (strict)
    std::uint64_t errors = 0;   ///< errors found (a bad line may have several; strict counts the first)
    std::vector<read_error> messages{};  ///< the first `max_messages` errors
    bool stopped = false;       ///< strict mode stopped at an error, or the header was unusable
    /// Rows whose CAMEO code had lost its leading zero ("10" read as "010"): kept, restored, counted.
    std::uint64_t restored_codes = 0;
    /// Rows whose key (Event ID and Event Date) an earlier row has: kept, not merged (ICEWS
    /// repeats Event IDs), counted, and the first `max_notes` listed in `notes`.
    std::uint64_t repeated_keys = 0;
    std::vector<read_error> notes{};  ///< the first `max_notes` repeated keys, located
    std::size_t extra_columns = 0;    ///< header columns that are none of ICEWS's 20 (ignored)
    bool bom = false;                 ///< the text began with a UTF-8 byte-order mark
    std::uint64_t crlf_lines = 0;     ///< lines that ended with "\r\n"
    [[nodiscard]] bool ok() const noexcept { return errors == 0; }
};

/// Reads ICEWS rows one at a time from text in memory (a whole file). The first line that is not
/// blank is the header: ICEWS's 20 columns are found by name in any order, other columns are
/// ignored (and counted). Fields are tab-separated; double quotes around a field are removed; `NA`
/// and empty are not given. A UTF-8 BOM and CRLF line ends are accepted.
///
/// Zero-copy: the record returned views the text, which must outlive it.
class reader {
public:
    explicit reader(std::string_view text, read_options options = {});
    /// Refused: the records would view a string about to be destroyed.
    template <class S>
        requires std::is_same_v<S, std::string>
    explicit reader(S&& text, read_options options = {}) = delete;
    template <class S>
        requires std::is_same_v<S, std::string>
    explicit reader(const S&& text, read_options options = {}) = delete;

    /// The next good row, or nullptr at the end of the text or, in strict mode, at the first error.
    [[nodiscard]] const record* next();
    /// The line number of the row last returned (1-based, the header is line 1 of a usual file).
    [[nodiscard]] std::uint64_t line_number() const noexcept { return line_number_; }
    [[nodiscard]] const read_summary& summary() const noexcept { return summary_; }

private:
    bool read_header();
    [[nodiscard]] bool next_line(std::string_view& line);
    bool parse(std::string_view line, std::vector<read_error>& errors);
    void note_key();
    void report(read_error e);

    std::string_view text_;
    std::size_t at_ = 0;
    read_options options_;
    read_summary summary_{};
    bool header_read_ = false;
    std::size_t fields_ = 0;                          // fields a row must have (those of the header)
    std::array<std::size_t, column_count> index_{};   // column → field index in a row
    std::vector<std::string_view> split_{};
    std::uint64_t line_number_ = 0;
    std::uint64_t physical_line_ = 0;
    record record_{};
    std::unordered_map<std::uint64_t, std::uint64_t> numeric_keys_{};  // id << 24 | day → first line
    std::unordered_map<std::string, std::uint64_t> text_keys_{};       // ids that are not small numbers
};

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::icews

namespace bilateral::detail::icews {

/// The field without double quotes around it, "" for `NA`.
[[nodiscard]] constexpr std::string_view given(std::string_view field) noexcept {
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"') field = field.substr(1, field.size() - 2);
    return field == "NA" ? std::string_view{} : field;
}

/// "-7.5", "3", "10.0": tenths from -100 to 100, at most one decimal.
[[nodiscard]] constexpr std::optional<std::int16_t> intensity_tenths(std::string_view s) noexcept {
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 2 || (dot != std::string_view::npos && fraction.size() != 1)) return std::nullopt;
    int tenths = 0;
    for (const char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        tenths = tenths * 10 + (c - '0');
    }
    tenths *= 10;
    if (!fraction.empty()) {
        if (fraction[0] < '0' || fraction[0] > '9') return std::nullopt;
        tenths += fraction[0] - '0';
    }
    if (tenths > 100) return std::nullopt;
    return static_cast<std::int16_t>(negative ? -tenths : tenths);
}

/// A decimal number of degrees whose magnitude is at most `limit`: "-12.5", "105.841".
[[nodiscard]] constexpr bool degrees(std::string_view s, int limit) noexcept {
    if (!s.empty() && s[0] == '-') s.remove_prefix(1);
    const std::size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 3 || (dot != std::string_view::npos && fraction.empty())) return false;
    int value = 0;
    for (const char c : whole) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    bool fraction_zero = true;
    for (const char c : fraction) {
        if (c < '0' || c > '9') return false;
        fraction_zero = fraction_zero && c == '0';
    }
    return value < limit || (value == limit && fraction_zero);
}

/// Unsigned decimal digits, at most `limit`.
[[nodiscard]] constexpr std::optional<std::uint64_t> unsigned_number(std::string_view s, std::uint64_t limit) noexcept {
    if (s.empty() || s.size() > 19) return std::nullopt;
    std::uint64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (v > limit) return std::nullopt;
    return v;
}

/// The code as written, or with its leading zero back when a tool dropped it: ICEWS codes have 3
/// or 4 digits, so "10" was "010", and "311" (root 31, which CAMEO has not) was "0311". The code
/// with the zero must be in the CAMEO codebook: "210" is refused, not read as "0210".
[[nodiscard]] constexpr std::optional<cameo_code> restored_code(std::string_view text, bool& restored) noexcept {
    restored = false;
    const cameo_code as_written{text};
    if (text.size() != 2 && as_written.ok()) return as_written;
    if (text.size() >= 2 && text.size() <= 3) {
        std::array<char, 4> digits{'0'};
        for (std::size_t i = 0; i < text.size(); ++i) digits[i + 1] = text[i];
        const cameo_code with_zero{std::string_view{digits.data(), text.size() + 1}};
        if (with_zero.ok() && codes::find_cameo_event(with_zero.str()) != nullptr) {
            restored = true;
            return with_zero;
        }
    }
    return std::nullopt;
}

}  // namespace bilateral::detail::icews

namespace bilateral::icews {

inline reader::reader(std::string_view text, read_options options) : text_{text}, options_{std::move(options)} {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
        summary_.bom = true;
        at_ = 3;
    }
}

inline void reader::report(read_error e) {
    ++summary_.errors;
    if (options_.on_error) options_.on_error(e);
    if (summary_.messages.size() < options_.max_messages) summary_.messages.push_back(std::move(e));
}

inline bool reader::next_line(std::string_view& line) {
    while (at_ < text_.size()) {
        const std::size_t end = std::min(text_.find('\n', at_), text_.size());
        line = text_.substr(at_, end - at_);
        at_ = end + 1;
        ++physical_line_;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
            ++summary_.crlf_lines;
        }
        // Blank: nothing but spaces. A line of tabs is a row of empty fields (and an error).
        if (line.find_first_not_of(' ') != std::string_view::npos) return true;
    }
    return false;
}

inline bool reader::read_header() {
    header_read_ = true;
    std::string_view line;
    if (!next_line(line)) return false;  // an empty file: no rows
    std::array<bool, column_count> found{};
    split_.clear();
    for (std::size_t from = 0;;) {
        const std::size_t tab = line.find('\t', from);
        split_.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
        if (tab == std::string_view::npos) break;
        from = tab + 1;
    }
    fields_ = split_.size();
    for (std::size_t i = 0; i < split_.size(); ++i) {
        const std::string_view name = trimmed(detail::icews::given(trimmed(split_[i])));
        bool known = false;
        for (std::size_t c = 0; c < column_count; ++c) {
            if (column_labels[c] != name) continue;
            known = true;
            if (found[c]) {
                report({.line = physical_line_, .column = i + 1, .column_name = column_labels[c], .value = shown_field(name),
                        .expected = "a header naming each column once", .problem = "the column is named twice"});
                summary_.stopped = true;
                return false;
            }
            found[c] = true;
            index_[c] = i;
        }
        if (!known) ++summary_.extra_columns;
    }
    std::string missing;
    for (std::size_t c = 0; c < column_count; ++c)
        if (!found[c]) missing.append(missing.empty() ? "" : ", ").append(column_labels[c]);
    if (!missing.empty()) {
        const bool none = summary_.extra_columns == fields_;
        // A problem of the input as a whole: no `expected`, the problem says where.
        report({.line = physical_line_, .value = shown_field(line),
                .problem = "line " + std::to_string(physical_line_) + ": " +
                           (none ? std::string{"not an ICEWS header: the first line names none of ICEWS's 20 columns (Event ID, Event Date, ...)"}
                                 : "the header has no column " + missing)});
        summary_.stopped = true;
        return false;
    }
    return true;
}

inline bool reader::parse(std::string_view line, std::vector<read_error>& errors) {
    split_.clear();
    std::size_t found = 0;  // fields of the line; at most one more than the header's is kept
    for (std::size_t from = 0;;) {
        const std::size_t tab = line.find('\t', from);
        if (++found <= fields_ + 1) split_.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
        if (tab == std::string_view::npos) break;
        from = tab + 1;
    }
    if (found != fields_) {
        errors.push_back({.line = physical_line_, .expected = "a row with as many fields as the header",
                          .problem = "found " + std::to_string(found) + " fields; the header has " + std::to_string(fields_)});
        return false;
    }
    const auto field = [&](column c) { return detail::icews::given(split_[index_[static_cast<std::size_t>(c)]]); };
    const auto bad = [&](column c, std::string_view expected, std::string problem = {}) {
        errors.push_back({.line = physical_line_, .column = index_[static_cast<std::size_t>(c)] + 1, .column_name = label(c),
                          .value = shown_field(field(c)), .expected = expected, .problem = std::move(problem)});
    };
    record r{};
    // Text: as it is, but valid UTF-8.
    const auto text = [&](column c, std::string_view& out) {
        out = field(c);
        const std::size_t invalid = detail::utf8::first_invalid(out);
        if (invalid != std::string_view::npos) bad(c, "UTF-8 text", "invalid UTF-8 at byte " + std::to_string(invalid + 1) + " of the field");
    };
    text(column::event_id, r.event_id);
    if (r.event_id.empty()) bad(column::event_id, "the event's id");
    const std::string_view day = field(column::event_date);
    const std::optional<date> parsed = date::parse(day);
    if (parsed && parsed->precision() == date_precision::day && day.size() == 10) r.event_date = *parsed;
    else bad(column::event_date, "a date as YYYY-MM-DD");
    text(column::source_name, r.source.name);
    text(column::source_sectors, r.source.sectors);
    text(column::source_country, r.source.country);
    text(column::event_text, r.event_text);
    const std::optional<cameo_code> code = detail::icews::restored_code(field(column::cameo_code), r.code_restored);
    if (code) r.code = *code;
    else bad(column::cameo_code, "a CAMEO event code of 3 or 4 digits with a root from 01 to 20");
    if (const std::string_view v = field(column::intensity); !v.empty()) {
        r.intensity = detail::icews::intensity_tenths(v);
        if (!r.intensity) bad(column::intensity, "a number from -10 to 10 with at most one decimal");
    }
    text(column::target_name, r.target.name);
    text(column::target_sectors, r.target.sectors);
    text(column::target_country, r.target.country);
    text(column::story_id, r.story_id);
    if (const std::string_view v = field(column::sentence_number); !v.empty()) {
        const std::optional<std::uint64_t> n = detail::icews::unsigned_number(v, 0xFFFFFFFFu);
        if (n) r.sentence_number = static_cast<std::uint32_t>(*n);
        else bad(column::sentence_number, "a whole number");
    }
    text(column::publisher, r.publisher);
    text(column::city, r.city);
    text(column::district, r.district);
    text(column::province, r.province);
    text(column::country, r.country);
    r.latitude = field(column::latitude);
    if (!r.latitude.empty() && !detail::icews::degrees(r.latitude, 90)) bad(column::latitude, "degrees from -90 to 90");
    r.longitude = field(column::longitude);
    if (!r.longitude.empty() && !detail::icews::degrees(r.longitude, 180)) bad(column::longitude, "degrees from -180 to 180");
    if (!errors.empty()) return false;
    record_ = r;
    return true;
}

inline void reader::note_key() {
    // The key of a row is its Event ID and Event Date; ids are numbers below 2^40 in practice,
    // packed with the day into one integer (a string key otherwise).
    const std::uint64_t day = static_cast<std::uint64_t>(day_number(record_.event_date)) & 0xFFFFFFu;
    std::uint64_t first = 0;
    bool repeated = false;
    // "0123" is not "123": an id with a leading zero takes the text key.
    const bool leading_zero = record_.event_id.size() > 1 && record_.event_id.front() == '0';
    const std::optional<std::uint64_t> id =
        leading_zero ? std::nullopt : detail::icews::unsigned_number(record_.event_id, (std::uint64_t{1} << 40) - 1);
    if (id) {
        const auto [it, added] = numeric_keys_.try_emplace(*id << 24 | day, line_number_);
        repeated = !added;
        first = it->second;
    } else {
        std::string key{record_.event_id};
        key += '\t';
        key += std::to_string(day);
        const auto [it, added] = text_keys_.try_emplace(std::move(key), line_number_);
        repeated = !added;
        first = it->second;
    }
    if (!repeated) return;
    ++summary_.repeated_keys;
    if (summary_.notes.size() < options_.max_notes)
        summary_.notes.push_back({.line = line_number_, .column = index_[0] + 1, .column_name = label(column::event_id),
                                  .value = shown_field(record_.event_id), .expected = "a key (Event ID, Event Date) of its own",
                                  .problem = "Event ID and Event Date repeat line " + std::to_string(first) + " (both rows kept)"});
}

inline const record* reader::next() {
    if (summary_.stopped) return nullptr;
    if (!header_read_ && !read_header()) return nullptr;
    std::string_view line;
    std::vector<read_error> errors;
    while (next_line(line)) {
        ++summary_.lines;
        if (line.size() > options_.max_line_length) {
            errors.push_back({.line = physical_line_, .value = shown_field(line), .expected = "a line within the length limit",
                              .problem = "longer than the limit of " + std::to_string(options_.max_line_length) + " bytes"});
        } else if (parse(line, errors)) {
            line_number_ = physical_line_;
            ++summary_.rows;
            if (record_.code_restored) ++summary_.restored_codes;
            note_key();
            return &record_;
        }
        ++summary_.skipped;
        if (options_.mode == mode::strict) {
            report(std::move(errors.front()));
            summary_.stopped = true;
            return nullptr;
        }
        for (read_error& e : errors) report(std::move(e));
        errors.clear();
    }
    return nullptr;
}

}  // namespace bilateral::icews
