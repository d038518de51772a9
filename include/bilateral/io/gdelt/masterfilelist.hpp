// SPDX-License-Identifier: BSL-1.0
/// GDELT's master file list (`masterfilelist.txt`: one `SIZE MD5 URL` line per published file) and
/// the times that GDELT's file names stand for, to check a local archive against the list.
#pragma once
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <bilateral/core/date.hpp>

namespace bilateral::gdelt {

/// One line of the master file list.
struct listed_file {
    std::uint64_t size = 0;       ///< bytes
    std::string_view md5{};       ///< 32 lower-case hexadecimal digits
    std::string_view url{};       ///< "http://data.gdeltproject.org/gdeltv2/20190121221500.export.CSV.zip"

    /// The file's name: the URL after its last '/'.
    [[nodiscard]] constexpr std::string_view name() const noexcept { return url.substr(url.rfind('/') + 1); }
};

/// Reads "SIZE MD5 URL" (fields separated by one or more blanks; a final '\r' ignored); nullopt,
/// with what is wrong in `why`, for another line.
[[nodiscard]] std::optional<listed_file> parse_listed_file(std::string_view line, std::string& why);

/// What a GDELT file name says: its time and its kind. GDELT 2.0 names a file by the quarter-hour
/// it covers ("20190121221500.export.CSV.zip"), GDELT 1.0 daily files by their day
/// ("20141124.export.CSV.zip").
struct file_stamp {
    bilateral::date day{};
    int minute_of_day = -1;     ///< 0–1425 in steps of 15 for GDELT 2.0; -1 for a daily file
    std::string_view kind{};    ///< what follows the stamp up to the extension: "export", "mentions", "gkg"

    /// Quarter-hours since 1970-01-01 00:00 (GDELT 2.0 files only).
    [[nodiscard]] std::int64_t quarter_hour() const noexcept;
    /// "2019-01-21 22:15" or "2014-11-24".
    [[nodiscard]] std::string text() const;
};

/// The stamp of a file name; nullopt when the name does not start with a GDELT stamp.
[[nodiscard]] std::optional<file_stamp> stamp_of(std::string_view file_name) noexcept;

/// The stamp text of a quarter-hour ("2019-01-21 22:15").
[[nodiscard]] std::string quarter_hour_text(std::int64_t quarter_hour);

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail_masterfilelist {

[[nodiscard]] inline bool is_hex_lower(std::string_view s) noexcept {
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace detail_masterfilelist

inline std::optional<listed_file> parse_listed_file(std::string_view line, std::string& why) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::array<std::string_view, 3> fields{};
    std::size_t n = 0;
    for (std::size_t at = 0; at < line.size();) {
        while (at < line.size() && line[at] == ' ') ++at;
        if (at == line.size()) break;
        const std::size_t end = std::min(line.find(' ', at), line.size());
        if (n == fields.size()) {
            why = "more than three fields (SIZE MD5 URL)";
            return std::nullopt;
        }
        fields[n++] = line.substr(at, end - at);
        at = end;
    }
    if (n != 3) {
        why = "expected SIZE MD5 URL, found " + std::to_string(n) + " field" + (n == 1 ? "" : "s");
        return std::nullopt;
    }
    listed_file f;
    const auto [end, ec] = std::from_chars(fields[0].data(), fields[0].data() + fields[0].size(), f.size);
    if (ec != std::errc{} || end != fields[0].data() + fields[0].size()) {
        why = "SIZE is not a number of bytes: '" + std::string{fields[0]} + "'";
        return std::nullopt;
    }
    if (fields[1].size() != 32 || !detail_masterfilelist::is_hex_lower(fields[1])) {
        why = "MD5 is not 32 lower-case hexadecimal digits: '" + std::string{fields[1]} + "'";
        return std::nullopt;
    }
    f.md5 = fields[1];
    f.url = fields[2];
    if (f.name().empty()) {
        why = "the URL names no file: '" + std::string{fields[2]} + "'";
        return std::nullopt;
    }
    return f;
}

inline std::optional<file_stamp> stamp_of(std::string_view name) noexcept {
    std::size_t digits = 0;
    while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
    if ((digits != 8 && digits != 14) || digits == name.size() || name[digits] != '.') return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t count) {
        int v = 0;
        for (std::size_t i = at; i < at + count; ++i) v = v * 10 + (name[i] - '0');
        return v;
    };
    file_stamp s;
    s.day = date{number(0, 4), static_cast<unsigned>(number(4, 2)), static_cast<unsigned>(number(6, 2))};
    // "18230000" would be a year: a stamp names a day.
    if (!s.day.ok() || s.day.precision() != date_precision::day) return std::nullopt;
    if (digits == 14) {
        const int h = number(8, 2), m = number(10, 2), sec = number(12, 2);
        if (h > 23 || m > 59 || sec != 0 || m % 15 != 0) return std::nullopt;
        s.minute_of_day = h * 60 + m;
    }
    const std::string_view rest = name.substr(digits + 1);
    s.kind = rest.substr(0, rest.find('.'));
    return s;
}

inline std::int64_t file_stamp::quarter_hour() const noexcept {
    return std::int64_t{day_number(day)} * 96 + minute_of_day / 15;
}

inline std::string quarter_hour_text(std::int64_t quarter_hour) {
    const std::int64_t days = quarter_hour >= 0 ? quarter_hour / 96 : -((-quarter_hour + 95) / 96);
    const int minutes = static_cast<int>(quarter_hour - days * 96) * 15;
    std::string out{date_of_day_number(static_cast<std::int32_t>(days)).iso().view()};
    out += ' ';
    out += static_cast<char>('0' + minutes / 600);
    out += static_cast<char>('0' + minutes / 60 % 10);
    out += ':';
    out += static_cast<char>('0' + minutes % 60 / 10);
    out += static_cast<char>('0' + minutes % 10);
    return out;
}

inline std::string file_stamp::text() const {
    if (minute_of_day < 0) return std::string{day.iso().view()};
    return quarter_hour_text(quarter_hour());
}

}  // namespace bilateral::gdelt
