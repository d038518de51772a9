// SPDX-License-Identifier: BSL-1.0
/// ICEWS rows into an owning dataset's events, with the actors, places and sources they name.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <bilateral/core/coding.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/io/icews/countries.hpp>
#include <bilateral/io/icews/record.hpp>
#include <bilateral/io/import.hpp>

namespace bilateral::icews {

/// An ICEWS sector and the CAMEO sector code the model keeps for it.
struct sector_word {
    std::string_view word;  ///< as ICEWS writes it ("Foreign Ministry")
    std::string_view code;  ///< CAMEO's code ("GOV")
};

/// The ICEWS sectors the model keeps, as CAMEO codes, in the order that decides an actor's kind:
/// armed forces first, then media, then government, then the rest (ICEWS lists an actor's sectors
/// in no fixed order, so the first of the list cannot decide). Sectors not listed here (parties,
/// ideologies, religions, regions: ICEWS has some 150) are counted as losses.
inline constexpr std::array<sector_word, 34> sector_words{{
    {"Military", "MIL"}, {"Army", "MIL"}, {"Navy", "MIL"}, {"Air Force", "MIL"}, {"Marines", "MIL"},
    {"Media", "MED"}, {"News", "MED"}, {"Print News", "MED"}, {"Broadcast News", "MED"},
    {"Police", "COP"}, {"Judicial", "JUD"}, {"Legislative / Parliamentary", "LEG"}, {"Lower House", "LEG"},
    {"Upper House", "LEG"}, {"Unicameral", "LEG"}, {"Government", "GOV"}, {"Executive", "GOV"},
    {"Executive Office", "GOV"}, {"Cabinet", "GOV"}, {"Foreign Ministry", "GOV"},
    {"Defense / Security Ministry", "GOV"}, {"Finance / Economy / Commerce / Trade Ministry", "GOV"},
    {"Business", "BUS"}, {"Education", "EDU"}, {"Criminals / Gangs", "CRM"}, {"Insurgents", "INS"},
    {"Dissident", "OPP"}, {"Protestors / Popular Opposition / Mobs", "OPP"},
    {"Nongovernmental Organizations / Activists", "NGO"}, {"Human Rights NGOs", "NGO"},
    {"International Government Organization", "IGO"}, {"Labor", "LAB"}, {"Agricultural", "AGR"},
    {"General Population / Civilian / Social", "CVL"},
}};

/// How rows become records of a dataset.
struct import_options {
    /// Title of the source that stands for the file, cited by rows without a Story ID.
    std::string_view file_title = "ICEWS event file";
};

/// Adds ICEWS rows to an owning `dataset` as events of the model, with the actors, places and
/// sources they name (each added once, however many rows name it). The dataset owns copies of
/// all the text, so the rows (and the text read) need not outlive it.
///
/// A row becomes: an event `icews-<Event ID>-<YYYYMMDD>` (the key; a key that repeats gets the
/// import framework's suffix, `.2`, and is kept) on Event Date, the source actor its participant
/// and the target its recipient, its CAMEO code with the label ICEWS gives (Event Text), PLOVER
/// type, mode and context through the 2021 CAMEO→PLOVER table, Intensity as the Goldstein value of
/// the ICEWS table, the quad class of the code's root; its place the city, else the province, else
/// the country of the event; its source the story (Publisher, Story ID), cited as inferred
/// evidence (machine coding). Actors are one per name, country and sectors, `icews-<name>`; the
/// country by `country_alpha3` (Kosovo's XKX, which ISO 3166-1 has not, is left out: panels of the
/// rows themselves keep it); sectors as CAMEO codes by `sector_words`; the kind: a state when the
/// name is its country's and ICEWS gives no sector, else by the framework's rule on the sector that
/// comes first in `sector_words` (io/import/actor_kind.hpp). ICEWS does not tell persons from
/// organisations: a person ("Xi Jinping", sectors Government) has the kind of its sectors. A row
/// without Intensity has no Goldstein value. What the model cannot hold is counted per row.
class dataset_builder {
public:
    explicit dataset_builder(dataset& target, import_options options = {});

    /// Maps `row` (every row the reader returns maps).
    void add(const record& row);

    /// Goes on into another dataset (a batch of a long file): actors, places and sources start
    /// afresh there, event ids stay unique over all the batches, the losses go on counting.
    void continue_into(dataset& target);

    [[nodiscard]] std::uint64_t events() const noexcept { return events_; }
    /// What the model could not hold: sectors without a CAMEO code, country names outside ICEWS's
    /// list, and the fields the model has no place for (sentence number, coordinates, district).
    [[nodiscard]] const loss_tally& losses() const noexcept { return losses_; }

private:
    actor_id actor_for(const icews::actor& a);
    place_id place_for(const record& row);
    source_id source_for(const record& row);
    country country_of(std::string_view name);
    void count_losses(const record& row);
    std::string_view own(std::string_view s) { return target_->text(s); }

    dataset* target_;
    import_options options_;
    entity_registry<bilateral::actor> actors_;    // by name, country and sectors
    entity_registry<place> places_;    // by city, province and country
    entity_registry<source> sources_;  // by Story ID; the file itself by ""
    unique_ids event_ids_;
    loss_tally losses_;
    std::uint64_t events_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Implementation

inline dataset_builder::dataset_builder(dataset& target, import_options options)
    : target_{&target}, options_{options}, actors_{target}, places_{target}, sources_{target} {}

inline void dataset_builder::continue_into(dataset& target) {
    target_ = &target;
    actors_ = entity_registry<bilateral::actor>{target};
    places_ = entity_registry<place>{target};
    sources_ = entity_registry<source>{target};
}

inline country dataset_builder::country_of(std::string_view name) {
    const std::optional<std::string_view> alpha3 = country_alpha3(name);
    if (!alpha3 || alpha3->empty()) return {};
    const country c = country::from_alpha3(*alpha3);
    return c.ok() ? c : country{};
}

inline void dataset_builder::count_losses(const record& row) {
    const auto not_held = [&](std::string_view field, std::string_view what, std::string_view value) {
        if (!value.empty()) losses_.count(field, what, [&] { return std::string{value}; });
    };
    constexpr std::string_view no_field = "not held: the model has no field for it";
    const std::array<std::pair<std::string_view, const icews::actor*>, 2> sides{{{"Source", &row.source}, {"Target", &row.target}}};
    for (const auto& side_and_actor : sides) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const std::string_view side = side_and_actor.first;
        const icews::actor* a = side_and_actor.second;
        if (a->name.empty()) continue;
        for_each_sector(a->sectors, [&](std::string_view word) {
            const bool known = std::any_of(sector_words.begin(), sector_words.end(), [&](const sector_word& w) { return w.word == word; });
            if (!known) not_held(std::string{side} + " Sectors", "not held: an ICEWS sector without a CAMEO code", word);
        });
        const std::string field = std::string{side} + " Country";
        const std::optional<std::string_view> alpha3 = country_alpha3(a->country);
        if (!alpha3) not_held(field, "not held: a country name outside ICEWS's list", a->country);
        else if (!alpha3->empty() && !country::from_alpha3(*alpha3).ok())  // Kosovo's XKX
            not_held(field, "not held: no ISO 3166-1 country", a->country);
    }
    if (!row.city.empty()) not_held("Province", "not held: the place is the city", row.province);
    if (row.sentence_number) not_held("Sentence Number", no_field, std::to_string(*row.sentence_number));
    not_held("District", no_field, row.district);
    not_held("Latitude, Longitude", no_field, row.latitude);
}

inline actor_id dataset_builder::actor_for(const icews::actor& a) {
    std::string key{a.name};
    key.append(1, '\x1f').append(a.country).append(1, '\x1f').append(a.sectors);
    if (const actor_id known = actors_.find(key); !known.empty()) return known;
    return actors_.obtain(key, text_id("icews-" + std::string{a.name}, id_style::words), [&] {
        // Sectors as CAMEO codes, in the table's order (which decides the kind), each once.
        std::array<bool, sector_words.size()> has{};
        for_each_sector(a.sectors, [&](std::string_view word) {
            for (std::size_t i = 0; i < sector_words.size(); ++i)
                if (sector_words[i].word == word) has[i] = true;
        });
        std::vector<sector_code> sectors;
        for (std::size_t i = 0; i < sector_words.size(); ++i) {
            const sector_code code{sector_words[i].code};
            if (has[i] && std::find(sectors.begin(), sectors.end(), code) == sectors.end()) sectors.push_back(code);
        }
        const country c = country_of(a.country);
        const bool bare_state = a.sectors.empty() && !a.country.empty() && a.name == a.country;
        return bilateral::actor{.kind = actor_kind_from_sector(sectors.empty() ? std::string_view{} : sectors.front().str(), bare_state),
                     .name = own(a.name),
                     .country = c,
                     .sectors = target_->list(sectors)};
    });
}

inline place_id dataset_builder::place_for(const record& row) {
    if (row.city.empty() && row.province.empty() && row.country.empty()) return {};
    std::string key{row.city};
    key.append(1, '\x1f').append(row.province).append(1, '\x1f').append(row.country);
    if (const place_id known = places_.find(key); !known.empty()) return known;
    const std::string_view name = !row.city.empty() ? row.city : !row.province.empty() ? row.province : row.country;
    return places_.obtain(key, text_id("icews-" + std::string{name}, id_style::words), [&] {
        const place_kind kind = !row.city.empty() ? place_kind::city : !row.province.empty() ? place_kind::region : place_kind::country;
        return place{.kind = kind, .name = own(name), .country = country_of(row.country)};
    });
}

inline source_id dataset_builder::source_for(const record& row) {
    if (const source_id known = sources_.find(row.story_id); !known.empty()) return known;
    if (row.story_id.empty())  // the file itself stands for rows without a Story ID
        return sources_.obtain("", "icews-file", [&] { return source{.publisher = "ICEWS", .title = own(options_.file_title)}; });
    return sources_.obtain(row.story_id, text_id("icews-story-" + std::string{row.story_id}, id_style::code), [&] {
        return source{.publisher = row.publisher.empty() ? std::string_view{"unknown"} : own(row.publisher),
                      .title = own("ICEWS story " + std::string{row.story_id})};
    });
}

inline void dataset_builder::add(const record& row) {
    const std::optional<cameo_coding> coding = coding_of(row.code, goldstein_table::icews);
    const cameo_coding tables = coding.value_or(cameo_coding{});
    // Intensity as given; none where the row has none (as in panels of the rows themselves).
    std::optional<goldstein> g;
    if (row.intensity) g = goldstein{.tenths = *row.intensity, .table = goldstein_table::icews};
    count_losses(row);

    const actor_id participant = actor_for(row.source);
    const actor_id recipient = row.target.name.empty() ? actor_id{} : actor_for(row.target);

    std::string day{row.event_date.iso().view()};  // "2018-06-01" -> "20180601"
    std::erase(day, '-');
    event e{.id = event_id{own(event_ids_.take(text_id("icews-" + std::string{row.event_id} + "-" + day, id_style::code)))},
            .date = row.event_date,
            .place = place_for(row),
            .participants = target_->list(std::vector<actor_id>{participant}),
            .recipients = recipient.empty() ? list_view<actor_id>{} : target_->list(std::vector<actor_id>{recipient}),
            .cameo = row.code,
            .plover = tables.plover,
            .plover_mode = tables.plover_mode,
            .plover_context = tables.plover_context,
            .goldstein = g,
            .quad_class = quad_class_of(row.code),
            .description = row.event_text.empty() ? tables.label : own(row.event_text),
            .evidence = {.source = source_for(row),
                         .basis = evidence_basis::inferred,
                         .note = "Machine-coded by ICEWS from the news story (actors, CAMEO code and place are the "
                                 "coder's reading, not the story's words)."}};
    target_->add(e);
    ++events_;
}

}  // namespace bilateral::icews
