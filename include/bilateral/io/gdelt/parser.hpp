// SPDX-License-Identifier: BSL-1.0
/// Parsing one GDELT event row (a line without its terminator) into a typed record, with errors that name the column.
#pragma once
#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <bilateral/core/country.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/gdelt/codes.hpp>
#include <bilateral/io/gdelt/columns.hpp>
#include <bilateral/io/gdelt/decimal.hpp>
#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/io/gdelt/timestamp.hpp>
#include <bilateral/core/problem.hpp>
#include <bilateral/io/import/fields.hpp>
#include <bilateral/io/import/shown_field.hpp>

namespace bilateral::gdelt {

/// Problems are the library's one problem type (core/problem.hpp), located by line and column.
using bilateral::describe;

/// The fields of one row split on tabs: at most `max_fields` views are stored; the return value
/// is the number of fields the line has (which may be more). Zero-copy: views into `line`.
std::size_t split_fields(std::string_view line, std::string_view* fields, std::size_t max_fields) noexcept;

/// Parses one row (a line without its '\n' or "\r\n") into `out`. Its layout is chosen by its
/// field count (57, 58 or 61). Returns true if every field is well formed; otherwise appends one
/// error per bad field to `errors` (or one for the row, for a wrong field count) and leaves `out`
/// partly filled. Text fields of `out` view `line`.
bool parse_row(std::string_view line, std::uint64_t line_number, record& out, std::vector<problem>& errors);

/// Checks the free-text fields of `r` (codes, names, ADM codes, feature ids, SOURCEURL: the
/// fields `parse_row` keeps as they are) for invalid UTF-8, and appends one error per bad field
/// ("invalid UTF-8 at byte K of the field"). `r` was read from line `line_number`. Returns the
/// number of bad fields. (`parse_row` does not check this: a reader does, in strict mode as an
/// error, in lenient mode as a count.)
std::size_t check_utf8(const record& r, std::uint64_t line_number, std::vector<problem>& errors);

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

using bilateral::gdelt::column;
using bilateral::gdelt::format;

/// What each kind of column must hold, as error messages say it.
namespace expect {
inline constexpr std::string_view id = "a GLOBALEVENTID: 1-20 digits, no leading zero";
inline constexpr std::string_view day = "a date as YYYYMMDD";
inline constexpr std::string_view month = "a month as YYYYMM";
inline constexpr std::string_view year = "a year as YYYY";
inline constexpr std::string_view decimal = "a decimal number such as -12.345 (at most 19 digits) or nothing";
inline constexpr std::string_view actor_part = "a three-character CAMEO code (letters or digits) or nothing";
inline constexpr std::string_view root_flag = "0, 1 or nothing";
inline constexpr std::string_view cameo = "a CAMEO event code (2-4 digits, root 01-20) or nothing";
inline constexpr std::string_view quad = "a quad class 1-4 or nothing";
inline constexpr std::string_view goldstein = "a Goldstein value -10 to 10 with at most one decimal, or nothing";
inline constexpr std::string_view count = "a count (digits, no leading zero, below 2^32) or nothing";
inline constexpr std::string_view geo = "a geographic type 0-5 or nothing";
inline constexpr std::string_view fips = "a FIPS 10-4 country code (two capital letters) or nothing";
inline constexpr std::string_view country = "a CAMEO country code (three capital letters, such as SYR) or nothing";
inline constexpr std::string_view latitude = "a latitude from -90 to 90 (a decimal number such as 51.1801) or nothing";
inline constexpr std::string_view longitude = "a longitude from -180 to 180 (a decimal number such as 71.446) or nothing";
inline constexpr std::string_view text = "text in UTF-8";
inline constexpr std::string_view added = "a time as YYYYMMDDHHMMSS (GDELT 2.0) or a date as YYYYMMDD (GDELT 1.0), or nothing";
inline constexpr std::string_view fields =
    "57 (GDELT 1.0 historical), 58 (GDELT 1.0 daily) or 61 (GDELT 2.0) tab-separated fields";
inline constexpr std::string_view more_fields =
    "more fields: a row has 57 (GDELT 1.0 historical), 58 (GDELT 1.0 daily) or 61 (GDELT 2.0) tab-separated fields";
}  // namespace expect

/// What a line that is no GDELT row looks like, for its error message; "" if nothing is recognised.
/// True if `line` starts with the signature of a zip or gzip archive (binary: not shown in messages).
[[nodiscard]] constexpr bool is_archive(std::string_view line) noexcept {
    return line.starts_with("PK\x03\x04") || line.starts_with("\x1F\x8B");
}

/// A zip or gzip archive starts with its signature; a header row starts with a GDELT column label
/// ("GLOBALEVENTID"); comma-separated text has commas and no tab. (Error path only.)
[[gnu::cold]] inline std::string_view looks_like(std::string_view line) {
    if (line.starts_with("PK\x03\x04")) return "looks like a zip archive; GDELT event files are read unzipped";
    if (line.starts_with("\x1F\x8B")) return "looks like a gzip archive; GDELT event files are read uncompressed";
    const bool csv = line.find('\t') == std::string_view::npos && line.find(',') != std::string_view::npos;
    std::string_view first = line.substr(0, line.find_first_of(csv ? "," : "\t"));
    if (first.starts_with("\xEF\xBB\xBF")) first.remove_prefix(3);
    if (first.size() >= 2 && first.front() == '"' && first.back() == '"') first = first.substr(1, first.size() - 2);
    const auto same = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
            if (lower(a[i]) != lower(b[i])) return false;
        }
        return true;
    };
    bool header = false;
    for (std::string_view label : bilateral::gdelt::column_labels) header = header || same(first, label);
    if (csv && header)
        return "looks like comma-separated text with a header row; GDELT event files are tab-separated without a header";
    if (csv) return "looks like comma-separated text; GDELT event files are tab-separated";
    if (header) return "looks like a header row; GDELT event files have no header";
    return {};
}

inline std::string shown(std::string_view text) { return bilateral::shown_field(text); }

/// Unsigned decimal digits without a leading zero (except "0" itself), at most `limit`.
template <class T>
[[nodiscard]] BILATERAL_GDELT_INLINE constexpr bool parse_unsigned(std::string_view s, T& out, std::uint64_t limit) noexcept {
    if (s.empty() || s.size() > 20 || (s[0] == '0' && s.size() > 1)) return false;
    std::uint64_t v = 0;
    if (s.size() <= 19) {  // cannot overflow 64 bits
        std::size_t i = 0;
        std::uint32_t eight = 0;
        if (!std::is_constant_evaluated() && s.size() >= 8) {  // GLOBALEVENTID: 7-10 digits
            if (!eight_digits(s.data(), eight)) return false;
            v = eight;
            i = 8;
        }
        for (; i < s.size(); ++i) {
            if (static_cast<unsigned char>(s[i] - '0') >= 10) return false;
            v = v * 10 + static_cast<std::uint64_t>(s[i] - '0');
        }
        if (v > limit) return false;
    } else {
        for (char c : s) {
            if (static_cast<unsigned char>(c - '0') >= 10) return false;
            const auto d = static_cast<std::uint64_t>(c - '0');
            if (v > (limit - d) / 10) return false;
            v = v * 10 + d;
        }
    }
    out = static_cast<T>(v);
    return true;
}

/// A valid day-precision date: the common case (day 1-28) without the calendar.
[[nodiscard]] BILATERAL_GDELT_INLINE constexpr bool valid_day(unsigned year, unsigned month, unsigned day) noexcept {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    return day <= 28 || day <= days_in_month(static_cast<int>(year), month);
}

/// A Goldstein value: -?D{1,2}(.D)? within ±10, in tenths; `decimals` says whether a point was written.
[[nodiscard]] BILATERAL_GDELT_INLINE constexpr bool parse_goldstein(std::string_view s, std::int16_t& tenths, std::uint8_t& decimals) noexcept {
    bool negative = false;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    const std::size_t point = s.find('.');
    const std::string_view whole = s.substr(0, point);
    if (whole.empty() || whole.size() > 2 || (whole.size() == 2 && whole[0] == '0')) return false;
    int v = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    v *= 10;
    decimals = 0;
    if (point != std::string_view::npos) {
        if (s.size() != point + 2 || s[point + 1] < '0' || s[point + 1] > '9') return false;
        v += s[point + 1] - '0';
        decimals = 1;
    }
    if (v > 100 || (negative && v == 0)) return false;  // "-0.0" could not be written back
    tenths = static_cast<std::int16_t>(negative ? -v : v);
    return true;
}

/// The text of a well-formed CAMEO event code (as `cameo_code::ok`): 2-4 digits, root 01-20.
[[nodiscard]] BILATERAL_GDELT_INLINE constexpr bool is_cameo(std::string_view s) noexcept {
    if (s.size() < 2 || s.size() > 4) return false;
    for (char c : s)
        if (static_cast<unsigned char>(c - '0') >= 10) return false;
    const int root = (s[0] - '0') * 10 + (s[1] - '0');
    return root >= 1 && root <= 20;
}

/// Converts the fields of a row of layout F into `out`, reporting bad fields to `errors`.
/// `ends[i]` is the offset in `line` where field i ends (its tab, or the end of the line).
template <format F>
class row_converter {
public:
    row_converter(std::string_view line, const std::uint32_t* ends, std::uint64_t line_number,
                  bilateral::gdelt::record& out, std::vector<problem>& errors) noexcept
        : line_{line.data()}, ends_{ends}, line_number_{line_number}, out_{out}, errors_{errors} {}

    bool run() {
        out_.format = F;
        if (!parse_unsigned(at<column::global_event_id>(), out_.id, ~std::uint64_t{0})) [[unlikely]] bad_id();
        dates();
        actor<column::actor1_code>(out_.actor1);
        actor<column::actor2_code>(out_.actor2);
        event();
        geo<column::actor1_geo_type>(out_.actor1_geo);
        geo<column::actor2_geo_type>(out_.actor2_geo);
        geo<column::action_geo_type>(out_.action_geo);
        added();
        if constexpr (F != format::v1_historical) out_.source_url = at<column::source_url>();
        else out_.source_url = {};
        return ok_;
    }

private:
    template <column C>
    static constexpr std::size_t index = bilateral::gdelt::position(F, C);
    template <column C, int By>
    static constexpr column next = static_cast<column>(static_cast<int>(C) + By);

    template <column C>
    [[nodiscard]] std::string_view at() const noexcept {
        constexpr std::size_t i = index<C>;
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1] + std::size_t{1};
        return {line_ + begin, ends_[i] - begin};
    }
    /// Reports column C as bad. `expected` is one of `expect`'s texts, which live as long as the
    /// program: the problem views it and the column's label rather than copying them.
    template <column C>
    [[gnu::noinline, gnu::cold]] void fail(problem_code code, std::string_view expected) {
        ok_ = false;
        errors_.push_back(problem{.code = code,
                                  .line = line_number_,
                                  .column = index<C> + 1,
                                  .column_name = problem_text::borrow(bilateral::gdelt::label(C)),
                                  .value = shown(at<C>()),
                                  .expected = problem_text::borrow(expected)});
    }

    /// Says why GLOBALEVENTID is wrong where "expected 1-20 digits" would not.
    [[gnu::noinline, gnu::cold]] void bad_id() {
        const std::string_view id = at<column::global_event_id>();
        const std::string_view line{line_, ends_[bilateral::gdelt::field_count_of(F) - 1]};
        if (id.empty()) {
            fail<column::global_event_id>(problem_code::missing_value, expect::id);
        } else if (id.starts_with("\xEF\xBB\xBF")) {
            fail<column::global_event_id>(problem_code::malformed_value, expect::id);
            problem& e = errors_.back();
            e.value = {};
            e.message = line_number_ > 1 ? "a byte order mark (U+FEFF) in the middle of the file"
                                         : "a byte order mark (U+FEFF) before the first field";
        } else if (id.size() == 20 && id[0] != '0' && id.find_first_not_of("0123456789") == std::string_view::npos) {
            fail<column::global_event_id>(problem_code::out_of_range, expect::id);
            errors_.back().message = "exceeds 18446744073709551615, the largest GLOBALEVENTID";
        } else if (const std::string_view hint = looks_like(line); !hint.empty()) {
            // An archive or a header row: no GDELT row at all.
            fail<column::global_event_id>(problem_code::unknown_layout, expect::id);
            problem& e = errors_.back();
            e.message = hint;
            if (is_archive(line)) e.value = {};
        } else {
            fail<column::global_event_id>(problem_code::malformed_value, expect::id);
        }
    }

    void dates() {
        auto& d = out_.dates;
        // SQLDATE, then MonthYear and Year, which GDELT derives from it (so compared, not parsed).
        const std::string_view day = at<column::sql_date>();
        std::uint32_t v = 0;
        bool good = day.size() == 8 && eight_digits(day.data(), v);
        if (good) [[likely]] {
            const unsigned y = v / 10000, m = v / 100 % 100, dd = v % 100;
            d.day = date{static_cast<int>(y), m, dd};
            good = valid_day(y, m, dd);
        } else {
            d.day = date{};
        }
        day_ok_ = good;
        if (!good && !day.empty())
            fail<column::sql_date>(day.size() == 8 && all_digits(day) ? problem_code::invalid_date : problem_code::malformed_value,
                                   expect::day);
        compact<column::month_year>(6, d.month, day, date{d.day.year(), d.day.month()}, expect::month);
        compact<column::year>(4, d.year, day, date{d.day.year()}, expect::year);
        number<column::fraction_date>(d.fraction);
    }
    /// DATEADDED (checked last: it is the last column but one).
    void added() {
        auto& d = out_.dates;
        const std::string_view text = at<column::date_added>();
        std::uint32_t hi = 0, lo = 0;
        if (text.size() == 14 && eight_digits(text.data(), hi) && eight_digits(text.data() + 6, lo)) [[likely]] {
            const unsigned y = hi / 10000, m = hi / 100 % 100, dd = hi % 100;
            const unsigned h = lo / 10000 % 100, min = lo / 100 % 100, sec = lo % 100;
            d.added = bilateral::gdelt::timestamp{date{static_cast<int>(y), m, dd}, h, min, sec};
            if (!valid_day(y, m, dd) || h > 23 || min > 59 || sec > 59) fail<column::date_added>(problem_code::invalid_date, expect::added);
        } else if (const auto t = bilateral::gdelt::timestamp::parse(text)) {
            d.added = *t;
        } else {
            const bool digits = (text.size() == 8 || text.size() == 14) && all_digits(text);
            fail<column::date_added>(digits ? problem_code::invalid_date : problem_code::malformed_value, expect::added);
        }
    }
    /// MonthYear or Year: the leading digits of a valid SQLDATE (`derived`), or parsed on their own.
    template <column C>
    void compact(std::size_t digits, date& out, std::string_view day, date derived, std::string_view expected) {
        const std::string_view s = at<C>();
        if (s.size() == digits && day_ok_ && std::memcmp(s.data(), day.data(), digits) == 0) [[likely]] {
            out = derived;
            return;
        }
        if (s.empty()) {
            out = date{};
            return;
        }
        const auto parsed = s.size() == digits ? bilateral::gdelt::parse_compact_date(s) : std::nullopt;
        if (parsed) out = *parsed;
        else fail<C>(s.size() == digits && all_digits(s) ? problem_code::invalid_date : problem_code::malformed_value, expected);
    }
    template <column C>
    void number(bilateral::gdelt::decimal& out) {
        if (!bilateral::gdelt::decimal::parse_into(at<C>(), out)) [[unlikely]] fail<C>(problem_code::malformed_value, expect::decimal);
    }
    template <column C>
    void code(bilateral::gdelt::actor_code& out) {
        const bilateral::gdelt::actor_code parsed{at<C>()};
        if (parsed.empty() || parsed.ok()) [[likely]] out = parsed;
        else fail<C>(problem_code::malformed_code, expect::actor_part);
    }
    /// ActorNCountryCode: a CAMEO country code, which GDELT writes in capital letters.
    template <column C>
    void country(bilateral::gdelt::actor_code& out) {
        const std::string_view s = at<C>();
        if (s.empty() || (s.size() == 3 && is_upper(s[0]) && is_upper(s[1]) && is_upper(s[2]))) [[likely]] {
            out = bilateral::gdelt::actor_code{s};
            return;
        }
        fail<C>(problem_code::malformed_code, expect::country);
        if (s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); })) {
            std::string upper{s};
            for (char& c : upper)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            errors_.back().message = "CAMEO country codes are capital letters: expected " + upper;
        }
    }
    /// A latitude or longitude: a decimal within ±`limit` degrees.
    template <column C>
    void coordinate(bilateral::gdelt::decimal& out, std::uint64_t limit, std::string_view expected) {
        if (!bilateral::gdelt::decimal::parse_into(at<C>(), out)) [[unlikely]] fail<C>(problem_code::malformed_value, expected);
        else if (out.integer_digits() > 1 && beyond(out, limit)) [[unlikely]] fail<C>(problem_code::out_of_range, expected);
    }
    /// |d| > limit, for a decimal of two integer digits or more (so at most 17 fraction digits:
    /// limit × 10^17 fits in 64 bits for a limit up to 184). A product, not a division, per value.
    [[nodiscard]] static bool beyond(const bilateral::gdelt::decimal& d, std::uint64_t limit) noexcept {
        return d.digits() > limit * powers_of_ten[d.fraction_digits()];
    }
    template <column C>
    void cameo(cameo_code& out) {
        const std::string_view s = at<C>();
        if (is_cameo(s)) [[likely]] {
            // Built in place: a temporary copied over would cost a store-forwarding stall per code.
            std::construct_at(&out, s);
        } else if (s.empty()) {
            out = cameo_code{};
        } else {
            fail<C>(problem_code::malformed_code, expect::cameo);
        }
    }
    template <column C>
    void count(std::optional<std::uint32_t>& out) {
        const std::string_view s = at<C>();
        std::uint32_t v = 0;
        if (s.empty()) out.reset();
        else if (parse_unsigned(s, v, 0xFFFFFFFFu)) [[likely]] out = v;
        else fail<C>(number_beyond(s, 0xFFFFFFFFu) ? problem_code::out_of_range : problem_code::malformed_value, expect::count);
    }
    template <column First>
    void actor(bilateral::gdelt::actor_block& a) {
        a.code = at<First>();
        a.name = at<next<First, 1>>();
        country<next<First, 2>>(a.country);
        code<next<First, 3>>(a.known_group);
        code<next<First, 4>>(a.ethnic);
        code<next<First, 5>>(a.religion1);
        code<next<First, 6>>(a.religion2);
        code<next<First, 7>>(a.type1);
        code<next<First, 8>>(a.type2);
        code<next<First, 9>>(a.type3);
    }
    void event() {
        auto& e = out_.event;
        const std::string_view root = at<column::is_root_event>();
        if (root.empty()) e.is_root.reset();
        else if (root.size() == 1 && (root[0] == '0' || root[0] == '1')) [[likely]] e.is_root = root[0] == '1';
        else fail<column::is_root_event>(problem_code::malformed_value, expect::root_flag);
        cameo<column::event_code>(e.code);
        cameo<column::event_base_code>(e.base);
        cameo<column::event_root_code>(e.root);
        const std::string_view quad = at<column::quad_class>();
        if (quad.size() == 1 && quad[0] >= '1' && quad[0] <= '4') [[likely]] e.quad_class = static_cast<quad_class>(quad[0] - '0');
        else if (quad.empty()) e.quad_class = quad_class::unknown;
        else fail<column::quad_class>(all_digits(quad) ? problem_code::out_of_range : problem_code::malformed_value, expect::quad);
        const std::string_view g = at<column::goldstein_scale>();
        std::int16_t tenths = 0;
        std::uint8_t decimals = 1;
        if (g.empty()) {
            e.goldstein.reset();
            e.goldstein_decimals = 1;
        } else if (parse_goldstein(g, tenths, decimals)) [[likely]] {
            e.goldstein = bilateral::goldstein{.tenths = tenths, .table = goldstein_table::gdelt};
            e.goldstein_decimals = decimals;
        } else {
            fail<column::goldstein_scale>(number_beyond(g, 10) ? problem_code::out_of_range : problem_code::malformed_value,
                                          expect::goldstein);
        }
        count<column::num_mentions>(e.mentions);
        count<column::num_sources>(e.sources);
        count<column::num_articles>(e.articles);
        number<column::avg_tone>(e.tone);
    }
    /// A geography block: type, full name, country, ADM1, ADM2 (2.0 only), lat, long, feature id.
    template <column Type>
    void geo(bilateral::gdelt::geo_block& g) {
        const std::string_view type = at<Type>();
        if (type.size() == 1 && type[0] >= '0' && type[0] <= '5') [[likely]]
            g.type = static_cast<bilateral::gdelt::geo_type>(type[0] - '0');
        else if (type.empty()) g.type.reset();
        else fail<Type>(all_digits(type) ? problem_code::out_of_range : problem_code::malformed_value, expect::geo);
        g.full_name = at<next<Type, 1>>();
        const std::string_view fips = at<next<Type, 2>>();
        if (fips.empty() || (fips.size() == 2 && is_upper(fips[0]) && is_upper(fips[1]))) [[likely]] {
            g.fips = fips;
            g.country = bilateral::gdelt::country_of_fips(fips);
        } else {
            fail<next<Type, 2>>(problem_code::malformed_code, expect::fips);
        }
        g.adm1 = at<next<Type, 3>>();
        if constexpr (F == format::v2) g.adm2 = at<next<Type, 4>>();
        else g.adm2 = {};
        coordinate<next<Type, 5>>(g.lat, 90, expect::latitude);
        coordinate<next<Type, 6>>(g.lon, 180, expect::longitude);
        g.feature_id = at<next<Type, 7>>();
    }

    const char* line_;
    const std::uint32_t* ends_;
    std::uint64_t line_number_;
    bilateral::gdelt::record& out_;
    std::vector<problem>& errors_;
    bool ok_ = true;
    bool day_ok_ = false;  // SQLDATE is a valid 8-digit date
};

/// The offsets where the fields of `line` end (each tab, then the end of the line): at most
/// `max` are stored; returns the number of fields. The tab search runs eight bytes at a time.
/// `non_ascii` tells whether the line has a byte above 0x7F (found on the way, at no extra pass).
inline std::size_t field_ends(std::string_view line, std::uint32_t* ends, std::size_t max, bool& non_ascii) noexcept {
    const char* const begin = line.data();
    const char* const end = begin + line.size();
    std::size_t n = 0;
    std::uint64_t any = 0;
    const char* p = begin;
    if constexpr (std::endian::native == std::endian::little) {
        // The high bit of each byte that is a tab, exactly (no false positives).
        constexpr std::uint64_t ones = 0x0101010101010101u, low7 = 0x7F7F7F7F7F7F7F7Fu;
        for (; end - p >= 8; p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            any |= w;
            const std::uint64_t x = w ^ (ones * '\t');
            std::uint64_t tabs = ~(((x & low7) + low7) | x | low7);
            const auto base = static_cast<std::uint32_t>(p - begin);
            while (tabs != 0) {
                if (n < max) [[likely]] ends[n] = base + static_cast<std::uint32_t>(std::countr_zero(tabs) >> 3);
                ++n;
                tabs &= tabs - 1;
            }
        }
    }
    for (; p != end; ++p) {
        any |= static_cast<unsigned char>(*p);
        if (*p == '\t') {
            if (n < max) ends[n] = static_cast<std::uint32_t>(p - begin);
            ++n;
        }
    }
    if (n < max) ends[n] = static_cast<std::uint32_t>(line.size());
    non_ascii = (any & 0x8080808080808080u) != 0;
    return n + 1;
}

/// `parse_row`, telling also whether the line has a byte above 0x7F (text to check for UTF-8).
bool parse_line(std::string_view line, std::uint64_t line_number, bilateral::gdelt::record& out,
                std::vector<problem>& errors, bool& non_ascii);

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

inline std::size_t split_fields(std::string_view line, std::string_view* fields, std::size_t max_fields) noexcept {
    constexpr std::size_t stored = column_count + 1;
    std::array<std::uint32_t, stored> ends;
    std::size_t n = 0, known = 0;
    if (line.size() <= 0xFFFFFFFEu) {
        bool non_ascii = false;
        n = detail::gdelt::field_ends(line, ends.data(), stored, non_ascii);
        known = std::min(n, stored);
    } else {
        n = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
    }
    std::size_t begin = 0;
    for (std::size_t i = 0; i < n && i < max_fields; ++i) {
        // Beyond the stored ends (more fields than the longest row), one tab at a time.
        const std::size_t end = i < known ? ends[i] : std::min(line.find('\t', begin), line.size());
        fields[i] = line.substr(begin, end - begin);
        begin = end + 1;
    }
    return n;
}

inline bool parse_row(std::string_view line, std::uint64_t line_number, record& out, std::vector<problem>& errors) {
    bool non_ascii = false;
    return detail::gdelt::parse_line(line, line_number, out, errors, non_ascii);
}

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

inline bool parse_line(std::string_view line, std::uint64_t line_number, bilateral::gdelt::record& out,
                       std::vector<problem>& errors, bool& non_ascii) {
    using namespace bilateral::gdelt;
    std::array<std::uint32_t, column_count> ends;  // not initialised: field_ends writes what is read
    non_ascii = true;  // a line too long to split is checked, if ever, as if it had such bytes
    const std::size_t n = line.size() > 0xFFFFFFFEu ? 0 : detail::gdelt::field_ends(line, ends.data(), column_count, non_ascii);
    switch (n) {
        case 61: return detail::gdelt::row_converter<format::v2>{line, ends.data(), line_number, out, errors}.run();
        case 58: return detail::gdelt::row_converter<format::v1_daily>{line, ends.data(), line_number, out, errors}.run();
        case 57: return detail::gdelt::row_converter<format::v1_historical>{line, ends.data(), line_number, out, errors}.run();
        default: break;
    }
    problem e{.code = problem_code::wrong_field_count, .line = line_number, .expected = problem_text::borrow(detail::gdelt::expect::fields)};
    if (n == 0) {
        e.code = problem_code::too_long;
        e.value = "a line of 4 GiB or more";
    } else if (const std::string_view hint = detail::gdelt::looks_like(line); !hint.empty()) {
        // An archive, comma-separated text or a header row: say so, rather than "expected more fields".
        e.code = problem_code::unknown_layout;
        if (!detail::gdelt::is_archive(line)) e.value = detail::gdelt::shown(line);
        e.message = hint;
    } else if (n < 57) {
        // The row ends early: point at the first column that is missing (named where every
        // layout has the same column there).
        e.column = n + 1;
        if (n < common_prefix_columns) e.column_name = problem_text::borrow(column_labels[n]);
        e.expected = problem_text::borrow(detail::gdelt::expect::more_fields);
    } else {
        // 59, 60 or more than 61 fields: the row as a whole.
        e.value = std::to_string(n) + " fields";
    }
    errors.push_back(std::move(e));
    return false;
}

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

inline std::size_t check_utf8(const record& r, std::uint64_t line_number, std::vector<problem>& errors) {
    std::size_t bad = 0;
    const auto check = [&](column c, std::string_view text) {
        if (!has_column(r.format, c)) return;
        const std::size_t at = detail::utf8::first_invalid(text);
        if (at == std::string_view::npos) return;
        ++bad;
        errors.push_back(problem{.code = problem_code::invalid_utf8,
                                 .line = line_number,
                                 .column = position(r.format, c) + 1,
                                 .column_name = problem_text::borrow(label(c)),
                                 .value = detail::gdelt::shown(text),
                                 .expected = problem_text::borrow(detail::gdelt::expect::text),
                                 .message = "invalid UTF-8 at byte " + std::to_string(at + 1) + " of the field"});
    };
    using c = column;
    check(c::actor1_code, r.actor1.code);
    check(c::actor1_name, r.actor1.name);
    check(c::actor2_code, r.actor2.code);
    check(c::actor2_name, r.actor2.name);
    const auto geo = [&](const geo_block& g, column type) {
        const auto after = [type](int by) { return static_cast<column>(static_cast<int>(type) + by); };
        check(after(1), g.full_name);
        check(after(3), g.adm1);
        check(after(4), g.adm2);
        check(after(7), g.feature_id);
    };
    geo(r.actor1_geo, c::actor1_geo_type);
    geo(r.actor2_geo, c::actor2_geo_type);
    geo(r.action_geo, c::action_geo_type);
    check(c::source_url, r.source_url);
    return bad;
}

}  // namespace bilateral::gdelt
