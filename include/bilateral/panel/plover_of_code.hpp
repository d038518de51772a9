// SPDX-License-Identifier: BSL-1.0
/// The PLOVER type of a CAMEO event code by the 2021 CAMEO-to-PLOVER mapping, in one load: what
/// the panels of machine-coded sources (GDELT, ICEWS) count per row.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include <bilateral/codes/plover.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>

namespace bilateral::detail::panel {

/// The PLOVER type of every CAMEO code of 2 to 4 digits, by its digits and length: one load per
/// row instead of a search of the mapping.
class plover_by_code {
public:
    plover_by_code() {
        for (const codes::cameo_plover_entry& e : codes::cameo_to_plover)
            if (const std::optional<std::size_t> i = slot(e.cameo))
                types_[*i] = enum_from_string<plover_event>(e.event).value_or(plover_event::none);
    }
    [[nodiscard]] plover_event operator()(std::string_view code) const noexcept {
        const std::optional<std::size_t> i = slot(code);
        return i ? types_[*i] : plover_event::none;
    }

private:
    // Codes of 2, 3 and 4 digits take slots 0–99, 100–1099 and 1100–11099.
    [[nodiscard]] static std::optional<std::size_t> slot(std::string_view code) noexcept {
        if (code.size() < 2 || code.size() > 4) return std::nullopt;
        std::size_t n = 0;
        for (const char c : code) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        return n + (code.size() == 2 ? 0 : code.size() == 3 ? 100 : 1100);
    }
    std::array<plover_event, 11100> types_{};
};

[[nodiscard]] inline const plover_by_code& plover_table() {
    static const plover_by_code table;
    return table;
}

}  // namespace bilateral::detail::panel

namespace bilateral::panel {

/// The PLOVER type of `code` ("042" -> consult); none for codes the mapping leaves out (roots 01
/// and 02) and for text that is not a code of 2 to 4 digits.
[[nodiscard]] inline plover_event plover_of_code(std::string_view code) { return detail::panel::plover_table()(code); }

}  // namespace bilateral::panel
