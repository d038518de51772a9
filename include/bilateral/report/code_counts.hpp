// SPDX-License-Identifier: BSL-1.0
/// Events per CAMEO code of each dyad: what a report lists as a dyad's most frequent events, and
/// what a panel cell does not keep (a cell has fixed, mergeable sums only).
#pragma once
#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/dyad.hpp>

namespace bilateral::report {

/// A CAMEO code and how many events of a dyad have it.
struct code_count {
    std::string code;  ///< "042"; "" for events without a CAMEO code
    std::uint64_t events = 0;
    friend bool operator==(const code_count&, const code_count&) = default;
};

/// Counts of events by dyad and CAMEO code. Counts of parts merge into the counts of the whole,
/// as panels do. A count is one hash-map entry keyed by the dyad and the code's digits, so that
/// counting millions of rows allocates nothing per row.
class code_counts {
public:
    /// One event of `d` with `code` (the dyad `panel::accumulator::add` returned for it).
    void add(const bilateral::dyad& d, const cameo_code& code) { ++counts_[key(d, code.str())]; }
    void merge(const code_counts& other) {
        for (const auto& [k, n] : other.counts_) counts_[k] += n;
    }
    /// The `n` most frequent codes of `d`, most events first, then by code.
    [[nodiscard]] std::vector<code_count> top(const bilateral::dyad& d, std::size_t n) const;

private:
    // Codes of 2, 3 and 4 digits are slots 0-99, 100-1099 and 1100-11099; anything else 11100.
    static constexpr std::uint64_t no_code = 11100;
    [[nodiscard]] static std::uint64_t key(const bilateral::dyad& d, std::string_view code) noexcept {
        std::uint64_t slot = 0;
        for (const char c : code) slot = c >= '0' && c <= '9' ? slot * 10 + static_cast<std::uint64_t>(c - '0') : no_code;
        if (code.size() < 2 || code.size() > 4 || slot >= no_code) slot = no_code;
        else slot += code.size() == 2 ? 0 : code.size() == 3 ? 100 : 1100;
        return static_cast<std::uint64_t>(bilateral::packed(d)) << 16 | slot;
    }
    [[nodiscard]] static std::string code_of(std::uint64_t slot) {
        if (slot >= no_code) return {};
        const std::size_t digits = slot < 100 ? 2 : slot < 1100 ? 3 : 4;
        std::string text = std::to_string(slot - (digits == 2 ? 0 : digits == 3 ? 100 : 1100));
        return std::string(digits - text.size(), '0') + text;
    }
    std::unordered_map<std::uint64_t, std::uint64_t> counts_;
};

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::vector<code_count> code_counts::top(const bilateral::dyad& d, std::size_t n) const {
    std::vector<code_count> out;
    const std::uint64_t dyad_key = static_cast<std::uint64_t>(bilateral::packed(d)) << 16;
    for (const auto& [k, events] : counts_)
        if ((k & ~std::uint64_t{0xFFFF}) == dyad_key) out.push_back({code_of(k & 0xFFFF), events});
    std::sort(out.begin(), out.end(), [](const code_count& a, const code_count& b) {
        return a.events != b.events ? a.events > b.events : a.code < b.code;
    });
    if (out.size() > n) out.resize(n);
    return out;
}

}  // namespace bilateral::report
