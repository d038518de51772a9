// SPDX-License-Identifier: BSL-1.0
// Sample records that the unit tests share: one small, valid dataset and the `with` helper.
#pragma once
#include <string_view>

#include <bilateral/core/dataset_view.hpp>

// The records are a miniature of the Astana talks of 3 July 2024 (the Akorda report that
// data/astana_2024.hpp records in full), for tests. They are consistent with each other and valid
// together: every reference resolves within `valid`, which has no problem. Where they borrow the
// article's facts they keep them: the figures and their words, Tokayev's sentence to the letter,
// the paragraph numbers of the evidence (its non-empty lines counted from 1). Ids, codes, the
// paraphrase and the partnership's date (September 2019, which the article does not give) are the
// tests' own. A value that exists only to break a rule belongs in the test that breaks it.
namespace bilateral::test_samples {

/// A copy of `record` with `change` applied: `with(kz_cn, [](relation& r) { r.status = {}; })`.
template <class T, class F>
constexpr T with(T record, F change) {
    change(record);
    return record;
}

// Source ----------------------------------------------------------------------------------------

inline constexpr source akorda{
    .id = source_id{"akorda"},
    .publisher = "Akorda press service",
    .title = "Xi Jinping: China will always be a reliable support for Kazakhstan",
    .date = date{2024, 7, 3},
    .language = "en",
};

// Actors ----------------------------------------------------------------------------------------

inline constexpr sector_code gov[] = {sector_code{"GOV"}};
inline constexpr actor kz{.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"},
                          .wikidata = "Q232"};
inline constexpr actor cn{.id = actor_id{"cn"}, .kind = actor_kind::state, .name = "China", .country = country{"CN"},
                          .wikidata = "Q148"};
inline constexpr actor tokayev{.id = actor_id{"tokayev"},
                               .kind = actor_kind::person,
                               .name = "Kassym-Jomart Tokayev",
                               .country = country{"KZ"},
                               .office = "President of Kazakhstan",
                               .sectors = gov,
                               .part_of = actor_id{"kz"}};
inline constexpr actor xi{.id = actor_id{"xi"},
                          .kind = actor_kind::person,
                          .name = "Xi Jinping",
                          .country = country{"CN"},
                          .office = "President of China",
                          .sectors = gov,
                          .part_of = actor_id{"cn"},
                          .wikidata = "Q15031"};

// Places ----------------------------------------------------------------------------------------

inline constexpr place astana{.id = place_id{"astana"}, .kind = place_kind::city, .name = "Astana",
                              .country = country{"KZ"}, .wikidata = "Q1520"};
inline constexpr place palace{.id = place_id{"akorda-palace"},
                              .kind = place_kind::building,
                              .name = "Akorda Presidential Palace",
                              .country = country{"KZ"},
                              .part_of = place_id{"astana"}};

// Events: the visit, and the talks within it ----------------------------------------------------

inline constexpr actor_id only_xi[] = {actor_id{"xi"}};
inline constexpr actor_id only_tokayev[] = {actor_id{"tokayev"}};
inline constexpr actor_id both_leaders[] = {actor_id{"tokayev"}, actor_id{"xi"}};
inline constexpr event visit{
    .id = event_id{"state-visit"},
    .date = date{2024, 7, 3},
    .place = place_id{"astana"},
    .format = event_format::state_visit,
    .participants = only_xi,
    .recipients = only_tokayev,
    .cameo = cameo_code{"042"},
    .plover = plover_event::consult,
    .plover_mode = plover_word{"visit"},
    .plover_context = plover_word{"diplomatic"},
    .goldstein = goldstein{.tenths = 19, .table = goldstein_table::gdelt},
    .quad_class = quad_class::verbal_cooperation,
    .description = "Xi Jinping's state visit to Kazakhstan",
    .evidence = {.source = source_id{"akorda"}, .paragraph = 6},
};
inline constexpr event talks{
    .id = event_id{"talks"},
    .date = date{2024, 7, 3},
    .place = place_id{"akorda-palace"},
    .format = event_format::restricted_talks,
    .participants = both_leaders,
    .cameo = cameo_code{"040"},
    .plover = plover_event::consult,
    .goldstein = goldstein{.tenths = 10, .table = goldstein_table::gdelt},
    .quad_class = quad_class::verbal_cooperation,
    .part_of = event_id{"state-visit"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 2},
};

// Statements: a quotation from the restricted talks and Tokayev's account of the figures ---------

inline constexpr std::string_view partnership_topics[] = {"friendship", "partnership"};
inline constexpr statement s1{
    .id = statement_id{"s1"},
    .speaker = actor_id{"tokayev"},
    .addressee = actor_id{"xi"},
    .date = date{2024, 7, 3},
    .form = statement_form::verbatim,
    .text = "China is a friendly neighbor, an important strategic partner and one of our major allies.",
    .topics = partnership_topics,
    .event = event_id{"talks"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 7},
};
inline constexpr std::string_view figures_topics[] = {"trade", "investment"};
inline constexpr statement s2{
    .id = statement_id{"s2"},
    .speaker = actor_id{"tokayev"},
    .addressee = actor_id{"xi"},
    .date = date{2024, 7, 3},
    .form = statement_form::paraphrase,
    .text = "Tokayev said that last year trade between the two countries exceeded the record of $41 billion.",
    .topics = figures_topics,
    .event = event_id{"state-visit"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 16},
};

// Agreement and indicators: the 45 projects worth $14.5 billion, and trade above $41 billion -----

inline constexpr actor_id both_states[] = {actor_id{"kz"}, actor_id{"cn"}};
inline constexpr std::string_view portfolio_sectors[] = {"energy", "agriculture"};
inline constexpr agreement portfolio{
    .id = agreement_id{"portfolio"},
    .kind = agreement_kind::project_portfolio,
    .name = "Joint investment projects",
    .parties = both_states,
    .sectors = portfolio_sectors,
    .count = 45,
    .value = reported_amount{.value = any_money{currencies::usd, 1'450'000'000'000},
                             .qualifier = amount_qualifier::exact,
                             .scale = amount_scale::billion,
                             .as_reported = "worth $14.5 billion"},
    .status = agreement_status::under_implementation,
    .date = date{2024, 7, 3},
    .place = place_id{"astana"},
    .event = event_id{"state-visit"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 16},
};

inline constexpr indicator trade{
    .id = indicator_id{"trade-2023"},
    .measure = indicator_measure::trade_turnover,
    .reporter = country{"KZ"},
    .counterpart = country{"CN"},
    .period = period_of(date{2023}),
    .amount = {.value = any_money{currencies::usd, 4'100'000'000'000},
               .qualifier = amount_qualifier::more_than,
               .scale = amount_scale::billion,
               .as_reported = "exceeded the record of $41 billion"},
    .stated_by = actor_id{"tokayev"},
    .statement = statement_id{"s2"},
    .evidence = {.source = source_id{"akorda"},
                 .paragraph = 16,
                 .basis = evidence_basis::inferred,
                 .note = "\"last year\" in a report of 2024"},
};
inline constexpr indicator portfolio_value{
    .id = indicator_id{"portfolio-value"},
    .measure = indicator_measure::project_portfolio_value,
    .reporter = country{"KZ"},
    .counterpart = country{"CN"},
    .period = period_of(date{2024, 7, 3}),
    .amount = {.value = any_money{currencies::usd, 1'450'000'000'000},
               .qualifier = amount_qualifier::exact,
               .scale = amount_scale::billion},
    .agreement = agreement_id{"portfolio"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 16},
};

// Relation --------------------------------------------------------------------------------------

inline constexpr relation kz_cn{
    .id = relation_id{"kz-cn"},
    .first = country{"KZ"},
    .second = country{"CN"},
    .status = "Eternal Comprehensive Strategic Partnership",
    .since = date{2019, 9},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 7},
};

// The dataset -----------------------------------------------------------------------------------

inline constexpr source sources[] = {akorda};
inline constexpr actor actors[] = {kz, cn, tokayev, xi};
inline constexpr place places[] = {astana, palace};
inline constexpr event events[] = {visit, talks};
inline constexpr statement statements[] = {s1, s2};
inline constexpr agreement agreements[] = {portfolio};
inline constexpr indicator indicators[] = {trade, portfolio_value};
inline constexpr relation relations[] = {kz_cn};

/// All the sample records as one dataset, which the validator finds no problem with.
inline constexpr dataset_view valid{
    .sources = sources,
    .actors = actors,
    .places = places,
    .events = events,
    .statements = statements,
    .agreements = agreements,
    .indicators = indicators,
    .relations = relations,
};

}  // namespace bilateral::test_samples
