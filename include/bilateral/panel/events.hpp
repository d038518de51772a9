// SPDX-License-Identifier: BSL-1.0
/// The model's events into panels: PLOVER data, the library's JSON, the built-in datasets.
#pragma once
#include <functional>
#include <string_view>
#include <unordered_map>

#include <bilateral/core/dataset_view.hpp>
#include <bilateral/panel/accumulator.hpp>

namespace bilateral::panel {

/// Adds every event of `data` to `panel`. What the panel takes from an event:
/// - the date, at its precision (an event known to the month counts in month, quarter and year
///   panels only);
/// - the dyad: the state of the first participant → the state of the first recipient; with no
///   recipient, the state of the first participant of another state (talks between two leaders);
///   an actor's state is its `country` (for a state, itself);
/// - one-a-day's actors: the ids of those two actors;
/// - the CAMEO code; the quad class given, else the CAMEO codebook's (`quad_class_of`); the PLOVER
///   type given; the Goldstein value given (none in PLOVER data), or the named table's;
/// - no report counts: weighted measures are 0 (counted in `summary::without_weight`).
/// `counted`, if given, is called with the dyad and the CAMEO code of every event counted.
void add_events(accumulator& panel, const dataset_view& data,
                const std::function<void(const dyad&, const cameo_code&)>& counted = {});

// ---------------------------------------------------------------------------------------------
// Implementation

inline void add_events(accumulator& panel, const dataset_view& data,
                       const std::function<void(const dyad&, const cameo_code&)>& counted) {
    std::unordered_map<std::string_view, std::string_view> state_of;  // actor id → ISO alpha-3
    for (const actor& a : data.actors) state_of.emplace(a.id.str(), a.country.alpha3());
    const auto state = [&](actor_id id) {
        const auto it = state_of.find(id.str());
        return it == state_of.end() ? std::string_view{} : it->second;
    };
    for (const event& e : data.events) {
        observation o{.day = e.date, .code = e.cameo, .plover = e.plover};
        o.quad = e.quad_class != quad_class::unknown ? e.quad_class : quad_class_of(e.cameo);
        if (e.goldstein) o.goldstein = e.goldstein->tenths;
        if (!e.participants.empty()) {
            const actor_id source = e.participants[0];
            o.source_actor = source.str();
            o.source_country = state(source);
            if (!e.recipients.empty()) {
                o.target_actor = e.recipients[0].str();
                o.target_country = state(e.recipients[0]);
            } else {
                for (const actor_id other : e.participants) {
                    const std::string_view s = state(other);
                    if (!s.empty() && s != o.source_country) {
                        o.target_actor = other.str();
                        o.target_country = s;
                        break;
                    }
                }
            }
        }
        const std::optional<dyad> d = panel.add(o);
        if (d && counted) counted(*d, e.cameo);
    }
}

}  // namespace bilateral::panel
