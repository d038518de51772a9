// SPDX-License-Identifier: BSL-1.0
/// What PLOVER records refer to: their entities become actors, their locations places, their
/// citations sources, each made once through the import framework's registries (io/import.hpp).
/// Parses with simdjson (bilateral::json).
#pragma once
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/io/import.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover/dialects.hpp>
#include <bilateral/io/plover/result.hpp>
#include <bilateral/io/plover_writer.hpp>

namespace bilateral::detail::plover_read {

using simdjson::dom::element;
using simdjson::dom::element_type;
using json_read::path_frame;

[[nodiscard]] inline bool is_empty_value(element e) {
    switch (e.type()) {
        case element_type::NULL_VALUE: return true;
        case element_type::STRING: {
            std::string_view s;
            return !e.get_string().get(s) && s.empty();
        }
        case element_type::ARRAY: {
            simdjson::dom::array a;
            return !e.get_array().get(a) && a.begin() == a.end();
        }
        case element_type::OBJECT: {
            simdjson::dom::object o;
            return !e.get_object().get(o) && o.begin() == o.end();
        }
        default: return false;
    }
}

/// A string, or the text of a number ("35801475"), or nothing.
[[nodiscard]] inline std::optional<std::string> text_of_scalar(element e) {
    std::string_view s;
    if (!e.get_string().get(s)) return std::string{s};
    if (e.type() == element_type::INT64 || e.type() == element_type::UINT64) return simdjson::minify(e);
    return std::nullopt;
}

/// The actors, places and sources of the records, each made once through the import framework's
/// registries, and the problems and losses of the reading.
class references {
public:
    references(plover_read_result& result, const plover_read_options& options)
        : r_{result}, options_{options}, actors_{result.data}, places_{result.data}, sources_{result.data} {}

    /// A problem of a record that cannot be an event (listed up to the options' limit).
    void add_problem(problem p) {
        if (r_.problems.size() >= options_.max_problems) {
            ++r_.unlisted_problems;
            return;
        }
        r_.problems.push_back(std::move(p));
    }
    /// The losses counted, into the result.
    void finish() { r_.losses = losses_.sorted(); }

protected:
    static constexpr std::string_view no_field = "not held: the model has no field for it";
    static constexpr std::string_view not_string = "not held: not a string";

    void loss(std::string_view field, std::string_view what, std::string_view example) {
        losses_.count(field, what, [&] { return json_read::shortened(std::string{example}, 60); });
    }
    void loss(std::string_view field, std::string_view what, element value) {
        losses_.count(field, what, [&] { return json_read::shown(value); });
    }
    dataset& storage() noexcept { return r_.data; }

    // -- actors ------------------------------------------------------------------------------

    actor_id entity(element e, std::string_view side);
    void entities(element e, std::string_view side, std::vector<actor_id>& into);

    /// The country of an ISO 3166-1 alpha-3 code; a code in lower or mixed case ("syr") is read
    /// upper-cased, with a note. Not ok() if the code is none.
    country alpha3_country(std::string_view code) {
        if (code.size() != 3) return country{"??"};
        const std::string upper = upper_cased(code);
        const country c = country::from_alpha3(upper);
        if (c.ok() && upper != code) loss("country", "normalised to upper case", code);
        return c;
    }
    /// The country of an ISO 3166-1 alpha-2 code, upper-cased with a note like alpha3_country.
    country alpha2_country(std::string_view code) {
        if (code.size() != 2) return country{"??"};
        const std::string upper = upper_cased(code);
        const country c{upper};
        if (c.ok() && upper != code) loss("country", "normalised to upper case", code);
        return c;
    }
    static std::string upper_cased(std::string_view text) {
        std::string out{text};
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return out;
    }

    /// The actor that stands in for events that name none, made the first time it is needed.
    actor_id unknown_actor();
    /// The source that stands in for events that name none, made the first time it is needed.
    source_id unknown_source();

    // -- places and sources --------------------------------------------------------------------

    place_id event_location(element e, std::string_view field);
    place_id icews_location(element e, country c);
    source_id add_source(std::string_view base, const source& details);
    source_id citation(element e);

    /// Calls `visit(key, text)` for each member of `fields` that is a string; empty values are
    /// passed over, any other value is a loss of "`prefix`.key".
    template <class Visit>
    void string_members(simdjson::dom::object fields, std::string_view prefix, Visit&& visit) {
        for (const auto f : fields) {
            if (is_empty_value(f.value)) continue;
            std::string_view s;
            if (f.value.get_string().get(s)) loss(std::string{prefix} + "." + std::string{f.key}, not_string, f.value);
            else visit(std::string_view{f.key}, s);
        }
    }

    plover_read_result& r_;
    const plover_read_options& options_;
    loss_tally losses_;
    entity_registry<actor> actors_;
    entity_registry<place> places_;
    entity_registry<source> sources_;

private:
    actor_id unknown_actor_{};
    source_id unknown_source_{};
};

// ---------------------------------------------------------------------------------------------
// Implementation

// -- actors ----------------------------------------------------------------------------------

inline actor_id references::entity(element e, std::string_view side) {
    simdjson::dom::object fields;
    const std::string entry = std::string{side} + "[]";
    if (e.get_object().get(fields)) {
        if (!is_empty_value(e)) loss(entry, "not held: an entity that is not an object", e);
        return {};
    }
    country state_country{};
    std::vector<sector_code> sectors;     // the CAMEO actor types, which the model holds
    std::vector<std::string> kind_codes;  // every code given, to infer the actor's kind from
    std::string name, office, wikidata, key_code, key_sector;
    for (const auto field : fields) {
        const std::string_view key = field.key;
        const element value = field.value;
        if (is_empty_value(value)) continue;
        const std::string where = entry + "." + std::string{key};
        std::string_view s;
        const bool is_string = !value.get_string().get(s);
        const plover_entity_field what = find_plover_entity_field(key);
        if (what == plover_entity_field::not_held) {
            loss(where, no_field, value);
        } else if (what == plover_entity_field::wikidata) {
            if (is_string && is_wikidata_id(s)) wikidata = std::string{s};
            else loss(where, "not held: not a Wikidata id (Q and digits)", value);
        } else if (!is_string) {
            loss(where, not_string, value);
        } else if (what == plover_entity_field::name) {
            name = std::string{s};
        } else if (what == plover_entity_field::office) {
            office = std::string{s};
        } else if (what == plover_entity_field::code) {
            key_code = std::string{s};
            if (const country c = alpha3_country(s); c.ok()) {
                state_country = c;
            } else if (const auto* cameo = codes::find_cameo_country(s); cameo && !cameo->iso_alpha3.empty()) {
                state_country = country::from_alpha3(cameo->iso_alpha3);
                loss(where, "changed: a CAMEO country code, held as its ISO 3166-1 equivalent", s);
            } else if (codes::find_cameo_actor_type(s) != nullptr) {
                sectors.insert(sectors.begin(), sector_code{storage().text(s)});
                kind_codes.insert(kind_codes.begin(), std::string{s});
            } else if (is_plover_nonstate_code(s)) {
                kind_codes.insert(kind_codes.begin(), std::string{s});
                loss(where, "not held: a PLOVER non-state code that is not a CAMEO actor type", s);
            } else {
                loss(where, "not held: neither an ISO 3166-1 alpha-3 code nor a CAMEO actor type", s);
            }
        } else {  // sector
            key_sector = std::string{s};
            if (s.size() % 3 != 0) {
                loss(where, "not held: not a run of three-letter sector codes", s);
                continue;
            }
            for (std::size_t i = 0; i < s.size(); i += 3) {
                const std::string_view part = s.substr(i, 3);
                if (!sector_code{part}.ok()) {
                    loss(where, "not held: a part that is not a CAMEO sector code (three capital letters)", part);
                    continue;
                }
                kind_codes.emplace_back(part);
                // The model's sectors are CAMEO actor types; religions (MOS), ethnic groups
                // (KUR) and codes of no CAMEO table (JRN, PTY) are not.
                if (codes::find_cameo_actor_type(part) != nullptr) sectors.push_back(sector_code{storage().text(part)});
                else loss(where, "not held: not a CAMEO actor type (codes/cameo_actors.hpp)", part);
            }
        }
    }
    if (name.empty() && !state_country.known() && sectors.empty() && wikidata.empty() && office.empty()) {
        if (!is_empty_value(e)) loss(entry, "not held: an entity with nothing the model holds", e);
        return {};
    }
    if (name.empty()) {
        // An actor has a name: an entity given only by its codes is named after them.
        if (state_country.ok()) name = std::string{state_country.name()};
        else if (!sectors.empty()) name = std::string{codes::find_cameo_actor_type(sectors.front().str())->label};
        else if (!office.empty()) name = office;
        else name = wikidata;
        loss(entry + ".entity_text", "missing: an entity without a name, named after its code", name);
    }
    // One actor per distinct actor the model holds (not per distinct input text).
    std::string dedupe = std::string{state_country.alpha2()} + '\x1f' + name + '\x1f' + wikidata + '\x1f' + office;
    for (const sector_code& c : sectors) dedupe += std::string{'\x1f'} + std::string{c.str()};
    if (const actor_id known = actors_.find(dedupe); !known.empty()) return known;
    std::string base = text_id(name);
    if (base.empty()) base = text_id(key_code + "-" + key_sector);
    return actors_.obtain(dedupe, base.empty() ? "actor" : base, [&] {
        return actor{.kind = actor_kind_from_sector(kind_codes.empty() ? std::string_view{} : kind_codes.front(),
                                                    state_country.ok()),
                     .name = storage().text(name),
                     .country = state_country,
                     .office = storage().text(office),
                     .sectors = storage().list(sectors),
                     .wikidata = storage().text(wikidata)};
    });
}

inline void references::entities(element e, std::string_view side, std::vector<actor_id>& into) {
    if (is_empty_value(e)) return;
    simdjson::dom::array items;
    if (e.get_array().get(items)) {
        simdjson::dom::object single;
        if (!e.get_object().get(single)) {  // one entity, not in a list
            if (const actor_id id = entity(e, side); !id.empty()) into.push_back(id);
            return;
        }
        return loss(side, "not held: neither a list of entities nor an entity", e);
    }
    for (const element item : items)
        if (const actor_id id = entity(item, side); !id.empty() && std::find(into.begin(), into.end(), id) == into.end())
            into.push_back(id);
}

// -- places ----------------------------------------------------------------------------------

/// {"name", "country code", "feature class"} (the manual's geonames names).
inline place_id references::event_location(element e, std::string_view field) {
    simdjson::dom::object fields;
    if (e.get_object().get(fields)) {
        loss(field, "not held: not a location object", e);
        return {};
    }
    std::string_view name, feature;
    country c{};
    bool has_kind = false;
    place_kind kind = place_kind::region;
    for (const auto f : fields) {
        const std::string_view key = f.key;
        if (is_empty_value(f.value)) continue;
        const std::string where = std::string{field} + "." + std::string{key};
        std::string_view s;
        const bool is_string = !f.value.get_string().get(s);
        if (key == "name" && is_string) {
            name = s;
        } else if ((key == "country code" || key == "country_code") && is_string) {
            if (const country c2 = alpha2_country(s); c2.ok()) c = c2;
            else loss(where, "not held: not an ISO 3166-1 alpha-2 code", s);
        } else if (key == "cc3" && is_string) {
            if (const country c3 = alpha3_country(s); c3.ok() && (!c.known() || c == c3)) c = c3;
            else loss(where, "not held: not the ISO 3166-1 alpha-3 code of the place's country", s);
        } else if (key == "feature class" && is_string) {
            feature = s;
            for (const auto& entry : enum_names<place_kind>)
                if (geonames_feature_class(entry.value) == s) {
                    kind = entry.value;
                    has_kind = true;
                }
            if (!has_kind) loss(where, "not held: a geonames feature class the model has no place kind for", s);
        } else {
            loss(where, no_field, f.value);
        }
    }
    if (name.empty()) {
        if (c.known() || !feature.empty()) loss(field, "not held: a location without a name", e);
        return {};
    }
    if (!has_kind) loss(std::string{field} + ".feature class", "missing: the place's kind is not given; read as region", name);
    return import_place(places_, name, kind, c);
}

/// ICEWS "location": [{"city", "province", "district", "country", "lat", "long"}].
inline place_id references::icews_location(element e, country c) {
    simdjson::dom::array items;
    if (e.get_array().get(items)) {
        loss("location", "not held: not a list of locations", e);
        return {};
    }
    place_id first{};
    std::size_t n = 0;
    for (const element item : items) {
        if (n++ != 0) {
            loss("location[]", "not held: a second location (an event has one place)", item);
            continue;
        }
        simdjson::dom::object fields;
        if (item.get_object().get(fields)) {
            loss("location[]", "not held: not a location object", item);
            continue;
        }
        std::string_view city, province;
        string_members(fields, "location[]", [&](std::string_view key, std::string_view s) {
            if (s == "NULL") return;  // ICEWS's word for "not given"
            if (key == "city") city = s;
            else if (key == "province") province = s;
            else if (key != "country") loss("location[]." + std::string{key}, no_field, s);  // country: ccode's name
        });
        // The city lies in the province: outermost first.
        place_id region{};
        if (!province.empty()) region = import_place(places_, province, place_kind::region, c);
        if (!city.empty()) first = import_place(places_, city, place_kind::city, c, region);
        else first = region;
    }
    return first;
}

// -- sources ---------------------------------------------------------------------------------

/// The source of `base` (one per base, whatever the details of later mentions).
inline source_id references::add_source(std::string_view base_text, const source& details) {
    std::string base = text_id(base_text);
    if (base.empty()) base = "source";
    return sources_.obtain(base, base, [&](source_id id) {
        source s = details;
        // A source has a publisher and a title: one that lacks either says so in a note.
        if (s.title.empty()) {
            s.title = !s.publisher.empty() ? s.publisher : !s.url.empty() ? s.url : id.str();
            loss("title", "missing: a source without a title, titled by its publisher", s.title);
        }
        if (s.publisher.empty()) {
            s.publisher = "unknown";
            loss("publication", "missing: a source without a publisher, read as \"unknown\"", s.title);
        }
        return s;
    });
}

/// {"citation", "publication", "title", "url", "language", …}
inline source_id references::citation(element e) {
    simdjson::dom::object fields;
    if (e.get_object().get(fields)) {
        loss("cite_info", "not held: not a citation object", e);
        return {};
    }
    source s{};
    std::string cite;
    string_members(fields, "cite_info", [&](std::string_view key, std::string_view v) {
        if (key == "citation") cite = std::string{v};
        else if (key == "publication") s.publisher = storage().text(v);
        else if (key == "title") s.title = storage().text(v);
        else if (key == "url") s.url = storage().text(v);
        else if (key == "language") s.language = storage().text(v);
        else loss("cite_info." + std::string{key}, no_field, v);
    });
    std::string base = text_id(cite);
    if (base.empty()) base = text_id(std::string{s.publisher} + " " + std::string{s.title});
    return add_source(base, s);
}

inline actor_id references::unknown_actor() {
    if (unknown_actor_.empty())
        unknown_actor_ = actors_.add("unknown-actor", [] {
            return actor{.kind = actor_kind::organisation, .name = "unknown (the PLOVER record names no actor)"};
        });
    return unknown_actor_;
}

inline source_id references::unknown_source() {
    if (unknown_source_.empty())
        unknown_source_ = sources_.add("unknown-source", [] {
            return source{.publisher = "unknown", .title = "not given (the PLOVER record names no source)"};
        });
    return unknown_source_;
}

}  // namespace bilateral::detail::plover_read
