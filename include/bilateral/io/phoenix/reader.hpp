// SPDX-License-Identifier: BSL-1.0
/// Reading Phoenix event files (26 tab-separated columns, no header): strict or lenient, with every
/// problem located by line, column and column name.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <bilateral/core/date.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/detail/temporary_string.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/import/fields.hpp>
#include <bilateral/io/import/shown_field.hpp>
#include <bilateral/io/import/row_reading.hpp>
#include <bilateral/io/phoenix/record.hpp>

namespace bilateral::phoenix {

using read_options = row_read_options;
using read_summary = row_read_summary;

/// Reads Phoenix rows one at a time from text in memory (a whole file). Every line that is not
/// blank is a row of 26 tab-separated fields; quotes are text like any other; an empty field is
/// not given. A UTF-8 BOM and CRLF line ends are accepted (and counted in the summary).
///
/// A row is refused, with the line, the column and its name, for: another number of fields; a
/// line longer than the limit; no EventID; a Date that is not a day as YYYYMMDD; a Year, Month or
/// Day that is not Date's; an entity or role that is not three capital letters; an EventCode
/// that is no CAMEO code; an EventRootCode that is not the code's root; a QuadClass outside 0–4;
/// a GoldsteinScore outside -10..10 or with more than one decimal; Lat or Lon outside their
/// range; text that is not UTF-8. Strict mode stops at the first; lenient skips the row, counts
/// and lists every problem of it, and goes on. A code (or root code) that lost its leading zero
/// is read with it back and noted.
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
    /// The line number of the row last returned (1-based, counting every line of the text).
    [[nodiscard]] std::uint64_t line_number() const noexcept { return line_number_; }
    [[nodiscard]] const read_summary& summary() const noexcept { return summary_; }

private:
    bool parse(std::span<const std::string_view> fields, std::vector<problem>& errors);

    delimited_reader lines_;
    read_options options_;
    read_summary summary_{};
    std::uint64_t line_number_ = 0;
    std::vector<problem> pending_notes_{};
    record record_{};
};

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::phoenix

namespace bilateral::detail::phoenix {

/// Three capital ASCII letters: a CAMEO country, root-actor or agent code.
[[nodiscard]] constexpr bool three_capitals(std::string_view s) noexcept {
    return s.size() == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

/// "20240703": a day, exactly eight digits.
[[nodiscard]] constexpr std::optional<date> day_of(std::string_view s) noexcept {
    if (s.size() != 8) return std::nullopt;
    const std::optional<std::uint64_t> n = unsigned_number(s, 99999999);
    if (!n) return std::nullopt;
    const date d{static_cast<int>(*n / 10000), static_cast<unsigned>(*n / 100 % 100), static_cast<unsigned>(*n % 100)};
    if (!d.ok() || d.precision() != date_precision::day) return std::nullopt;
    return d;
}

}  // namespace bilateral::detail::phoenix

namespace bilateral::phoenix {

inline reader::reader(std::string_view text, read_options options)
    : lines_{text, delimited_dialect{.delimiter = '\t', .quoting = quoting::none}, options.max_line_length},
      options_{std::move(options)} {
    summary_.bom = lines_.bom();
}

inline bool reader::parse(std::span<const std::string_view> fields, std::vector<problem>& errors) {
    const std::uint64_t line = lines_.line();
    if (fields.size() != column_count) {
        errors.push_back({.code = problem_code::wrong_field_count, .line = line, .expected = "a row of Phoenix's 26 tab-separated fields",
                          .message = "found " + std::to_string(fields.size()) + " fields; Phoenix rows have 26"});
        return false;
    }
    const auto field = [&](column c) { return fields[static_cast<std::size_t>(c)]; };
    const auto bad = [&](problem_code code, column c, std::string_view expected, std::string message = {}) {
        errors.push_back({.code = code, .line = line, .column = static_cast<std::size_t>(c) + 1, .column_name = label(c),
                          .value = shown_field(field(c)), .expected = expected, .message = std::move(message)});
    };
    // A number refused: out of the field's range, or not a number at all.
    const auto number_code = [](std::string_view v, std::uint64_t limit) {
        return detail::number_beyond(v, limit) ? problem_code::out_of_range : problem_code::malformed_value;
    };
    // A code read with its leading zero back: a note, kept if the row is.
    const auto restored = [&](column c, std::string_view as) {
        pending_notes_.push_back({.code = problem_code::repaired_value, .severity = severity::note, .line = line,
                                  .column = static_cast<std::size_t>(c) + 1, .column_name = label(c), .value = shown_field(field(c)),
                                  .expected = "a CAMEO code with its leading zero",
                                  .message = "read as " + std::string{as} + " (its leading zero was lost)"});
    };
    record r{};
    // Text: as it is, but valid UTF-8.
    const auto text = [&](column c, std::string_view& out) {
        out = field(c);
        const std::size_t invalid = detail::utf8::first_invalid(out);
        if (invalid != std::string_view::npos)
            bad(problem_code::invalid_utf8, c, "UTF-8 text", "invalid UTF-8 at byte " + std::to_string(invalid + 1) + " of the field");
    };
    // Codes: three capital letters, or not given.
    const auto code3 = [&](column c, std::string_view& out) {
        out = field(c);
        if (!out.empty() && !detail::phoenix::three_capitals(out))
            bad(problem_code::malformed_code, c, "three capital letters (a CAMEO code)");
    };

    text(column::event_id, r.event_id);
    if (r.event_id.empty()) bad(problem_code::missing_value, column::event_id, "the event's id");

    const std::optional<date> day = detail::phoenix::day_of(field(column::date));
    if (day) r.date = *day;
    else if (const std::string_view v = field(column::date); v.empty()) bad(problem_code::missing_value, column::date, "a date as YYYYMMDD");
    else bad(v.size() == 8 && detail::all_digits(v) ? problem_code::invalid_date : problem_code::malformed_value, column::date,
             "a date as YYYYMMDD");
    // Year, Month and Day repeat Date, and must agree with it ("7" and "07" are both July).
    const auto part = [&](column c, std::size_t max_digits, std::string_view expected, unsigned of_date) {
        const std::string_view v = field(c);
        const auto n = v.size() <= max_digits ? detail::unsigned_number(v, 9999) : std::nullopt;
        if (!n) bad(v.empty() ? problem_code::missing_value : problem_code::malformed_value, c, expected);
        else if (day && *n != of_date)
            bad(problem_code::inconsistent_values, c, expected, "disagrees with Date " + std::string{field(column::date)});
    };
    part(column::year, 4, "the year of Date", day ? static_cast<unsigned>(day->year()) : 0);
    part(column::month, 2, "the month of Date", day ? day->month() : 0);
    part(column::day, 2, "the day of Date", day ? day->day() : 0);

    const auto actor = [&](column full, phoenix::actor& a) {
        const auto at = [&](int i) { return static_cast<column>(static_cast<int>(full) + i); };
        text(full, a.code);
        code3(at(1), a.entity);
        code3(at(2), a.role);
        text(at(3), a.attributes);
    };
    actor(column::source_actor_full, r.source);
    actor(column::target_actor_full, r.target);

    const std::optional<cameo_code> code = detail::restored_cameo_code(field(column::event_code), r.code_restored);
    if (code) r.code = *code;
    else bad(field(column::event_code).empty() ? problem_code::missing_value : problem_code::malformed_code, column::event_code,
             "a CAMEO event code of 3 or 4 digits with a root from 01 to 20");
    if (r.code_restored) restored(column::event_code, r.code.str());
    // The root code repeats the code's first two digits; a root that lost its zero ("4") is read as "04".
    if (const std::string_view root = field(column::event_root_code); !root.empty() && code) {
        const cameo_code want_code = code->root();  // str() views the code: keep it alive
        const std::string_view want = want_code.str();
        if (root.size() == 1 && want[0] == '0' && root[0] == want[1]) restored(column::event_root_code, want);
        else if (root != want)
            bad(problem_code::inconsistent_values, column::event_root_code, "the root of EventCode",
                "EventCode " + std::string{code->str()} + " has root " + std::string{want});
    }

    if (const std::string_view q = field(column::quad_class); !q.empty()) {
        if (q.size() == 1 && q[0] >= '0' && q[0] <= '4') r.quad_class = static_cast<std::uint8_t>(q[0] - '0');
        else bad(number_code(q, 4), column::quad_class, "a quad class from 0 to 4");
    }
    if (const std::string_view g = field(column::goldstein_score); !g.empty()) {
        r.goldstein = detail::goldstein_tenths(g);
        if (!r.goldstein) bad(number_code(g, 10), column::goldstein_score, "a number from -10 to 10 with at most one decimal");
    }
    text(column::issues, r.issues);
    r.lat = field(column::lat);
    if (!r.lat.empty() && !detail::degrees(r.lat, 90)) bad(number_code(r.lat, 90), column::lat, "degrees from -90 to 90");
    r.lon = field(column::lon);
    if (!r.lon.empty() && !detail::degrees(r.lon, 180)) bad(number_code(r.lon, 180), column::lon, "degrees from -180 to 180");
    text(column::location_name, r.location_name);
    text(column::state_name, r.state_name);
    text(column::country_code, r.country_code);
    text(column::sentence_id, r.sentence_ids);
    text(column::urls, r.urls);
    text(column::news_sources, r.news_sources);
    if (!errors.empty()) return false;
    record_ = r;
    return true;
}

inline const record* reader::next() {
    const auto parse_row = [&](std::span<const std::string_view> fields, std::vector<problem>& errors) {
        pending_notes_.clear();
        return parse(fields, errors);
    };
    if (!next_row(lines_, summary_, options_, parse_row)) return nullptr;
    // Notes of a row are kept only if the row is: a skipped row's problems say enough.
    for (problem& n : pending_notes_) summary_.note(std::move(n), options_);
    line_number_ = lines_.line();
    return &record_;
}

}  // namespace bilateral::phoenix
