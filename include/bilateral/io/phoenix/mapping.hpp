// SPDX-License-Identifier: BSL-1.0
/// Phoenix rows into an owning dataset's events, with the actors, places and sources they name.
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
#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/core/coding.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/io/import.hpp>
#include <bilateral/io/phoenix/countries.hpp>
#include <bilateral/io/phoenix/record.hpp>

namespace bilateral::phoenix {

/// How rows become records of a dataset.
struct import_options {
    /// Title of the source that stands for the file, cited by rows without a URL or news source.
    std::string_view file_title = "Phoenix event file";
};

/// Adds Phoenix rows to an owning `dataset` as events of the model, with the actors, places and
/// sources they name (each added once, however many rows name it). The dataset owns copies of
/// all the text, so the rows (and the text read) need not outlive it.
///
/// A row becomes: an event `phoenix-<EventID>` (made unique with the import framework's suffix,
/// `.2`, should an id repeat) on Date, the source actor its participant and the target its
/// recipient; EventCode, with the CAMEO label and the PLOVER type, mode and context of the 2021
/// CAMEO→PLOVER table; GoldsteinScore as the Goldstein value of the Phoenix table (none where the
/// row has none); the quad class of the code's root by the CAMEO codebook (the model's rule,
/// which validation checks: where Phoenix's QuadClass differs, 0 "neutral" for roots 01 and 02
/// or 3 for root 16, it is counted as a loss); its place from the geocoder's LocationName,
/// StateName and CountryCode; its source the first report (URL and news source), cited as
/// inferred evidence (machine coding). Actors are one per full CAMEO actor code,
/// `phoenix-<code>`, named by the code: the country by `country_alpha3` of the entity; sectors
/// the role, the entity when it is a root actor (IGO, NGO, IMG, MNC) and the attributes, each
/// if it is a CAMEO actor type (Phoenix's role PTY is not); the kind by the framework's rule on
/// the first sector (io/import/actor_kind.hpp), a state when the code is the country code
/// alone. A row without a source actor adds nothing (an event needs a participant): it is
/// counted in `skipped()`. What the model cannot hold is counted per row.
class dataset_builder {
public:
    explicit dataset_builder(dataset& target, import_options options = {});

    /// Maps `row`; false when it was skipped (no SourceActorFull).
    bool add(const record& row);

    /// Goes on into another dataset (a batch of a long file): actors, places and sources start
    /// afresh there, event ids stay unique over all the batches, the losses go on counting.
    void continue_into(dataset& target);

    [[nodiscard]] std::uint64_t events() const noexcept { return events_; }
    [[nodiscard]] std::uint64_t skipped() const noexcept { return skipped_; }
    /// What the model could not hold, by Phoenix column: roles and attribute codes that are no
    /// CAMEO actor type (PTY; religions, ethnic and known groups), entities and country codes without an ISO
    /// country, Phoenix's quad classes where they differ from CAMEO's, codes outside the CAMEO
    /// codebook, every report after the first, and the columns the model has no field for
    /// (Issues, Lat and Lon, SentenceID).
    [[nodiscard]] const loss_tally& losses() const noexcept { return losses_; }

private:
    actor_id actor_for(const phoenix::actor& a);
    place_id place_for(const record& row);
    source_id source_for(const record& row);
    void count_losses(const record& row);
    std::string_view own(std::string_view s) { return target_->text(s); }

    dataset* target_;
    import_options options_;
    entity_registry<bilateral::actor> actors_;  // by full actor code
    entity_registry<place> places_;             // by name, kind, country and enclosing place
    entity_registry<source> sources_;           // by first URL and news source; the file itself by ""
    unique_ids event_ids_;
    loss_tally losses_;
    std::uint64_t events_ = 0;
    std::uint64_t skipped_ = 0;
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

inline void dataset_builder::count_losses(const record& row) {
    const auto lost = [&](std::string_view field, std::string_view what, std::string_view value) {
        if (!value.empty()) losses_.count(field, what, [&] { return std::string{value}; });
    };
    constexpr std::string_view no_field = "not held: the model has no field for it";
    const std::array<std::pair<std::string_view, const phoenix::actor*>, 2> sides{{{"Source", &row.source}, {"Target", &row.target}}};
    for (const auto& side_and_actor : sides) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const std::string side{side_and_actor.first};
        const phoenix::actor* a = side_and_actor.second;
        if (a->code.empty()) continue;
        const bool root_actor = codes::find_cameo_actor_type(a->entity) != nullptr;  // IGO, NGO, IMG, MNC
        if (!a->entity.empty() && !root_actor && country_alpha3(a->entity).empty())
            lost(side + "ActorEntity", "not held: a country code without an ISO 3166-1 country", a->entity);
        if (!a->role.empty() && codes::find_cameo_actor_type(a->role) == nullptr)  // PTY
            lost(side + "ActorRole", "not held: a role that is no CAMEO actor type", a->role);
        for_each_item(a->attributes, [&](std::string_view code) {
            if (codes::find_cameo_actor_type(code) == nullptr)
                lost(side + "ActorAttribute", "not held: a code that is no CAMEO actor type (religion, ethnic or known group)", code);
        });
    }
    if (row.quad_class && static_cast<quad_class>(*row.quad_class) != quad_class_of(row.code))
        lost("QuadClass", "not held: Phoenix's class differs from the CAMEO codebook's, which the model keeps",
             std::to_string(*row.quad_class) + " for " + std::string{row.code.str()});
    if (codes::find_cameo_event(row.code.str()) == nullptr)
        lost("EventCode", "held, but outside the CAMEO codebook: no label, PLOVER type or table value", row.code.str());
    if (!row.country_code.empty() && !country::from_alpha3(row.country_code).ok())
        lost("CountryCode", "not held: not an ISO 3166-1 alpha-3 code", row.country_code);
    const auto after_first = [&](std::string_view field, std::string_view list) {
        bool first = true;
        for_each_item(list, [&](std::string_view item) {
            if (!std::exchange(first, false)) lost(field, "not held: the event cites one report, the first", item);
        });
    };
    after_first("URLs", row.urls);
    after_first("NewsSources", row.news_sources);
    lost("Issues", no_field, row.issues);
    lost("Lat, Lon", no_field, row.lat.empty() ? row.lon : row.lat);
    lost("SentenceID", no_field, row.sentence_ids);
}

inline actor_id dataset_builder::actor_for(const phoenix::actor& a) {
    if (const actor_id known = actors_.find(a.code); !known.empty()) return known;
    return actors_.obtain(a.code, text_id("phoenix-" + std::string{a.code}, id_style::code), [&] {
        // Sectors are CAMEO actor types (validation checks them); the role first: it says most
        // about the actor, and decides its kind.
        std::vector<sector_code> sectors;
        const auto add = [&](std::string_view code) {
            const sector_code s{code};
            if (codes::find_cameo_actor_type(code) != nullptr && std::find(sectors.begin(), sectors.end(), s) == sectors.end())
                sectors.push_back(sector_code{own(code)});
        };
        add(a.role);
        add(a.entity);  // a root actor: IGO, NGO, IMG, MNC
        for_each_item(a.attributes, add);
        const std::string_view alpha3 = country_alpha3(a.entity);
        const bool bare_state = !alpha3.empty() && a.code == a.entity;
        const std::string_view first = sectors.empty() ? std::string_view{} : sectors.front().str();
        return bilateral::actor{.kind = actor_kind_from_sector(first, bare_state),
                                .name = own(a.code),
                                .country = alpha3.empty() ? country{} : country::from_alpha3(alpha3),
                                .sectors = target_->list(sectors)};
    });
}

inline place_id dataset_builder::place_for(const record& row) {
    // The geocoder (CLIFF) gives a city, a state or a country without saying which: a name with a
    // state is a city in it (or the state itself), a name that is the country's ISO name is the
    // country, any other name a city.
    const country c = row.country_code.empty() ? country{} : country::from_alpha3(row.country_code);
    const country in = c.ok() ? c : country{};
    const place_id state = row.state_name.empty() ? place_id{} : import_place(places_, row.state_name, place_kind::region, in);
    if (row.location_name.empty() || row.location_name == row.state_name) {
        if (!state.empty()) return state;
        return in.ok() ? import_place(places_, in.name(), place_kind::country, in) : place_id{};
    }
    if (state.empty() && in.ok() && row.location_name == in.name()) return import_place(places_, in.name(), place_kind::country, in);
    return import_place(places_, row.location_name, place_kind::city, in, state);
}

inline source_id dataset_builder::source_for(const record& row) {
    // The first report: the lists are parallel (one item per report of the event).
    const std::string_view url = first_item(row.urls);
    const std::string_view feed = first_item(row.news_sources);
    if (url.empty() && feed.empty())  // the file itself stands for rows that name no report
        return sources_.obtain("", "phoenix-file", [&] { return source{.publisher = "Phoenix", .title = own(options_.file_title)}; });
    std::string key{url};
    key.append(1, '\x1f').append(feed);
    if (const source_id known = sources_.find(key); !known.empty()) return known;
    // A SentenceID is the story's id, '_', the sentence's number: the story names the source.
    const std::string_view sentence = first_item(row.sentence_ids);
    const std::string_view story = sentence.substr(0, sentence.rfind('_'));
    const std::string base = story.empty() ? std::string{"phoenix-source"} : "phoenix-story-" + std::string{story};
    return sources_.obtain(key, text_id(base, id_style::code), [&] {
        return source{.publisher = feed.empty() ? std::string_view{"unknown"} : own(feed),
                      .title = url.empty() ? own("Phoenix story " + std::string{story.empty() ? feed : story}) : own(url),
                      .url = own(url)};
    });
}

inline bool dataset_builder::add(const record& row) {
    if (row.source.code.empty()) {  // the whole row is the loss
        ++skipped_;
        losses_.count("SourceActorFull", "not held: a row without a source actor (an event needs a participant)",
                      [&] { return std::string{row.event_id}; });
        return false;
    }
    count_losses(row);
    const std::optional<cameo_coding> coding = coding_of(row.code, goldstein_table::phoenix);
    const cameo_coding tables = coding.value_or(cameo_coding{});
    std::optional<goldstein> g;  // GoldsteinScore as given; none where the row has none
    if (row.goldstein) g = goldstein{.tenths = *row.goldstein, .table = goldstein_table::phoenix};

    const actor_id participant = actor_for(row.source);
    const actor_id recipient = row.target.code.empty() ? actor_id{} : actor_for(row.target);
    event e{.id = event_id{own(event_ids_.take(text_id("phoenix-" + std::string{row.event_id}, id_style::code)))},
            .date = row.date,
            .place = place_for(row),
            .participants = target_->list(std::vector<actor_id>{participant}),
            .recipients = recipient.empty() ? list_view<actor_id>{} : target_->list(std::vector<actor_id>{recipient}),
            .cameo = row.code,
            .plover = tables.plover,
            .plover_mode = tables.plover_mode,
            .plover_context = tables.plover_context,
            .goldstein = g,
            .quad_class = quad_class_of(row.code),
            .description = tables.label,
            .evidence = {.source = source_for(row),
                         .basis = evidence_basis::inferred,
                         .note = "Machine-coded by Phoenix (PETRARCH) from a sentence of the news story (actors, CAMEO "
                                 "code and place are the coder's reading, not the story's words)."}};
    target_->add(e);
    ++events_;
    return true;
}

}  // namespace bilateral::phoenix
