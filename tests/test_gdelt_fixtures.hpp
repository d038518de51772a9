// SPDX-License-Identifier: BSL-1.0
// Small GDELT rows written for the tests (invented values in GDELT's layouts, not copied from any file).
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace gdelt_fixtures {

/// The 61 fields of an invented GDELT 2.0 row: China's government makes a visit to Kazakhstan.
inline std::vector<std::string> v2_fields() {
    return {
        "1000001", "20240703", "202407", "2024", "2024.5014",                           // 1-5: id, dates
        "CHNGOV", "CHINESE GOVERNMENT", "CHN", "", "", "", "", "GOV", "", "",            // 6-15: Actor1
        "KAZ", "KAZAKHSTAN", "KAZ", "", "", "", "", "", "", "",                          // 16-25: Actor2
        "1", "042", "042", "04", "1", "1.9", "12", "3", "12", "-0.84210526315789",       // 26-35: event
        "1", "China", "CH", "CH", "", "35", "105", "CH",                                 // 36-43: Actor1Geo
        "4", "Astana, Astana, Kazakhstan", "KZ", "KZ05", "", "51.1801", "71.446", "-1234567",  // 44-51
        "4", "Astana, Astana, Kazakhstan", "KZ", "KZ05", "", "51.1801", "71.446", "-1234567",  // 52-59
        "20240703121500", "https://example.org/news/2024/07/03/visit",                 // 60-61
    };
}

/// The same event as a GDELT 1.0 daily row (58 fields: no ADM2 columns; DATEADDED a day).
inline std::vector<std::string> v1_daily_fields() {
    std::vector<std::string> f = v2_fields();
    // 0-based positions in the 2.0 row, erased from the back so that the earlier ones stay put.
    f.erase(f.begin() + 55);  // ActionGeo_ADM2Code
    f.erase(f.begin() + 47);  // Actor2Geo_ADM2Code
    f.erase(f.begin() + 39);  // Actor1Geo_ADM2Code
    f[0] = "1000002";
    f[56] = "20240704";       // DATEADDED
    return f;
}

/// The same event as a GDELT 1.0 backfile row (57 fields: no SOURCEURL), with a bare Goldstein value.
inline std::vector<std::string> v1_historical_fields() {
    std::vector<std::string> f = v1_daily_fields();
    f.pop_back();
    f[0] = "1000003";
    f[30] = "2";  // GoldsteinScale written without decimals, as the backfile does for whole values
    return f;
}

/// Fields joined by tabs (no line end).
inline std::string join(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i != 0) out += '\t';
        out += fields[i];
    }
    return out;
}

/// `fields` with field `column` (1-based) replaced by `value`.
inline std::vector<std::string> with(std::vector<std::string> fields, std::size_t column, std::string value) {
    fields.at(column - 1) = std::move(value);
    return fields;
}

inline std::string v2_row() { return join(v2_fields()); }
inline std::string v1_daily_row() { return join(v1_daily_fields()); }
inline std::string v1_historical_row() { return join(v1_historical_fields()); }

/// Lines joined with `end` after each.
inline std::string lines(std::initializer_list<std::string> rows, const std::string& end = "\n") {
    std::string out;
    for (const auto& r : rows) out += r + end;
    return out;
}

}  // namespace gdelt_fixtures
