// SPDX-License-Identifier: BSL-1.0
/// What the PLOVER reader gives: the dataset read, the located problems, the counted losses, and
/// which framing and dialects it saw. Parses with simdjson (bilateral::json).
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/core/dataset.hpp>
#include <bilateral/core/problem.hpp>
#include <bilateral/io/import/losses.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover/dialects.hpp>
#include <bilateral/io/plover/framing.hpp>

namespace bilateral {

/// How PLOVER is read.
struct plover_read_options {
    std::size_t max_problems = 100;  ///< problems listed; more are only counted
};

/// Events read from PLOVER records, with the actors, places and sources they refer to, what was
/// wrong (problems, errors) and what the model could not hold (losses, counted per field and kind:
/// code not_held, severity loss, with `field`, `message`, an example as `value`, and `count`).
struct plover_read_result {
    dataset data;
    std::vector<problem> problems;         ///< located: line (and column) or record path
    std::size_t unlisted_problems = 0;
    plover_framing framing = plover_framing::jsonl;
    std::size_t records = 0;               ///< JSON records seen
    std::size_t events = 0;                ///< events read
    std::size_t documents = 0;             ///< DOCUMENT records, read as sources
    std::array<std::size_t, 3> records_by_dialect{};  ///< indexed by plover_dialect
    std::vector<problem> losses;           ///< sorted by field

    [[nodiscard]] bool ok() const noexcept { return problems.empty(); }
    /// "plover_gsr" if every record was of one dialect, else "mixed: plover 3, icews_derived 30".
    [[nodiscard]] std::string dialect() const;
    /// Losses counted for `field` (all kinds of loss).
    [[nodiscard]] std::size_t lost(std::string_view field) const noexcept;
};

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string plover_read_result::dialect() const {
    std::size_t kinds = 0;
    std::string only = "none";
    for (std::size_t i = 0; i < records_by_dialect.size(); ++i)
        if (records_by_dialect[i] != 0) {
            ++kinds;
            only = std::string{to_string(static_cast<plover_dialect>(i))};
        }
    if (kinds <= 1) return only;
    std::string out = "mixed:";
    for (std::size_t i = 0; i < records_by_dialect.size(); ++i)
        if (records_by_dialect[i] != 0)
            out += (out.size() > 6 ? ", " : " ") + std::string{to_string(static_cast<plover_dialect>(i))} + " " +
                   std::to_string(records_by_dialect[i]);
    return out;
}

inline std::size_t plover_read_result::lost(std::string_view field) const noexcept {
    std::size_t n = 0;
    for (const problem& l : losses)
        if (l.field == field) n += l.count;
    return n;
}

}  // namespace bilateral
