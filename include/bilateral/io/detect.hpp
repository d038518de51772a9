// SPDX-License-Identifier: BSL-1.0
/// Which of the formats the library reads a text is, from its first bytes, with the reason in
/// words, so that a program that detects can say what it saw (and a user can overrule it).
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/import/lines.hpp>

namespace bilateral {

enum class source_format : std::uint8_t {
    unknown,
    gdelt,      ///< GDELT's own event files: 57, 58 or 61 tab-separated fields, no header
    gdelt_csv,  ///< GDELT written back out with a header naming its columns
    icews,      ///< ICEWS Dataverse files: a header with Event ID, CAMEO Code, Source Country
    polecat,    ///< POLECAT files: a header with Event ID, Event Type, Event Mode
    phoenix,    ///< Phoenix files: 26 tab-separated fields, no header, the date second
    plover,     ///< PLOVER records: a JSON object per line, or a JSON array of them
    json,       ///< the library's JSON dataset: an object of record lists ("actors", "events", …)
};

/// The name the tool uses for `f` ("gdelt-csv").
[[nodiscard]] constexpr std::string_view name_of(source_format f) noexcept;

struct detection {
    source_format format = source_format::unknown;
    std::string reason{};  ///< what was seen: "a header naming GDELT's columns (comma-separated)"
    bool empty = false;    ///< nothing but blanks: no format to tell, and no rows in any
};

/// The format of a text from its beginning (`head`: the first few KiB are enough; only the first
/// line that is not blank is looked at, and for JSON its first key).
[[nodiscard]] detection detect_format(std::string_view head);

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr std::string_view name_of(source_format f) noexcept {
    switch (f) {
        case source_format::gdelt: return "gdelt";
        case source_format::gdelt_csv: return "gdelt-csv";
        case source_format::icews: return "icews";
        case source_format::polecat: return "polecat";
        case source_format::phoenix: return "phoenix";
        case source_format::plover: return "plover";
        case source_format::json: return "json";
        case source_format::unknown: break;
    }
    return "unknown";
}

inline detection detect_format(std::string_view head) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    const std::size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {source_format::unknown, "nothing but blanks", true};
    if (head[first] == '{' || head[first] == '[') {
        // The library's dataset is one object whose keys are its record lists; anything else in
        // JSON is taken as PLOVER records (an object per line, or an array of objects).
        static constexpr std::array<std::string_view, 8> lists{"sources", "actors", "places", "events",
                                                               "statements", "agreements", "indicators", "relations"};
        const std::size_t quote = head.find('"', first);
        const std::size_t close = quote == std::string_view::npos ? quote : head.find('"', quote + 1);
        const std::string_view key = close == std::string_view::npos ? std::string_view{} : head.substr(quote + 1, close - quote - 1);
        const bool object = head[first] == '{' && head.find_first_not_of(" \t\r\n", first + 1) == quote;
        if (object && std::find(lists.begin(), lists.end(), key) != lists.end())
            return {source_format::json, "a JSON object whose first key, \"" + std::string{key} + "\", is a record list of the library's dataset"};
        return {source_format::plover, head[first] == '[' ? "a JSON array (of PLOVER records)" : "a JSON object that is no dataset (a PLOVER record)"};
    }
    // The first line that is not blank, as it is: trailing tabs are empty fields, which count.
    std::string_view line;
    for_each_line(head, [&](std::string_view l, std::size_t) {
        if (line.empty()) line = l.ends_with('\r') ? l.substr(0, l.size() - 1) : l;
    });
    const char delimiter = delimiter_of(line);
    delimited_reader framing{line, {.delimiter = delimiter, .quoting = quoting::strip}};
    if (framing.next() != delimited_reader::status::record) return {source_format::unknown, "a first line that is not delimited text"};
    std::vector<std::string_view> fields{framing.fields().begin(), framing.fields().end()};
    const auto has = [&](std::string_view name) {
        return std::any_of(fields.begin(), fields.end(), [&](std::string_view f) { return same_column_name(trimmed(f), name); });
    };
    const std::string separated = delimiter == '\t' ? "tab-separated" : "comma-separated";
    if (has("GLOBALEVENTID") && has("SQLDATE"))
        return {source_format::gdelt_csv, "a header naming GDELT's columns (" + separated + ")"};
    if (has("Event ID") && has("CAMEO Code"))
        return {source_format::icews, "a header naming ICEWS's columns (Event ID, CAMEO Code; " + separated + ")"};
    if (has("Event ID") && has("Event Type") && has("Event Mode"))
        return {source_format::polecat, "a header naming POLECAT's columns (Event ID, Event Type, Event Mode; " + separated + ")"};
    const auto digits = [](std::string_view s, std::size_t n) {
        return s.size() == n && s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (delimiter == '\t') {
        const std::size_t n = fields.size();
        if ((n == 57 || n == 58 || n == 61) && !fields[0].empty() && digits(fields[1], 8))
            return {source_format::gdelt, std::to_string(n) + " tab-separated fields and no header (GDELT " +
                                              (n == 61 ? std::string{"2.0"} : n == 58 ? std::string{"1.0 daily"} : std::string{"1.0 backfile"}) +
                                              " rows)"};
        if (n == 26 && !fields[0].empty() && digits(fields[1], 8) && digits(fields[2], 4))
            return {source_format::phoenix, "26 tab-separated fields and no header, the second a date (Phoenix rows)"};
    }
    return {source_format::unknown, "a first line that is none of the formats' (" + std::to_string(fields.size()) + " " + separated + " fields)"};
}

}  // namespace bilateral
