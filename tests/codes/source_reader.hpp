// SPDX-License-Identifier: BSL-1.0
/// Small readers for the code tables' source files (TSV, CSV, CRLF, Windows-1252), for the source tests.
#pragma once
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bilateral::codes::test {

/// The whole file as bytes; throws if it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The lines of `text`, without "\n" or "\r\n"; no empty last line for a final newline.
inline std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
    }
    return lines;
}

/// `s` split at every `sep`.
inline std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    for (;;) {
        std::size_t p = s.find(sep, pos);
        out.emplace_back(s.substr(pos, p == std::string_view::npos ? std::string_view::npos : p - pos));
        if (p == std::string_view::npos) return out;
        pos = p + 1;
    }
}

/// `s` without leading and trailing blanks (space, tab, CR, LF).
inline std::string trim(std::string_view s) {
    const char* ws = " \t\r\n";
    std::size_t b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(ws);
    return std::string(s.substr(b, e - b + 1));
}

/// `s` without trailing blanks.
inline std::string rtrim(std::string_view s) {
    std::size_t e = s.find_last_not_of(" \t\r\n");
    return e == std::string_view::npos ? std::string() : std::string(s.substr(0, e + 1));
}

/// Rows of a CSV text (RFC 4180: "," separators, "..." quoting with "" for a quote, LF or CRLF).
inline std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        any = true;
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            any = false;
        } else {
            field += c;
        }
    }
    if (quoted) throw std::runtime_error("CSV: unterminated quoted field");
    if (any) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// `code_point` appended to `out` as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Windows-1252 bytes decoded to UTF-8; throws on the five bytes that code page leaves undefined.
inline std::string cp1252_to_utf8(std::string_view bytes) {
    // 0x80..0x9F; 0 where Windows-1252 defines no character.
    static constexpr char32_t high[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
        0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    std::string out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        auto b = static_cast<unsigned char>(ch);
        char32_t cp = b;
        if (b >= 0x80 && b < 0xA0) {
            cp = high[b - 0x80];
            if (cp == 0) throw std::runtime_error("byte undefined in Windows-1252");
        }
        append_utf8(out, cp);
    }
    return out;
}

/// A Goldstein value written with at most one decimal ("-2", "3.4", "-10.0") in tenths, exactly.
inline std::optional<std::int16_t> parse_tenths(std::string_view s) {
    bool neg = !s.empty() && s.front() == '-';
    if (neg) s.remove_prefix(1);
    std::size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (whole.empty() || whole.size() > 2 || frac.size() > 1 || (dot != std::string_view::npos && frac.empty()))
        return std::nullopt;
    int v = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    v *= 10;
    if (!frac.empty()) {
        if (frac[0] < '0' || frac[0] > '9') return std::nullopt;
        v += frac[0] - '0';
    }
    return static_cast<std::int16_t>(neg ? -v : v);
}

}  // namespace bilateral::codes::test
