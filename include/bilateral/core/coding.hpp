// SPDX-License-Identifier: BSL-1.0
/// The generated code tables seen through the model's types: everything the CAMEO codebook, the
/// Goldstein tables and the CAMEO -> PLOVER mapping say about one CAMEO event code.
#pragma once
#include <optional>
#include <string_view>

#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/codes/plover.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>

namespace bilateral {

/// A CAMEO event code as the tables code it.
struct cameo_coding {
    cameo_code cameo{};
    std::string_view label{};                       ///< GDELT's description of the code
    bilateral::quad_class quad_class{};             ///< by the code's root
    std::optional<bilateral::goldstein> goldstein{};  ///< in the table asked for; nullopt if it has none
    plover_event plover = plover_event::none;       ///< none where the mapping has no PLOVER type
    plover_word plover_mode{};                      ///< empty where the mapping gives none
    plover_word plover_context{};                   ///< the first context the mapping gives, or empty
};

/// The tables' coding of `code`, with the Goldstein value of `table`; nullopt if `code` is not in
/// the CAMEO codebook (codes/cameo_events.hpp).
[[nodiscard]] constexpr std::optional<cameo_coding> coding_of(cameo_code code,
                                                              goldstein_table table = goldstein_table::gdelt) noexcept {
    const codes::cameo_event* entry = codes::find_cameo_event(code.str());
    if (entry == nullptr) return std::nullopt;
    cameo_coding c{.cameo = code, .label = entry->label, .quad_class = quad_class_of(code)};
    const std::int16_t tenths = table == goldstein_table::gdelt   ? entry->goldstein_gdelt
                                : table == goldstein_table::icews ? entry->goldstein_icews
                                                                  : entry->goldstein_phoenix;
    if (codes::has_goldstein(tenths)) c.goldstein = goldstein{.tenths = tenths, .table = table};
    if (const codes::cameo_plover_entry* p = codes::find_cameo_to_plover(code.str())) {
        c.plover = enum_from_string<plover_event>(p->event).value_or(plover_event::none);
        c.plover_mode = plover_word{p->mode};
        // "crime; corruption": the model keeps one context, the first.
        c.plover_context = plover_word{p->context.substr(0, p->context.find(';'))};
    }
    return c;
}

}  // namespace bilateral
