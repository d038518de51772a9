// SPDX-License-Identifier: BSL-1.0
/// GDELT events as BigQuery, R or pandas wrote them back out: comma- or tab-separated, quoted, a
/// header row naming GDELT's columns (in any order, any subset holding the required ones), `NA`
/// or empty for not given. Each row becomes the record the native reader gives, read by the same
/// parser, so everything downstream (panels, the model, the writers) sees no difference.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/detail/temporary_string.hpp>
#include <bilateral/io/gdelt/columns.hpp>
#include <bilateral/io/gdelt/parser.hpp>
#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/import/fields.hpp>
#include <bilateral/io/import/row_reading.hpp>

namespace bilateral::gdelt {

/// The columns a re-exported file must have: those a dyad-period panel needs.
inline constexpr std::array<column, 5> csv_required_columns{column::global_event_id, column::sql_date, column::actor1_country_code,
                                                            column::actor2_country_code, column::event_code};

/// What the reader found in the header, so that it can say which dialect it saw.
struct csv_layout {
    char delimiter = ',';
    /// The GDELT layout the rows are read as: 2.0 when any `*_ADM2Code` column is there, else 1.0
    /// daily. Columns of the layout that the file lacks are read as not given.
    gdelt::format format = gdelt::format::v1_daily;
    std::size_t gdelt_columns = 0;  ///< header columns that are GDELT's
    std::vector<std::string_view> extra{};   ///< header columns that are not (ignored)
    std::vector<std::string_view> absent{};  ///< GDELT columns of the layout the file lacks
};

/// One line saying what was detected: "comma-separated, 58 of GDELT 1.0 daily's 58 columns, header
/// names of any case".
[[nodiscard]] std::string describe(const csv_layout& layout);

/// Reads GDELT rows written back as delimited text with a header (see the file comment). The
/// first record that is not blank is the header; the delimiter is detected from it (a tab if it
/// has one outside quotes, else a comma); fields follow RFC 4180 quoting. Column names match
/// GDELT's labels without regard to case, '_', '.' or ' ' (BigQuery writes `globaleventid`,
/// R `Actor1Geo_Type` or `Actor1Geo.Type`).
///
/// What re-export does to values, undone and counted as notes:
/// - `NA` (R, pandas) and empty are not given (FIPS "NA", Netherlands Antilles, is lost this way);
/// - a whole number written as a decimal ("4.0", which pandas writes for a column with gaps) is
///   read as the number;
/// - a CAMEO code that lost its leading zero ("10", "43", root "1") has it back when the code is
///   in the codebook.
/// Invalid UTF-8 in a text field stops a strict read and is counted as a note in lenient mode
/// (the row is kept), as the native reader does.
///
/// The record returned views the reader's own copy of the row: valid until the next call.
class csv_reader {
public:
    explicit csv_reader(std::string_view text, row_read_options options = {});
    /// Refused: the records would view a string about to be destroyed.
    template <detail::temporary_string S>
    explicit csv_reader(S&& text, row_read_options options = {}) = delete;

    /// The next good row, or nullptr at the end or, in strict mode, at the first error.
    [[nodiscard]] const record* next();
    /// The first line of the row last returned.
    [[nodiscard]] std::uint64_t line_number() const noexcept { return line_number_; }
    [[nodiscard]] const row_read_summary& summary() const noexcept { return summary_; }
    /// The header as read (valid once `next` has been called).
    [[nodiscard]] const csv_layout& layout() const noexcept { return layout_; }
    /// Rows whose CAMEO codes had lost a leading zero.
    [[nodiscard]] std::uint64_t restored_codes() const noexcept { return restored_codes_; }
    /// Fields holding a whole number written as a decimal ("4.0").
    [[nodiscard]] std::uint64_t decimal_whole_numbers() const noexcept { return decimal_whole_numbers_; }
    /// Text fields of rows kept in lenient mode that are not valid UTF-8.
    [[nodiscard]] std::uint64_t invalid_utf8_fields() const noexcept { return invalid_utf8_fields_; }

private:
    bool read_header();
    bool convert(std::vector<problem>& errors);

    row_read_options options_;
    delimited_reader framing_;
    row_read_summary summary_{};
    csv_layout layout_{};
    bool header_read_ = false;
    std::size_t header_fields_ = 0;
    std::array<std::size_t, column_count> index_{};  // GDELT column → field of a row, or absent
    std::string line_{};                              // the row as a native GDELT line
    record record_{};
    std::uint64_t line_number_ = 0;
    std::uint64_t restored_codes_ = 0;
    std::uint64_t decimal_whole_numbers_ = 0;
    std::uint64_t invalid_utf8_fields_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt_csv {

using bilateral::gdelt::column;

/// Columns holding whole numbers, which pandas writes as "4.0" when the column has gaps.
[[nodiscard]] constexpr bool whole_number_column(column c) noexcept {
    switch (c) {
        case column::global_event_id: case column::sql_date: case column::month_year: case column::year:
        case column::is_root_event: case column::quad_class: case column::num_mentions: case column::num_sources:
        case column::num_articles: case column::actor1_geo_type: case column::actor2_geo_type: case column::action_geo_type:
        case column::actor1_geo_feature_id: case column::actor2_geo_feature_id: case column::action_geo_feature_id:
        case column::date_added: return true;
        default: return false;
    }
}

[[nodiscard]] constexpr bool cameo_column(column c) noexcept {
    return c == column::event_code || c == column::event_base_code || c == column::event_root_code;
}

/// "4.0" → "4", "-12.00" → "-12"; anything else as it is.
[[nodiscard]] constexpr std::string_view without_zero_fraction(std::string_view s) noexcept {
    const std::size_t dot = s.find('.');
    if (dot == std::string_view::npos || dot == 0 || s.find_first_not_of('0', dot + 1) != std::string_view::npos) return s;
    const std::string_view whole = s.substr(0, dot);
    const std::size_t digits_from = whole[0] == '-' ? 1 : 0;
    if (whole.size() == digits_from || whole.find_first_not_of("0123456789", digits_from) != std::string_view::npos) return s;
    return whole;
}

/// A tab or a line break, which a GDELT value never holds (a plain loop: `find_first_of` looks
/// each byte up in the set, which costs more than the short fields it scans).
[[nodiscard]] constexpr bool has_line_or_tab(std::string_view s) noexcept {
    for (const char c : s)
        if (c == '\t' || c == '\n' || c == '\r') return true;
    return false;
}

/// A root code written as one digit ("1" for "01").
[[nodiscard]] inline std::optional<std::string> restored_root(std::string_view s) {
    if (s.size() == 1 && s[0] >= '1' && s[0] <= '9') return std::string{"0"} + s[0];
    return std::nullopt;
}

}  // namespace bilateral::detail::gdelt_csv

namespace bilateral::gdelt {

inline std::string describe(const csv_layout& layout) {
    const std::string_view layout_name = layout.format == format::v2 ? "GDELT 2.0" : "GDELT 1.0 daily";
    std::string out = layout.delimiter == '\t' ? "tab-separated" : "comma-separated";
    out += " GDELT with a header: " + std::to_string(layout.gdelt_columns) + " of " + std::string{layout_name} + "'s " +
           std::to_string(field_count_of(layout.format)) + " columns";
    if (!layout.extra.empty()) out += ", " + std::to_string(layout.extra.size()) + " other columns ignored";
    return out;
}

inline csv_reader::csv_reader(std::string_view text, row_read_options options)
    : options_{std::move(options)}, framing_{text, {.delimiter = delimiter_of(first_line(text)), .quoting = quoting::csv},
                                             options_.max_line_length} {
    layout_.delimiter = framing_.dialect().delimiter;
}

inline bool csv_reader::read_header() {
    header_read_ = true;
    if (!next_header(framing_, summary_, options_)) return false;  // empty (no rows), or a header refused
    const auto header_problem = [&](problem_code code, std::string message) {
        return stop_read(summary_, options_,
                         {.code = code, .line = framing_.line(), .value = shown_field(framing_.raw()),
                          .expected = "a header row naming GDELT's columns", .message = std::move(message)});
    };
    const header_columns h = match_header(framing_.fields(), column_labels, same_column_name);
    std::copy(h.index.begin(), h.index.end(), index_.begin());
    std::vector<std::string_view> missing;
    for (const column c : csv_required_columns)
        if (!h.has(static_cast<std::size_t>(c))) missing.push_back(label(c));
    if (!missing.empty()) {
        std::string names;
        for (const std::string_view m : missing) names.append(names.empty() ? "" : ", ").append(m);
        return header_problem(problem_code::missing_field, "GDELT columns missing from the header: " + names);
    }
    if (!h.repeated.empty())
        return header_problem(problem_code::repeated_field, "a GDELT column named twice: " + std::string{h.repeated.front()});
    const bool adm2 = h.has(static_cast<std::size_t>(column::actor1_geo_adm2_code)) ||
                      h.has(static_cast<std::size_t>(column::actor2_geo_adm2_code)) ||
                      h.has(static_cast<std::size_t>(column::action_geo_adm2_code));
    layout_.format = adm2 ? format::v2 : format::v1_daily;
    layout_.extra = h.extra;
    for (std::size_t i = 0; i < column_count; ++i) {
        const auto c = static_cast<column>(i);
        if (!has_column(layout_.format, c)) continue;
        if (h.has(i)) ++layout_.gdelt_columns;
        else layout_.absent.push_back(label(c));
    }
    summary_.extra_columns = h.extra.size();
    header_fields_ = h.fields;
    return true;
}

inline bool csv_reader::convert(std::vector<problem>& errors) {
    namespace d = detail::gdelt_csv;
    const std::span<const std::string_view> fields = framing_.fields();
    const std::uint64_t line = framing_.line();
    if (fields.size() != header_fields_) {
        errors.push_back({.code = problem_code::wrong_field_count, .line = line, .value = std::to_string(fields.size()) + " fields",
                          .expected = "as many fields as the header",
                          .message = std::to_string(fields.size()) + " fields where the header has " + std::to_string(header_fields_)});
        return false;
    }
    // The row as GDELT would have written it, in the layout's column order, read by the native
    // parser: the same checks, the same record.
    line_.clear();
    bool restored = false;
    const std::size_t count = field_count_of(layout_.format);
    for (std::size_t p = 0; p < count; ++p) {
        const column c = column_at(layout_.format, p);
        const std::size_t at = index_[static_cast<std::size_t>(c)];
        std::string_view v = at == header_columns::absent ? std::string_view{} : fields[at];
        if (v == "NA") v = {};
        if (p != 0) line_ += '\t';
        if (d::has_line_or_tab(v)) {
            errors.push_back({.code = problem_code::invalid_syntax, .line = line, .column = at + 1, .column_name = label(c),
                              .value = shown_field(v), .expected = "a GDELT value",
                              .message = "a tab or a line break inside a field (GDELT values have none)"});
            continue;
        }
        if (d::whole_number_column(c)) {
            const std::string_view whole = d::without_zero_fraction(v);
            if (whole.size() != v.size()) ++decimal_whole_numbers_;
            v = whole;
        }
        if (c == column::sql_date && v.empty())
            errors.push_back({.code = problem_code::missing_value, .line = line, .column = at + 1, .column_name = label(c),
                              .expected = "a date as YYYYMMDD"});
        if (c == column::event_root_code) {
            if (const std::optional<std::string> root = d::restored_root(v)) {
                restored = true;
                line_ += *root;
                continue;
            }
        } else if (d::cameo_column(c) && !v.empty()) {
            bool zero_back = false;
            if (const std::optional<cameo_code> code = detail::restored_cameo_code(v, zero_back); code && zero_back) {
                restored = true;
                line_ += code->str();
                continue;
            }
        }
        line_ += v;
    }
    if (!errors.empty()) return false;
    std::vector<problem> found;
    bool non_ascii = false;
    bool good = detail::gdelt::parse_line(line_, line, record_, found, non_ascii);
    if (good && non_ascii) {
        const std::size_t bad = check_utf8(record_, line, found);
        if (options_.mode == read_mode::strict) good = bad == 0;
        else {
            invalid_utf8_fields_ += bad;
            found.clear();
        }
    }
    // The parser locates a problem in the native row; the reader's user sees the file's column.
    for (problem& e : found) {
        const auto known = std::find(column_labels.begin(), column_labels.end(), e.column_name);
        const std::size_t at = known == column_labels.end() ? header_columns::absent
                                                            : index_[static_cast<std::size_t>(known - column_labels.begin())];
        e.column = at == header_columns::absent ? 0 : at + 1;
        errors.push_back(std::move(e));
    }
    if (!good) return false;
    if (restored) {
        ++restored_codes_;
        const std::size_t at = index_[static_cast<std::size_t>(column::event_code)];
        summary_.note({.code = problem_code::repaired_value, .severity = severity::note, .line = line, .column = at + 1,
                       .column_name = label(column::event_code), .value = shown_field(fields[at]),
                       .expected = "a CAMEO code with its leading zero",
                       .message = "a CAMEO code had lost its leading zero (read as " + std::string{record_.event.code.str()} + ")"},
                      options_);
    }
    return true;
}

inline const record* csv_reader::next() {
    if (summary_.stopped) return nullptr;
    if (!header_read_ && !read_header()) return nullptr;
    const auto parse = [&](std::span<const std::string_view>, std::vector<problem>& errors) { return convert(errors); };
    if (!next_row(framing_, summary_, options_, parse)) return nullptr;
    line_number_ = framing_.line();
    return &record_;
}

}  // namespace bilateral::gdelt
