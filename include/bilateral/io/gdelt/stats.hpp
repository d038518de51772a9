// SPDX-License-Identifier: BSL-1.0
/// Statistics of GDELT rows per country dyad: event counts, quad classes, mean Goldstein, frequent event codes.
#pragma once
#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <bilateral/core/dyad.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/io/gdelt/reader.hpp>
#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/io/json.hpp>

namespace bilateral::gdelt {

/// Two countries by ISO 3166-1 alpha-3 code (Actor1's first when directed).
using bilateral::dyad;
using bilateral::parse_dyad;

/// What to count.
struct stats_options {
    bool directed = false;          ///< count CHN→USA and USA→CHN apart (default: together, as CHN-USA)
    std::size_t top_codes = 5;      ///< how many of the most frequent event codes to list per dyad
    std::optional<gdelt::dyad> only{};  ///< count this dyad only (either order unless directed)
};

/// An event code and how many events of a dyad have it.
struct code_count {
    cameo_code code{};        ///< EventCode
    std::uint64_t count = 0;  ///< events of the dyad with that code
    friend constexpr bool operator==(const code_count&, const code_count&) = default;
};

/// The statistics of one dyad.
struct dyad_stats {
    gdelt::dyad dyad{};
    std::uint64_t events = 0;  ///< rows of the dyad
    /// Events by quad class, indexed by `quad_class` (0: the row left QuadClass empty).
    std::array<std::uint64_t, 5> by_quad_class{};
    std::uint64_t goldstein_events = 0;  ///< events with a Goldstein value
    std::int64_t goldstein_tenths = 0;   ///< their sum, exact, in tenths
    std::vector<code_count> top_codes{}; ///< most frequent EventCodes first (ties: by code)
    /// The mean Goldstein value (GDELT's table) of the events that have one; 0 if none. One
    /// division of exact integers, so that a mean such as 112 / 50 prints as 2.24.
    [[nodiscard]] double mean_goldstein() const noexcept {
        return goldstein_events == 0 ? 0.0
                                     : static_cast<double>(goldstein_tenths) / (10.0 * static_cast<double>(goldstein_events));
    }
};

/// The statistics of a set of rows.
struct stats_report {
    bool directed = false;                ///< dyads are ordered (Actor1 first)
    std::uint64_t rows = 0;               ///< rows seen
    std::uint64_t rows_with_dyad = 0;     ///< rows whose two actors both have an ISO country (counted below)
    std::uint64_t rows_without_dyad = 0;  ///< rows where an actor is missing or has no ISO country (a region, an IGO)
    std::uint64_t rows_other_dyads = 0;   ///< rows of other dyads, when `stats_options::only` is set
    std::vector<dyad_stats> dyads{};      ///< most events first (ties: by dyad)
};

/// Accumulates rows into per-dyad statistics. Actors' countries are their CAMEO country codes
/// mapped to ISO alpha-3 ("ROM" → "ROU"); rows where either actor has none are counted apart.
/// A state with itself (USA-USA) is a dyad like any other.
class stats_builder {
public:
    explicit stats_builder(stats_options options = {}) : options_{options} {}
    /// Counts one row.
    void add(const record& row);
    /// Counts one event of any source by its parts: the two states' ISO alpha-3 codes (anything
    /// else, such as "" for none, puts it among the rows without a dyad), its quad class, its
    /// Goldstein value in tenths if it has one, its CAMEO code (empty if none).
    void add(std::string_view source_alpha3, std::string_view target_alpha3, quad_class quad,
             std::optional<std::int16_t> goldstein_tenths, const cameo_code& code);
    /// The statistics so far.
    [[nodiscard]] stats_report report() const;

private:
    struct counts {
        std::uint64_t events = 0;
        std::array<std::uint64_t, 5> by_quad{};
        std::uint64_t goldstein_events = 0;
        std::int64_t goldstein_tenths = 0;
        std::unordered_map<std::uint64_t, std::uint64_t> codes;
    };
    stats_options options_;
    std::unordered_map<std::uint64_t, counts> dyads_;
    std::uint64_t rows_ = 0, without_ = 0, other_ = 0;
};

/// The statistics of every good row `r` gives.
[[nodiscard]] stats_report dyad_stats_of(reader& r, stats_options options = {});

/// The report as a table for people: one line per dyad.
void write_stats_text(std::ostream& out, const stats_report& report);

/// The report as one JSON document ({"rows": …, "dyads": [{"dyad": "CHN-USA", …}]}).
[[nodiscard]] std::string stats_to_json(const stats_report& report);

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

[[nodiscard]] constexpr std::uint64_t pack3(std::string_view s) noexcept {
    return (static_cast<std::uint64_t>(static_cast<unsigned char>(s[0])) << 16) |
           (static_cast<std::uint64_t>(static_cast<unsigned char>(s[1])) << 8) |
           static_cast<std::uint64_t>(static_cast<unsigned char>(s[2]));
}

[[nodiscard]] constexpr std::uint64_t dyad_key(std::uint64_t first, std::uint64_t second) noexcept {
    return (first << 24) | second;
}

[[nodiscard]] inline bilateral::gdelt::dyad dyad_of(std::uint64_t key) noexcept {
    bilateral::gdelt::dyad d;
    for (std::size_t i = 0; i < 3; ++i) {
        d.first[i] = static_cast<char>((key >> (40 - 8 * i)) & 0xFF);
        d.second[i] = static_cast<char>((key >> (16 - 8 * i)) & 0xFF);
    }
    return d;
}

/// A CAMEO code as a number: its (up to four) characters and its length, distinct for "01" and "010".
[[nodiscard]] constexpr std::uint64_t code_key(const cameo_code& c) noexcept {
    const std::string_view s = c.str();
    std::uint64_t k = s.size();
    for (char ch : s) k = (k << 8) | static_cast<unsigned char>(ch);
    return k;
}

[[nodiscard]] inline cameo_code code_of(std::uint64_t key, std::string& scratch) {
    scratch.clear();
    while (key > 0xFF) {
        scratch.insert(scratch.begin(), static_cast<char>(key & 0xFF));
        key >>= 8;
    }
    return cameo_code{scratch};
}

/// A double in its shortest round-trip form ("1.25", "-0.3").
inline std::string shortest(double v) {
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string{buffer, static_cast<std::size_t>(r.ptr - buffer)};
}

/// A double rounded to two decimals ("1.25", "-0.30").
inline std::string two_decimals(double v) {
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, 2);
    std::string s{buffer, static_cast<std::size_t>(r.ptr - buffer)};
    return s == "-0.00" ? "0.00" : s;
}

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

inline void stats_builder::add(const record& row) {
    add(row.actor1.iso_alpha3(), row.actor2.iso_alpha3(), row.event.quad_class,
        row.event.goldstein ? std::optional<std::int16_t>{row.event.goldstein->tenths} : std::nullopt, row.event.code);
}

inline void stats_builder::add(std::string_view a, std::string_view b, quad_class quad, std::optional<std::int16_t> goldstein_tenths,
                               const cameo_code& code) {
    ++rows_;
    if (a.size() != 3 || b.size() != 3) {
        ++without_;
        return;
    }
    std::uint64_t first = detail::gdelt::pack3(a), second = detail::gdelt::pack3(b);
    if (!options_.directed && second < first) std::swap(first, second);
    if (options_.only) {
        std::uint64_t want1 = detail::gdelt::pack3({options_.only->first.data(), 3});
        std::uint64_t want2 = detail::gdelt::pack3({options_.only->second.data(), 3});
        if (!options_.directed && want2 < want1) std::swap(want1, want2);
        if (first != want1 || second != want2) {
            ++other_;
            return;
        }
    }
    counts& c = dyads_[detail::gdelt::dyad_key(first, second)];
    ++c.events;
    ++c.by_quad[static_cast<std::size_t>(quad) % 5];
    if (goldstein_tenths) {
        ++c.goldstein_events;
        c.goldstein_tenths += *goldstein_tenths;
    }
    if (!code.empty()) ++c.codes[detail::gdelt::code_key(code)];
}

inline stats_report stats_builder::report() const {
    stats_report out;
    out.directed = options_.directed;
    out.rows = rows_;
    out.rows_without_dyad = without_;
    out.rows_other_dyads = other_;
    std::string scratch;
    for (const auto& [key, c] : dyads_) {
        dyad_stats s{.dyad = detail::gdelt::dyad_of(key),
                     .events = c.events,
                     .by_quad_class = c.by_quad,
                     .goldstein_events = c.goldstein_events,
                     .goldstein_tenths = c.goldstein_tenths};
        out.rows_with_dyad += c.events;
        for (const auto& [code, n] : c.codes)
            s.top_codes.push_back(code_count{.code = detail::gdelt::code_of(code, scratch), .count = n});
        std::sort(s.top_codes.begin(), s.top_codes.end(), [](const code_count& x, const code_count& y) {
            return x.count != y.count ? x.count > y.count : x.code.str() < y.code.str();
        });
        if (s.top_codes.size() > options_.top_codes) s.top_codes.resize(options_.top_codes);
        out.dyads.push_back(std::move(s));
    }
    std::sort(out.dyads.begin(), out.dyads.end(), [](const dyad_stats& x, const dyad_stats& y) {
        return x.events != y.events ? x.events > y.events : x.dyad.text() < y.dyad.text();
    });
    return out;
}

inline stats_report dyad_stats_of(reader& r, stats_options options) {
    stats_builder builder{options};
    while (const record* row = r.next()) builder.add(*row);
    return builder.report();
}

inline void write_stats_text(std::ostream& out, const stats_report& report) {
    using detail::gdelt::two_decimals;
    out << "GDELT events by country dyad (" << (report.directed ? "Actor1 -> Actor2" : "both directions together")
        << "): " << report.rows << " rows, " << report.rows_with_dyad << " with two countries, "
        << report.rows_without_dyad << " without";
    if (report.rows_other_dyads != 0) out << ", " << report.rows_other_dyads << " of other dyads";
    out << "\n";
    if (report.dyads.empty()) return;
    out << "dyad      events  verb.coop  mat.coop  verb.confl  mat.confl  mean Goldstein  top event codes\n";
    const auto pad = [&](std::string s, std::size_t width) {
        if (s.size() < width) s.insert(0, width - s.size(), ' ');
        return s;
    };
    for (const dyad_stats& d : report.dyads) {
        out << d.dyad.text() << pad(std::to_string(d.events), 9) << pad(std::to_string(d.by_quad_class[1]), 11)
            << pad(std::to_string(d.by_quad_class[2]), 10) << pad(std::to_string(d.by_quad_class[3]), 12)
            << pad(std::to_string(d.by_quad_class[4]), 11)
            << pad(d.goldstein_events == 0 ? std::string{"-"} : two_decimals(d.mean_goldstein()), 16) << "  ";
        for (std::size_t i = 0; i < d.top_codes.size(); ++i)
            out << (i == 0 ? "" : ", ") << d.top_codes[i].code.str() << " (" << d.top_codes[i].count << ")";
        out << "\n";
    }
}

inline std::string stats_to_json(const stats_report& report) {
    std::string out = "{\"directed\": ";
    out += report.directed ? "true" : "false";
    out += ", \"rows\": " + std::to_string(report.rows);
    out += ", \"rows_with_dyad\": " + std::to_string(report.rows_with_dyad);
    out += ", \"rows_without_dyad\": " + std::to_string(report.rows_without_dyad);
    out += ", \"rows_other_dyads\": " + std::to_string(report.rows_other_dyads);
    out += ", \"dyads\": [";
    for (std::size_t i = 0; i < report.dyads.size(); ++i) {
        const dyad_stats& d = report.dyads[i];
        out += i == 0 ? "\n  {" : ",\n  {";
        out += "\"dyad\": ";
        write_json_string(out, d.dyad.text());
        out += ", \"first\": ";
        write_json_string(out, std::string_view{d.dyad.first.data(), 3});
        out += ", \"second\": ";
        write_json_string(out, std::string_view{d.dyad.second.data(), 3});
        out += ", \"events\": " + std::to_string(d.events);
        out += ", \"quad_classes\": {";
        for (std::size_t q = 1; q <= 4; ++q) {
            out += q == 1 ? "" : ", ";
            write_json_string(out, to_string(static_cast<quad_class>(q)));
            out += ": " + std::to_string(d.by_quad_class[q]);
        }
        out += ", \"unknown\": " + std::to_string(d.by_quad_class[0]) + "}";
        out += ", \"goldstein_events\": " + std::to_string(d.goldstein_events);
        out += ", \"mean_goldstein\": ";
        out += d.goldstein_events == 0 ? std::string{"null"} : detail::gdelt::shortest(d.mean_goldstein());
        out += ", \"top_event_codes\": [";
        for (std::size_t k = 0; k < d.top_codes.size(); ++k) {
            out += k == 0 ? "{\"code\": " : ", {\"code\": ";
            write_json_string(out, d.top_codes[k].code.str());
            out += ", \"count\": " + std::to_string(d.top_codes[k].count) + "}";
        }
        out += "]}";
    }
    out += report.dyads.empty() ? "]}" : "\n]}";
    return out;
}

}  // namespace bilateral::gdelt
