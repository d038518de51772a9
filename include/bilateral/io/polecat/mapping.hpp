// SPDX-License-Identifier: BSL-1.0
/// POLECAT rows into an owning dataset's events, with the actors, places and sources they name.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/io/import.hpp>
#include <bilateral/io/polecat/record.hpp>

namespace bilateral::polecat {

/// How rows become records of a dataset.
struct import_options {
    /// Title of the source that stands for the file, cited by rows without a Source.
    std::string_view file_title = "POLECAT event file";
};

/// Adds POLECAT rows to an owning `dataset` as events of the model, with the actors, places and
/// sources they name (each added once, however many rows name it). The dataset owns copies of
/// all the text, so the rows (and the text read) need not outlive it.
///
/// A row becomes: an event `polecat-<Event ID>` (a repeated id gets the import framework's
/// suffix, `.2`, and is kept) on Event Date, the actor its participant and the recipient its
/// recipient, its PLOVER type as given, Event Mode as its mode and the first of Contexts as its
/// context (lower-cased: the model's words are), the quad class of Quad Code, no CAMEO code and
/// no Goldstein value (POLECAT has neither: Intensity is POLECAT's own scale and is counted as a
/// loss); its place the city in the district in the province in the country (each given one,
/// nested, by the framework's place rule); its source the outlet (Source) on Publication Date in
/// Language, or the file where Source is not given, cited as inferred evidence (machine coding).
///
/// Actors are one per name, first country, title, Wikipedia id and sectors, `polecat-<name>`: the
/// first country of the list if ISO 3166-1 has it; Actor Title as the office; the sectors that
/// are CAMEO actor types (codes/cameo_actors.hpp), Primary Actor Sector first; the Wikipedia id
/// where it is a Wikidata id; the kind by the framework's rule on the first sector code given
/// (PLOVER's JRN counts as media though the model does not keep it), a state when no sector or
/// title is given and the name is the country's. An actor without a name is named after its
/// country, sector, title or id; an event without any actor gets one stand-in actor.
///
/// What the model cannot hold is counted per row and value in `losses()`, under the column's
/// label: countries after the first, COW numbers (the model keys states by ISO 3166-1), sectors
/// that are no CAMEO actor type, contexts after the first, Intensity, the raw names, coordinates,
/// GeoNames ids, feature types, story lists and the coder's version.
class dataset_builder {
public:
    explicit dataset_builder(dataset& target, import_options options = {});

    /// Maps `row` (every row the reader returns maps).
    void add(const record& row);

    /// Goes on into another dataset (a batch of a long file): actors, places and sources start
    /// afresh there, event ids stay unique over all the batches, the losses go on counting.
    void continue_into(dataset& target);

    [[nodiscard]] std::uint64_t events() const noexcept { return events_; }
    /// What the model could not hold, by column.
    [[nodiscard]] const loss_tally& losses() const noexcept { return losses_; }

private:
    actor_id actor_for(const polecat::actor& a);
    place_id place_for(const record& row);
    source_id source_for(const record& row);
    void count_losses(const record& row);
    void count_side_losses(const polecat::actor& a, column name);
    std::string_view own(std::string_view s) { return target_->text(s); }

    dataset* target_;
    import_options options_;
    entity_registry<bilateral::actor> actors_;    // by name, country, title, Wikipedia id and sectors
    entity_registry<bilateral::place> places_;    // by the framework's place key
    entity_registry<bilateral::source> sources_;  // by Source, Publication Date and Language; the file by ""
    unique_ids event_ids_;
    loss_tally losses_;
    std::uint64_t events_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::polecat

namespace bilateral::detail::polecat {

/// The country of an ISO 3166-1 alpha-3 code, or none ("IGO", Kosovo's "XKX").
[[nodiscard]] constexpr country iso_country(std::string_view alpha3) noexcept {
    const country c = country::from_alpha3(alpha3);
    return c.ok() ? c : country{};
}

[[nodiscard]] inline std::string lower(std::string_view s) {
    std::string out{s};
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// A BCP 47 tag in its usual form: 2–3 letters, then subtags of letters and digits ("en", "pt-BR").
[[nodiscard]] constexpr bool is_language_tag(std::string_view s) noexcept {
    const std::size_t dash = s.find('-');
    const std::string_view primary = s.substr(0, dash);
    if (primary.size() < 2 || primary.size() > 3) return false;
    for (const char c : primary)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    if (dash == std::string_view::npos) return true;
    std::size_t run = 0;
    for (const char c : s.substr(dash + 1)) {
        if (c == '-') {
            if (run == 0) return false;
            run = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            if (++run > 8) return false;
        } else {
            return false;
        }
    }
    return run != 0;
}

/// The sector codes of an actor in order (Primary Sector first) and which of them the model
/// holds (CAMEO actor types, each once).
struct sector_codes {
    std::vector<std::string_view> all;  // three capital letters: what the kind is inferred from
    std::vector<sector_code> held;
};

[[nodiscard]] inline sector_codes sectors_of(const bilateral::polecat::actor& a) {
    sector_codes s;
    const auto take = [&](std::string_view item) {
        if (!sector_code{item}.ok()) return;
        s.all.push_back(item);
        const sector_code code{item};
        if (codes::find_cameo_actor_type(item) != nullptr && std::find(s.held.begin(), s.held.end(), code) == s.held.end())
            s.held.push_back(code);
    };
    bilateral::polecat::for_each_item(a.primary_sector, take);
    bilateral::polecat::for_each_item(a.sectors, take);
    return s;
}

/// The name an actor is added under: its own, else its country's, its first CAMEO sector's, its
/// title or its Wikidata id; empty when it has none of them.
[[nodiscard]] inline std::string_view name_of(const bilateral::polecat::actor& a, const sector_codes& sectors) {
    if (!a.name.empty()) return a.name;
    if (const country c = iso_country(bilateral::polecat::first_item(a.country)); c.ok()) return c.name();
    if (!sectors.held.empty()) return codes::find_cameo_actor_type(sectors.held.front().str())->label;
    if (!a.title.empty()) return a.title;
    return is_wikidata_id(a.wikipedia_id) ? a.wikipedia_id : std::string_view{};
}

}  // namespace bilateral::detail::polecat

namespace bilateral::polecat {

inline dataset_builder::dataset_builder(dataset& target, import_options options)
    : target_{&target}, options_{options}, actors_{target}, places_{target}, sources_{target} {}

inline void dataset_builder::continue_into(dataset& target) {
    target_ = &target;
    actors_ = entity_registry<bilateral::actor>{target};
    places_ = entity_registry<bilateral::place>{target};
    sources_ = entity_registry<bilateral::source>{target};
}

inline void dataset_builder::count_side_losses(const polecat::actor& a, column name) {
    const auto at = [&](int k) { return label(static_cast<column>(static_cast<int>(name) + k)); };
    const auto lost = [&](std::string_view field, std::string_view what, std::string_view value) {
        if (!value.empty()) losses_.count(field, what, [&] { return std::string{value}; });
    };
    constexpr std::string_view no_field = "not held: the model has no field for it";
    const std::string_view first = first_item(a.country);
    if (!first.empty() && !detail::polecat::iso_country(first).ok()) lost(at(1), "not held: no ISO 3166-1 country", first);
    for_each_item(a.country, [&](std::string_view c) {
        if (c.data() != first.data()) lost(at(1), "not held: a second country (an actor has one)", c);
    });
    for_each_item(a.cow, [&](std::string_view n) { lost(at(2), "not held: a COW number (the model keys states by ISO 3166-1)", n); });
    for (int k : {3, 4})
        for_each_item(k == 3 ? a.primary_sector : a.sectors, [&](std::string_view s) {
            if (codes::find_cameo_actor_type(s) == nullptr) lost(at(k), "not held: not a CAMEO actor type (codes/cameo_actors.hpp)", s);
        });
    lost(at(6), no_field, a.name_raw);
    if (!is_wikidata_id(a.wikipedia_id)) lost(at(7), "not held: not a Wikidata id (Q and digits)", a.wikipedia_id);
    if (a.name.empty() && !detail::polecat::name_of(a, detail::polecat::sectors_of(a)).empty())
        lost(at(0), "missing: an actor without a name, named after its country, sector, title or Wikidata id", "(none)");
}

inline void dataset_builder::count_losses(const record& row) {
    const auto lost = [&](std::string_view field, std::string_view what, std::string_view value) {
        if (!value.empty()) losses_.count(field, what, [&] { return std::string{value}; });
    };
    constexpr std::string_view no_field = "not held: the model has no field for it";
    if (row.intensity)
        lost(label(column::intensity), "not held: POLECAT's intensity scale, which is no Goldstein value (the model has no field for it)",
             row.intensity->text());
    const std::string_view context = first_item(row.contexts);
    for_each_item(row.contexts, [&](std::string_view c) {
        if (c.data() != context.data()) lost(label(column::contexts), "not held: a second context (an event has one)", c);
    });
    count_side_losses(row.actor, column::actor_name);
    count_side_losses(row.recipient, column::recipient_name);
    const std::string_view country = first_item(row.place.country);
    if (!country.empty() && !detail::polecat::iso_country(country).ok()) lost(label(column::country), "not held: no ISO 3166-1 country", country);
    for_each_item(row.place.country, [&](std::string_view c) {
        if (c.data() != country.data()) lost(label(column::country), "not held: a second country (a place lies in one)", c);
    });
    const std::string_view& p = row.place.placename;
    const bool placename_held = p == row.place.city || p == row.place.district || p == row.place.province ||
                                p == detail::polecat::iso_country(country).name();
    if (!placename_held) lost(label(column::placename), "not held: a place name other than the city, district, province or country", row.place.placename);
    lost("Latitude, Longitude", no_field, row.place.latitude);
    lost(label(column::geonames_id), no_field, row.place.geonames_id);
    lost(label(column::raw_placename), no_field, row.place.raw_placename);
    lost(label(column::feature_type), no_field, row.place.feature_type);
    for (const auto& [c, list] : {std::pair{column::story_people, row.story_people}, std::pair{column::story_organizations, row.story_organizations},
                                  std::pair{column::story_locations, row.story_locations}}) {
        const std::string_view field = label(c);  // not the binding itself: clang 14 cannot capture one
        for_each_item(list, [&](std::string_view item) { lost(field, no_field, item); });
    }
    if (!row.language.empty() && !detail::polecat::is_language_tag(row.language))
        lost(label(column::language), "not held: not a BCP 47 language tag", row.language);
    lost(label(column::version), no_field, row.version);
}

inline actor_id dataset_builder::actor_for(const polecat::actor& a) {
    const country c = detail::polecat::iso_country(first_item(a.country));
    std::string key{a.name};
    for (const std::string_view part : {c.alpha2(), a.title, a.wikipedia_id, a.primary_sector, a.sectors})
        key.append(1, '\x1f').append(part);
    if (const actor_id known = actors_.find(key); !known.empty()) return known;
    const detail::polecat::sector_codes sectors = detail::polecat::sectors_of(a);
    const std::string_view wikidata = is_wikidata_id(a.wikipedia_id) ? a.wikipedia_id : std::string_view{};
    const std::string_view name = detail::polecat::name_of(a, sectors);
    if (name.empty()) return {};
    return actors_.obtain(key, text_id("polecat-" + std::string{name}, id_style::words), [&] {
        const bool bare_state = sectors.all.empty() && a.title.empty() && c.ok() && (name == c.name() || name == c.alpha3());
        return bilateral::actor{.kind = actor_kind_from_sector(sectors.all.empty() ? std::string_view{} : sectors.all.front(), bare_state),
                                .name = own(name),
                                .country = c,
                                .office = own(a.title),
                                .sectors = target_->list(sectors.held),
                                .wikidata = own(wikidata)};
    });
}

inline place_id dataset_builder::place_for(const record& row) {
    const country c = detail::polecat::iso_country(first_item(row.place.country));
    place_id at;
    if (c.ok()) at = import_place(places_, c.name(), place_kind::country, c);
    for (const std::string_view region : {row.place.province, row.place.district})
        if (!region.empty()) at = import_place(places_, region, place_kind::region, c, at);
    if (!row.place.city.empty()) at = import_place(places_, row.place.city, place_kind::city, c, at);
    return at;
}

inline source_id dataset_builder::source_for(const record& row) {
    if (row.source.empty())  // the file itself stands for rows without a Source
        return sources_.obtain("", "polecat-file", [&] { return bilateral::source{.publisher = "POLECAT", .title = own(options_.file_title)}; });
    const date day = row.publication_date.value_or(date{});
    const std::string_view language = detail::polecat::is_language_tag(row.language) ? row.language : std::string_view{};
    std::string key{row.source};
    key.append(1, '\x1f').append(day.iso().view()).append(1, '\x1f').append(language);
    if (const source_id known = sources_.find(key); !known.empty()) return known;
    std::string title{row.source};
    if (day.known()) title.append(", ").append(day.iso().view());
    return sources_.obtain(key, text_id("polecat-" + title, id_style::words), [&] {
        return bilateral::source{.publisher = own(row.source), .title = own(title), .date = day, .language = own(language)};
    });
}

inline void dataset_builder::add(const record& row) {
    count_losses(row);
    actor_id participant = actor_for(row.actor);
    if (participant.empty()) {
        // The model's events have a participant; POLECAT gave none the model can name.
        losses_.count(label(column::actor_name), "missing: an event without an actor, given a stand-in", [] { return std::string{"(none)"}; });
        participant = actors_.obtain("", "polecat-unknown-actor", [] {
            return bilateral::actor{.kind = actor_kind::organisation, .name = "unknown (POLECAT names no actor)"};
        });
    }
    const actor_id recipient = actor_for(row.recipient);
    const std::string mode = detail::polecat::lower(row.event_mode);
    const std::string context = detail::polecat::lower(first_item(row.contexts));
    event e{.id = event_id{own(event_ids_.take(text_id("polecat-" + std::string{row.event_id}, id_style::code)))},
            .date = row.event_date,
            .place = place_for(row),
            .participants = target_->list(std::vector<actor_id>{participant}),
            .recipients = recipient.empty() ? list_view<actor_id>{} : target_->list(std::vector<actor_id>{recipient}),
            .plover = row.event_type,
            .plover_mode = plover_word{own(mode)},
            .plover_context = plover_word{own(context)},
            .quad_class = row.quad,
            .evidence = {.source = source_for(row),
                         .basis = evidence_basis::inferred,
                         .note = "Machine-coded by POLECAT's coder (NGEC) from the news story (actors, PLOVER type, mode, "
                                 "contexts and place are the coder's reading, not the story's words)."}};
    target_->add(e);
    ++events_;
}

}  // namespace bilateral::polecat
