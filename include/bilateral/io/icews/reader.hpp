// SPDX-License-Identifier: BSL-1.0
/// Reading ICEWS event files (the Dataverse `.tab` files): the columns by their header names, `NA`
/// as not given, strict or lenient, with every problem located by line and column.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <bilateral/core/date.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/detail/temporary_string.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/icews/countries.hpp>
#include <bilateral/io/icews/record.hpp>
#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/import/fields.hpp>
#include <bilateral/io/import/shown_field.hpp>
#include <bilateral/io/import/row_reading.hpp>

namespace bilateral::icews {

using mode = read_mode;                 ///< strict or lenient
using read_options = row_read_options;  ///< mode, limits of the errors and notes kept, line length

/// What every row reader counts (`lines == rows + skipped`, errors, notes, BOM, CRLF), and what
/// ICEWS rows have of their own.
struct read_summary : row_read_summary {
    /// Rows whose CAMEO code had lost its leading zero ("10" read as "010"): kept, restored, counted.
    std::uint64_t restored_codes = 0;
    /// Rows whose key (Event ID and Event Date) an earlier row has: kept, not merged (ICEWS
    /// repeats Event IDs), counted, and noted (the first `max_notes` listed in `notes`).
    std::uint64_t repeated_keys = 0;
    /// Source and Target Country names of the rows returned that are not in ICEWS's list
    /// (`country_alpha3` gives nullopt), with the number of fields naming each: the rows are kept,
    /// that side has no state.
    std::map<std::string, std::uint64_t, std::less<>> unknown_countries{};
};

/// Reads ICEWS rows one at a time from text in memory (a whole file). The first line that is not
/// blank is the header: ICEWS's 20 columns are found by name in any order, other columns are
/// ignored (and counted); a column named twice, a missing column or a header longer than
/// `max_line_length` stops the read. Fields are tab-separated; double quotes around a field are
/// removed; `NA` and empty are not given. A UTF-8 BOM and CRLF line ends are accepted.
///
/// Zero-copy: the record returned views the text, which must outlive it.
class reader {
public:
    explicit reader(std::string_view text, read_options options = {});
    /// Refused: the records would view a string about to be destroyed.
    template <detail::temporary_string S>
    explicit reader(S&& text, read_options options = {}) = delete;

    /// The next good row, or nullptr at the end of the text or, in strict mode, at the first error.
    [[nodiscard]] const record* next();
    /// The line number of the row last returned (1-based, the header is line 1 of a usual file).
    [[nodiscard]] std::uint64_t line_number() const noexcept { return line_number_; }
    [[nodiscard]] const read_summary& summary() const noexcept { return summary_; }

private:
    bool read_header();
    bool parse(std::span<const std::string_view> fields, std::vector<problem>& errors);
    void note_key();
    void note_country(std::string_view name);

    delimited_reader in_;
    read_options options_;
    read_summary summary_{};
    bool header_read_ = false;
    std::size_t fields_ = 0;                          // fields a row must have (those of the header)
    std::array<std::size_t, column_count> index_{};   // column → field index in a row
    std::uint64_t line_number_ = 0;
    record record_{};
    std::unordered_map<std::uint64_t, std::uint64_t> numeric_keys_{};  // id << 24 | day → first line
    std::unordered_map<std::string, std::uint64_t> text_keys_{};       // ids that are not small numbers
};

// ---------------------------------------------------------------------------------------------
// Implementation

inline reader::reader(std::string_view text, read_options options)
    : in_{text, {.delimiter = '\t', .quoting = quoting::strip}, options.max_line_length}, options_{std::move(options)} {
    summary_.bom = in_.bom();
}

inline bool reader::read_header() {
    header_read_ = true;
    if (!next_header(in_, summary_, options_)) return false;  // empty (no rows, no problem), or a header refused
    const std::uint64_t line = in_.line();
    const auto stop = [&](problem e) { return stop_read(summary_, options_, std::move(e)); };
    // A name is the field trimmed, unquoted and trimmed again: `"Event ID"`, ` "Event ID" ` and
    // `" Event ID "` are Event ID, `""Event ID""` is not. The delimited reader has unquoted the
    // fields quoted from first byte to last (such a field follows a quote in the line); here the others.
    const std::string_view raw = in_.raw();
    std::vector<std::string_view> names;
    for (const std::string_view f : in_.fields()) {
        const auto at = static_cast<std::size_t>(f.data() - raw.data());
        std::string_view name = trimmed(f);
        if ((at == 0 || raw[at - 1] != '"') && name.size() >= 2 && name.front() == '"' && name.back() == '"')
            name = trimmed(name.substr(1, name.size() - 2));
        names.push_back(name);
    }
    const header_columns h = match_header(names, column_labels);
    fields_ = h.fields;
    if (!h.repeated.empty()) {
        // The read stops at the second field naming the first column named twice; the columns
        // before it are counted.
        const std::string_view twice = h.repeated.front();
        const auto first = std::find(names.begin(), names.end(), twice);
        const auto i = static_cast<std::size_t>(std::find(first + 1, names.end(), twice) - names.begin());
        std::size_t known = 0;
        for (const std::size_t at : h.index) known += at < i ? 1 : 0;
        summary_.extra_columns = i - known;
        return stop({.code = problem_code::repeated_field, .line = line, .column = i + 1, .column_name = twice, .value = shown_field(twice),
                     .expected = "a header naming each column once", .message = "the column is named twice"});
    }
    summary_.extra_columns = h.extra.size();
    std::string missing;
    for (std::size_t c = 0; c < column_count; ++c) {
        index_[c] = h.index[c];
        if (!h.has(c)) missing.append(missing.empty() ? "" : ", ").append(column_labels[c]);
    }
    if (missing.empty()) return true;
    // A problem of the header as a whole: located by its line alone, the message says what.
    if (h.extra.size() == h.fields)
        return stop({.code = problem_code::unknown_layout, .line = line,
                     .message = "not an ICEWS header: the first line names none of ICEWS's 20 columns (Event ID, Event Date, ...)"});
    return stop({.code = problem_code::missing_field, .line = line, .message = "the header has no column " + missing});
}

inline bool reader::parse(std::span<const std::string_view> fields, std::vector<problem>& errors) {
    const std::uint64_t line = in_.line();
    if (fields.size() != fields_) {
        errors.push_back({.code = problem_code::wrong_field_count, .line = line, .expected = "a row with as many fields as the header",
                          .message = "found " + std::to_string(fields.size()) + " fields; the header has " + std::to_string(fields_)});
        return false;
    }
    const auto field = [&](column c) {
        const std::string_view f = fields[index_[static_cast<std::size_t>(c)]];
        return f == "NA" ? std::string_view{} : f;
    };
    const auto bad = [&](problem_code code, column c, std::string_view expected, std::string message = {}) {
        errors.push_back({.code = code, .line = line, .column = index_[static_cast<std::size_t>(c)] + 1, .column_name = label(c),
                          .value = shown_field(field(c)), .expected = expected, .message = std::move(message)});
    };
    // A number refused: out of the field's range, or not a number at all.
    const auto number_code = [](std::string_view v, std::uint64_t limit) {
        return detail::number_beyond(v, limit) ? problem_code::out_of_range : problem_code::malformed_value;
    };
    record r{};
    // Text: as it is, but valid UTF-8.
    const auto text = [&](column c, std::string_view& out) {
        out = field(c);
        const std::size_t invalid = detail::utf8::first_invalid(out);
        if (invalid != std::string_view::npos)
            bad(problem_code::invalid_utf8, c, "UTF-8 text", "invalid UTF-8 at byte " + std::to_string(invalid + 1) + " of the field");
    };
    text(column::event_id, r.event_id);
    if (r.event_id.empty()) bad(problem_code::missing_value, column::event_id, "the event's id");
    const std::string_view day = field(column::event_date);
    const std::optional<date> parsed = date::parse(day);
    if (parsed && parsed->precision() == date_precision::day && day.size() == 10) r.event_date = *parsed;
    else if (day.empty()) bad(problem_code::missing_value, column::event_date, "a date as YYYY-MM-DD");
    else bad(detail::iso_day_form(day) ? problem_code::invalid_date : problem_code::malformed_value, column::event_date,
             "a date as YYYY-MM-DD");
    text(column::source_name, r.source.name);
    text(column::source_sectors, r.source.sectors);
    text(column::source_country, r.source.country);
    text(column::event_text, r.event_text);
    const std::optional<cameo_code> code = detail::restored_cameo_code(field(column::cameo_code), r.code_restored);
    if (code) r.code = *code;
    else bad(field(column::cameo_code).empty() ? problem_code::missing_value : problem_code::malformed_code, column::cameo_code,
             "a CAMEO event code of 3 or 4 digits with a root from 01 to 20");
    if (const std::string_view v = field(column::intensity); !v.empty()) {
        r.intensity = detail::goldstein_tenths(v);
        if (!r.intensity) bad(number_code(v, 10), column::intensity, "a number from -10 to 10 with at most one decimal");
    }
    text(column::target_name, r.target.name);
    text(column::target_sectors, r.target.sectors);
    text(column::target_country, r.target.country);
    text(column::story_id, r.story_id);
    if (const std::string_view v = field(column::sentence_number); !v.empty()) {
        const std::optional<std::uint64_t> n = detail::unsigned_number(v, 0xFFFFFFFFu);
        if (n) r.sentence_number = static_cast<std::uint32_t>(*n);
        else bad(number_code(v, 0xFFFFFFFFu), column::sentence_number, "a whole number");
    }
    text(column::publisher, r.publisher);
    text(column::city, r.city);
    text(column::district, r.district);
    text(column::province, r.province);
    text(column::country, r.country);
    r.latitude = field(column::latitude);
    if (!r.latitude.empty() && !detail::degrees(r.latitude, 90))
        bad(number_code(r.latitude, 90), column::latitude, "degrees from -90 to 90");
    r.longitude = field(column::longitude);
    if (!r.longitude.empty() && !detail::degrees(r.longitude, 180))
        bad(number_code(r.longitude, 180), column::longitude, "degrees from -180 to 180");
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
        leading_zero ? std::nullopt : detail::unsigned_number(record_.event_id, (std::uint64_t{1} << 40) - 1);
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
    summary_.note({.code = problem_code::duplicate_id, .severity = severity::note, .line = line_number_, .column = index_[0] + 1,
                   .column_name = label(column::event_id), .value = shown_field(record_.event_id),
                   .expected = "a key (Event ID, Event Date) of its own",
                   .message = "Event ID and Event Date repeat line " + std::to_string(first) + " (both rows kept)"},
                  options_);
}

inline void reader::note_country(std::string_view name) {
    if (name.empty() || country_alpha3(name)) return;  // the usual case: no allocation
    const auto it = summary_.unknown_countries.find(name);
    if (it != summary_.unknown_countries.end()) ++it->second;
    else summary_.unknown_countries.emplace(name, 1);
}

inline const record* reader::next() {
    if (!header_read_ && !read_header()) return nullptr;
    const auto parse_row = [&](std::span<const std::string_view> fields, std::vector<problem>& errors) { return parse(fields, errors); };
    if (!next_row(in_, summary_, options_, parse_row)) return nullptr;
    line_number_ = in_.line();
    if (record_.code_restored) ++summary_.restored_codes;
    note_key();
    note_country(record_.source.country);
    note_country(record_.target.country);
    return &record_;
}

}  // namespace bilateral::icews
