// SPDX-License-Identifier: BSL-1.0
/// Every fact of the Akorda report of the Xi Jinping – Kassym-Jomart Tokayev talks (Astana, 3 July 2024) as constexpr data.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include <bilateral/core/coding.hpp>
#include <bilateral/core/dataset_view.hpp>

// The source is ../shared/sources/akorda-2024-07-03-xi-tokayev.txt. Evidence cites it by paragraph:
// the file's non-empty lines counted from 1 (1 = the headline, 27 = the closing sentence). Only the
// quotations (statements of form verbatim or headline), names and the figures' own words
// (`as_reported`) are the article's text; descriptions, paraphrases and notes are written for the data.

namespace bilateral::data {

/// The ids of the dataset's records as named constants, so code can refer to them without typos.
/// Ids are unique per record kind; where an actor and a place share a name, the place constant is
/// prefixed `place_` (the state China is `china`, its territory `place_china`).
namespace astana_2024_ids {
// source
inline constexpr source_id akorda_report{"akorda-2024-07-03-xi-tokayev"};
// actors
inline constexpr actor_id xi_jinping{"xi-jinping"};
inline constexpr actor_id kassym_jomart_tokayev{"kassym-jomart-tokayev"};
inline constexpr actor_id china{"china"};
inline constexpr actor_id kazakhstan{"kazakhstan"};
inline constexpr actor_id kazakhstan_air_defense_forces{"kazakhstan-air-defense-forces"};
inline constexpr actor_id akorda_press_service{"akorda-press-service"};
inline constexpr actor_id kazakhstan_delegation{"kazakhstan-delegation"};
inline constexpr actor_id china_delegation{"china-delegation"};
inline constexpr actor_id beijing_language_and_culture_university{"beijing-language-and-culture-university"};
inline constexpr actor_id astana_international_university{"astana-international-university"};
inline constexpr actor_id united_nations{"un"};
// places
inline constexpr place_id place_kazakhstan{"kazakhstan"};
inline constexpr place_id place_china{"china"};
inline constexpr place_id astana{"astana"};
inline constexpr place_id beijing{"beijing"};
inline constexpr place_id akorda{"akorda"};
inline constexpr place_id central_asia{"central-asia"};
inline constexpr place_id titr{"titr"};
// events: the visit, its ceremonies and talks
inline constexpr event_id visit{"xi-visit-to-kazakhstan"};
inline constexpr event_id hosting{"tokayev-hosts-xi"};
inline constexpr event_id flypast{"flypast"};
inline constexpr event_id talks{"talks"};
inline constexpr event_id talks_restricted{"talks-restricted"};
inline constexpr event_id talks_expanded{"talks-expanded"};
inline constexpr event_id ferry_ceremony{"titr-ferry-ceremony"};
inline constexpr event_id cultural_centres_opening{"cultural-centres-opening"};
inline constexpr event_id blcu_branch_opening{"blcu-branch-opening"};
// events: the verbal acts of the talks, as an event coder codes them
inline constexpr event_id xi_pledges_support{"xi-pledges-support"};
inline constexpr event_id tokayev_praises_china{"tokayev-praises-china"};
inline constexpr event_id tokayev_endorses_initiative{"tokayev-endorses-initiative"};
inline constexpr event_id tokayev_praises_relations{"tokayev-praises-relations"};
inline constexpr event_id xi_praises_reforms{"xi-praises-reforms"};
inline constexpr event_id xi_affirms_priority{"xi-affirms-priority"};
inline constexpr event_id tokayev_endorses_peace_initiatives{"tokayev-endorses-peace-initiatives"};
inline constexpr event_id xi_endorses_middle_power_role{"xi-endorses-middle-power-role"};
// statements
inline constexpr statement_id xi_headline{"xi-headline"};
inline constexpr statement_id tokayev_gratitude{"tokayev-gratitude"};
inline constexpr statement_id tokayev_quote{"tokayev-quote"};
inline constexpr statement_id tokayev_appreciation{"tokayev-appreciation"};
inline constexpr statement_id xi_gratitude{"xi-gratitude"};
inline constexpr statement_id xi_quote_reforms{"xi-quote-reforms"};
inline constexpr statement_id xi_assurance{"xi-assurance"};
inline constexpr statement_id xi_quote_golden_years{"xi-quote-golden-years"};
inline constexpr statement_id tokayev_figures{"tokayev-figures"};
inline constexpr statement_id tokayev_peace_support{"tokayev-peace-support"};
inline constexpr statement_id xi_middle_power_support{"xi-middle-power-support"};
inline constexpr statement_id press_flypast_report{"press-flypast-report"};
inline constexpr statement_id press_centres_statement{"press-centres-statement"};
inline constexpr statement_id press_closing_assessment{"press-closing-assessment"};
// agreements and initiatives
inline constexpr agreement_id eternal_partnership{"eternal-comprehensive-strategic-partnership"};
inline constexpr agreement_id xi_new_level_initiative{"xi-new-level-initiative"};
inline constexpr agreement_id golden_years_plans{"golden-years-plans"};
inline constexpr agreement_id investment_projects{"investment-projects-45"};
inline constexpr agreement_id area_e_commerce{"area-e-commerce"};
inline constexpr agreement_id area_automobiles{"area-automobiles"};
inline constexpr agreement_id area_transit_transport{"area-transit-transport"};
inline constexpr agreement_id area_logistics{"area-logistics"};
inline constexpr agreement_id area_energy{"area-energy"};
inline constexpr agreement_id area_agriculture{"area-agriculture"};
inline constexpr agreement_id area_finance{"area-finance"};
inline constexpr agreement_id area_tourism{"area-tourism"};
inline constexpr agreement_id interregional_cooperation{"interregional-cooperation"};
inline constexpr agreement_id cultural_humanitarian_ties{"cultural-humanitarian-ties"};
inline constexpr agreement_id cultural_humanitarian_contacts{"cultural-humanitarian-contacts"};
inline constexpr agreement_id titr_ferry_route{"titr-ferry-route"};
inline constexpr agreement_id kazakhstan_cultural_centre_beijing{"kazakhstan-cultural-centre-beijing"};
inline constexpr agreement_id china_cultural_centre_astana{"china-cultural-centre-astana"};
inline constexpr agreement_id blcu_branch{"blcu-branch-astana"};
inline constexpr agreement_id china_peace_initiatives{"china-peace-initiatives"};
// indicators
inline constexpr indicator_id trade_turnover_2023{"trade-turnover-2023"};
inline constexpr indicator_id investment_projects_value{"investment-projects-value"};
inline constexpr indicator_id chinese_investment_15_years{"chinese-investment-15-years"};
// relations
inline constexpr relation_id china_kazakhstan{"china-kazakhstan"};
}  // namespace astana_2024_ids

/// The records, their list fields and the evidence notes they share.
namespace astana_2024_detail {
using namespace astana_2024_ids;  // only inside this namespace

// Evidence --------------------------------------------------------------------------------------

[[nodiscard]] constexpr evidence stated(std::uint16_t paragraph, std::string_view note = {}) noexcept {
    return {.source = akorda_report, .paragraph = paragraph, .basis = evidence_basis::stated, .note = note};
}
[[nodiscard]] constexpr evidence inferred(std::uint16_t paragraph, std::string_view note) noexcept {
    return {.source = akorda_report, .paragraph = paragraph, .basis = evidence_basis::inferred, .note = note};
}

/// Why the records dated 2024-07-03 are inferred: the article names the day, not the year.
inline constexpr std::string_view year_note =
    "Year inferred: the article dates the meeting 'July 3' without a year; 2024 is the year the report "
    "was published (source date 2024-07-03).";

/// The day of the talks, as far as the article gives it (the year is inferred, see year_note).
inline constexpr date talks_day{2024, 7, 3};

// Sources ---------------------------------------------------------------------------------------

inline constexpr source all_sources[] = {
    {.id = akorda_report,
     .publisher = "Akorda press service",
     .title = "Xi Jinping: China will always be a reliable support for Kazakhstan",
     .date = talks_day,  // year inferred: the article says "July 3" only (see year_note)
     .language = "en",
     .url = ""},
};

// Actors ----------------------------------------------------------------------------------------

inline constexpr sector_code gov[] = {sector_code{"GOV"}};
inline constexpr sector_code mil[] = {sector_code{"MIL"}};
inline constexpr sector_code edu[] = {sector_code{"EDU"}};
inline constexpr sector_code gov_media[] = {sector_code{"GOV"}, sector_code{"MED"}};
inline constexpr sector_code igo[] = {sector_code{"IGO"}};

inline constexpr actor all_actors[] = {
    {.id = xi_jinping, .kind = actor_kind::person, .name = "Xi Jinping", .country = country{"CN"},
     .office = "President of the People's Republic of China", .sectors = gov, .wikidata = "Q15031"},
    {.id = kassym_jomart_tokayev, .kind = actor_kind::person, .name = "Kassym-Jomart Tokayev",
     .country = country{"KZ"}, .office = "President of the Republic of Kazakhstan", .sectors = gov},
    {.id = china, .kind = actor_kind::state, .name = "China", .country = country{"CN"}, .wikidata = "Q148"},
    {.id = kazakhstan, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}, .wikidata = "Q232"},
    // The article names no armed forces of Kazakhstan as a whole, so the service belongs to the state.
    {.id = kazakhstan_air_defense_forces, .kind = actor_kind::armed_forces, .name = "Kazakhstan Air Defense Forces",
     .country = country{"KZ"}, .sectors = mil, .part_of = kazakhstan},
    // The press service of the Kazakh presidency (the Akorda): a government office that informs the press.
    {.id = akorda_press_service, .kind = actor_kind::media, .name = "Akorda press service", .country = country{"KZ"},
     .sectors = gov_media, .part_of = kazakhstan},
    // The article speaks of "members of official delegations" of both sides (paragraph 15); these two
    // names are the data's, not the article's.
    {.id = kazakhstan_delegation, .kind = actor_kind::government_body, .name = "Official delegation of Kazakhstan",
     .country = country{"KZ"}, .sectors = gov, .part_of = kazakhstan},
    {.id = china_delegation, .kind = actor_kind::government_body, .name = "Official delegation of China",
     .country = country{"CN"}, .sectors = gov, .part_of = china},
    {.id = beijing_language_and_culture_university, .kind = actor_kind::university,
     .name = "Beijing Language and Culture University", .country = country{"CN"}, .sectors = edu},
    {.id = astana_international_university, .kind = actor_kind::university, .name = "Astana International University",
     .country = country{"KZ"}, .sectors = edu},
    // Named only through "the UN Charter" (paragraph 17), under the article's abbreviation.
    {.id = united_nations, .kind = actor_kind::organisation, .name = "UN", .sectors = igo},
};

// Places ----------------------------------------------------------------------------------------

inline constexpr place all_places[] = {
    {.id = place_kazakhstan, .kind = place_kind::country, .name = "Kazakhstan", .country = country{"KZ"}, .wikidata = "Q232"},
    {.id = place_china, .kind = place_kind::country, .name = "China", .country = country{"CN"}, .wikidata = "Q148"},
    {.id = astana, .kind = place_kind::city, .name = "Astana", .country = country{"KZ"}, .part_of = place_kazakhstan,
     .wikidata = "Q1520"},
    {.id = beijing, .kind = place_kind::city, .name = "Beijing", .country = country{"CN"}, .part_of = place_china,
     .wikidata = "Q956"},
    // The presidential residence (paragraphs 2 and 4).
    {.id = akorda, .kind = place_kind::building, .name = "Akorda", .country = country{"KZ"}, .part_of = astana},
    {.id = central_asia, .kind = place_kind::region, .name = "Central Asia"},
    // Abbreviated TITR in the article (paragraph 23); a place has no field for the abbreviation.
    {.id = titr, .kind = place_kind::route, .name = "Trans-Caspian International Transport Route"},
};

// Events ----------------------------------------------------------------------------------------

inline constexpr actor_id xi_only[] = {xi_jinping};
inline constexpr actor_id tokayev_only[] = {kassym_jomart_tokayev};
inline constexpr actor_id both_presidents[] = {kassym_jomart_tokayev, xi_jinping};
inline constexpr actor_id presidents_and_delegations[] = {kassym_jomart_tokayev, xi_jinping, kazakhstan_delegation,
                                                          china_delegation};
inline constexpr actor_id air_defense_forces_only[] = {kazakhstan_air_defense_forces};
inline constexpr actor_id kazakhstan_only[] = {kazakhstan};
inline constexpr actor_id china_only[] = {china};
inline constexpr actor_id xi_and_china[] = {xi_jinping, china};

/// An event with the codes the tables give its CAMEO code (core/coding.hpp): the PLOVER type,
/// mode and context of the CAMEO -> PLOVER mapping, GDELT's Goldstein value and the quad class.
/// The code must be in the codebook: a typo stops the compilation here.
[[nodiscard]] consteval event coded(std::string_view cameo, event e) {
    const auto coding = coding_of(cameo_code{cameo});
    if (!coding || !coding->goldstein) throw "not a CAMEO code of the codebook";
    e.cameo = coding->cameo;
    e.plover = coding->plover;
    e.plover_mode = coding->plover_mode;
    e.plover_context = coding->plover_context;
    e.goldstein = coding->goldstein;
    e.quad_class = coding->quad_class;
    return e;
}

// Codes: CAMEO by its codebook; PLOVER event, mode and context as the CAMEO→PLOVER table
// (openeventdata/PLOVER, 2021) maps the CAMEO code; Goldstein from GDELT's CAMEO.goldsteinscale.txt.
// Reciprocal acts (talks, joint ceremonies) list both sides as participants and no recipient.
inline constexpr event all_events[] = {
    // 042 Make a visit: the guest's side of the visit (its host's side is `hosting`, 043).
    coded("042", {.id = visit, .date = talks_day, .place = place_kazakhstan, .format = event_format::state_visit,
         .participants = xi_only, .recipients = kazakhstan_only,
         .description = "Xi Jinping's visit to Kazakhstan at Tokayev's invitation.",
         .evidence = inferred(6, "The visit is stated; its date is that of the meeting the article reports "
                                 "(paragraph 2), with the year inferred (2024, the year of the report). The article "
                                 "calls it a visit; 'state visit' is the data's reading of a head of state's visit at "
                                 "his host's invitation, received with honours.")}),
    // 043 Host a visit: CAMEO codes a visit twice, 042 for the guest and 043 for the host.
    coded("043", {.id = hosting, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = tokayev_only, .recipients = xi_only,
         .description = "Tokayev receives Xi Jinping as his guest at the Akorda.",
         .part_of = visit,
         .evidence = inferred(10, "Xi thanks his host for the welcome; the meeting was in the Akorda (paragraph 2). "
                                  "Year inferred: the article gives 'July 3' without a year; 2024 is the year of the report.")}),
    // 017 Engage in symbolic act: a flypast in the guest's flag colours is a ceremonial honour, which the
    // codebook puts under 017 ("all symbolic acts"). Arguable: a coder could fold it into 043 (hosting).
    // The 2021 CAMEO→PLOVER table maps no code of root 01 (PLOVER has no statement/symbolic type), so the
    // PLOVER event is none, with no mode or context.
    coded("017", {.id = flypast, .date = talks_day, .place = akorda, .format = event_format::flypast,
         .participants = air_defense_forces_only, .recipients = xi_only,
         .description = "Kazakh air-defence fighters pass over the Akorda to honour Xi, their trail in the red and "
                        "yellow of China's flag.",
         .part_of = visit,
         .evidence = inferred(4, year_note)}),
    // 046 Engage in negotiation: the codebook treats "holding talks" and "discussions" as negotiation,
    // and it takes precedence over 040 (consult) and 042/043 (visit). The meeting as a whole; its two
    // formats are the events below.
    coded("046", {.id = talks, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = both_presidents,
         .description = "The two presidents' talks at the Akorda, first restricted, then expanded.",
         .part_of = visit,
         .evidence = inferred(2, year_note)}),
    coded("046", {.id = talks_restricted, .date = talks_day, .place = akorda, .format = event_format::restricted_talks,
         .participants = both_presidents,
         .description = "The presidents' talks in closed format.",
         .part_of = talks,
         .evidence = inferred(6, "Paragraph 5 heads the restricted-format section (paragraphs 6-13). Year inferred: "
                                 "the article gives 'July 3' without a year; 2024 is the year of the report.")}),
    coded("046", {.id = talks_expanded, .date = talks_day, .place = akorda, .format = event_format::expanded_talks,
         .participants = presidents_and_delegations,
         .description = "The talks go on with the members of both official delegations.",
         .part_of = talks,
         .evidence = inferred(15, "The presidents are taken to stay on in the expanded talks: the article says the "
                                  "discussions continued, and Tokayev speaks in them (paragraphs 16-17). Year "
                                  "inferred: 'July 3' has no year in the article; 2024 is the year of the report.")}),
    // 061 Cooperate economically: dispatching freight along a transport corridor starts economic
    // exchange. Arguable: the presidents only attend the ceremony (017 symbolic act), but the coded
    // act is the launch of the shipments. Place: the route; the article does not say where the
    // presidents or the ferry were.
    coded("061", {.id = ferry_ceremony, .date = talks_day, .place = titr, .format = event_format::teleconference,
         .participants = both_presidents,
         .description = "By video link the presidents see off trucks and rail containers shipped by ferry on the "
                        "Trans-Caspian route.",
         .part_of = visit,
         .evidence = inferred(23, year_note)}),
    // 050 Engage in diplomatic cooperation: opening cultural centres is cultural (non-material)
    // exchange, which CAMEO's 06 sub-codes (economic, military, judicial, intelligence) do not cover and
    // which the article frames as humanitarian cooperation (paragraph 25). Arguable: 060 (material
    // cooperation, unspecified) if the institutions are counted as material. One event for both
    // centres; each centre's city is on its agreement record, so the event has no single place.
    coded("050", {.id = cultural_centres_opening, .date = talks_day, .format = event_format::ceremony,
         .participants = both_presidents,
         .description = "The presidents open Kazakhstan's cultural centre in Beijing and China's in Astana.",
         .part_of = visit,
         .evidence = inferred(24, year_note)}),
    // 050, as for the cultural centres: educational exchange. Same alternative (060).
    coded("050", {.id = blcu_branch_opening, .date = talks_day, .place = astana, .format = event_format::ceremony,
         .participants = both_presidents,
         .description = "A Beijing Language and Culture University branch opens at Astana International University.",
         .part_of = visit,
         .evidence = inferred(26, "The article says 'the parties' opened it: read as the two presidents, who attend the "
                                  "other openings (paragraphs 23-24). Place: the host university's city, from its "
                                  "name. Year inferred: 'July 3' has no year in the article; 2024 is the year of the report.")}),

    // Verbal acts. Each is also a statement of the same paragraph (the statement records the words,
    // the event their coding); the types have no field linking the two, so they share the paragraph.
    // 032 Express intent to provide diplomatic cooperation (policy support): a promise about the
    // future ("will always be"), which the codebook puts under 03, not 05.
    coded("032", {.id = xi_pledges_support, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = xi_only, .recipients = kazakhstan_only,
         .description = "Xi promises Kazakhstan China's lasting, dependable backing.",
         .part_of = talks,
         .evidence = inferred(2, year_note)}),
    // 051 Praise or endorse ("commend ... actor"); the thanks that go with it are not coded apart.
    coded("051", {.id = tokayev_praises_china, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = tokayev_only, .recipients = xi_and_china,
         .description = "Tokayev thanks Xi for coming and commends China as a friend and partner.",
         .part_of = talks_restricted,
         .evidence = inferred(6, year_note)}),
    // 051 Praise or endorse: present-tense backing of Xi's initiative is endorsement; a promise of
    // future support would be 032.
    coded("051", {.id = tokayev_endorses_initiative, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = tokayev_only, .recipients = xi_only,
         .description = "Tokayev credits Xi with strengthening the partnership and backs his initiative.",
         .part_of = talks_restricted,
         .evidence = inferred(7, year_note)}),
    // 051: commending the relations is coded as praise of the other party.
    coded("051", {.id = tokayev_praises_relations, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = tokayev_only, .recipients = china_only,
         .description = "Tokayev speaks warmly of Kazakh-Chinese relations.",
         .part_of = talks_restricted,
         .evidence = inferred(9, year_note)}),
    coded("051", {.id = xi_praises_reforms, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = xi_only, .recipients = tokayev_only,
         .description = "Xi thanks Tokayev for the welcome and commends his reforms.",
         .part_of = talks_restricted,
         .evidence = inferred(10, year_note)}),
    // 032, not 013 (optimistic comment): Xi commits China to treating Kazakhstan as a priority, which is
    // policy support to come, and he says so with "I want to confirm" (paragraph 13).
    coded("032", {.id = xi_affirms_priority, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = xi_only, .recipients = kazakhstan_only,
         .description = "Xi affirms that Kazakhstan ranks as a priority of China's foreign policy.",
         .part_of = talks_restricted,
         .evidence = inferred(12, year_note)}),
    // 051 Praise or endorse: endorsing another state's policy (its peace initiatives) and role.
    coded("051", {.id = tokayev_endorses_peace_initiatives, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = tokayev_only, .recipients = china_only,
         .description = "Tokayev endorses China's peace initiatives and its part in a fair world order.",
         .part_of = talks_expanded,
         .evidence = inferred(17, year_note)}),
    coded("051", {.id = xi_endorses_middle_power_role, .date = talks_day, .place = akorda, .format = event_format::unspecified,
         .participants = xi_only, .recipients = kazakhstan_only,
         .description = "Xi endorses Kazakhstan's role as a middle power.",
         .part_of = talks_expanded,
         .evidence = inferred(18, year_note)}),
};

// Statements ------------------------------------------------------------------------------------

inline constexpr std::string_view topics_headline[] = {"support", "reliability"};
inline constexpr std::string_view topics_gratitude[] = {"gratitude", "visit", "friendship", "partnership"};
inline constexpr std::string_view topics_tokayev_quote[] = {"visit", "friendship", "partnership", "initiative",
                                                            "cooperation"};
inline constexpr std::string_view topics_appreciation[] = {"relations", "history", "neighbourliness", "mutual-support"};
inline constexpr std::string_view topics_xi_gratitude[] = {"gratitude", "welcome", "reforms"};
inline constexpr std::string_view topics_xi_reforms[] = {"reforms", "domestic-policy", "foreign-policy", "prestige"};
inline constexpr std::string_view topics_priority[] = {"priority", "foreign-policy", "central-asia", "partnership"};
inline constexpr std::string_view topics_golden_years[] = {"golden-years", "plans", "strategy", "priority",
                                                           "central-asia"};
inline constexpr std::string_view topics_figures[] = {"trade", "investment", "projects", "culture"};
inline constexpr std::string_view topics_peace[] = {"peace", "world-order", "international-law", "un-charter"};
inline constexpr std::string_view topics_middle_power[] = {"middle-power", "international-role"};
inline constexpr std::string_view topics_flypast[] = {"flypast", "honours"};
inline constexpr std::string_view topics_centres[] = {"cultural-centres", "humanitarian-cooperation",
                                                      "mutual-understanding"};
inline constexpr std::string_view topics_closing[] = {"culture", "education", "political-ties", "economic-ties"};

inline constexpr std::string_view report_audience = "readers of the report";

// Every statement is dated 2024-07-03 and so inferred (year_note); its words are stated.
inline constexpr statement all_statements[] = {
    {.id = xi_headline, .speaker = xi_jinping, .addressee = kassym_jomart_tokayev, .date = talks_day,
     .form = statement_form::headline,
     .text = "China will always be a reliable support for Kazakhstan",
     .topics = topics_headline, .event = talks,
     .evidence = inferred(1, "The headline's words; paragraph 2 gives them again as Xi's, said at the July 3 "
                             "meeting with Tokayev in the Akorda, which dates and places the statement. Year "
                             "inferred: the article names no year; 2024 is the year of the report.")},
    {.id = tokayev_gratitude, .speaker = kassym_jomart_tokayev, .addressee = xi_jinping, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Tokayev thanked Xi for accepting his invitation to Kazakhstan and called China more than a "
             "neighbour: a close friend and a tested, dependable partner.",
     .topics = topics_gratitude, .event = talks_restricted,
     .evidence = inferred(6, year_note)},
    {.id = tokayev_quote, .speaker = kassym_jomart_tokayev, .addressee = xi_jinping, .date = talks_day,
     .form = statement_form::verbatim,
     .text = "I consider your visit to be of exceptional significance. China is a friendly neighbor, an important "
             "strategic partner and one of our major allies. I am pleased to note that China-Kazakhstan relations, "
             "based on unswerving friendship and mutual support, are developing at an unprecedented pace. I highly "
             "appreciate your significant contribution to strengthening the Kazakhstan-China Eternal Comprehensive "
             "Strategic Partnership. I fully support your initiative to raise cooperation between the two countries "
             "to a new level for the benefit of our peoples,",
     .topics = topics_tokayev_quote, .event = talks_restricted,
     .evidence = inferred(7, "The quotation is stated, kept with the comma that closes it inside the quotation "
                             "marks. Year inferred: the article names no year; 2024 is the year of the report.")},
    {.id = tokayev_appreciation, .speaker = kassym_jomart_tokayev, .addressee = xi_jinping, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Tokayev spoke highly of Kazakh-Chinese ties, growing steadily in every field on the strength of "
             "shared history, neighbourliness and mutual support.",
     .topics = topics_appreciation, .event = talks_restricted,
     .evidence = inferred(9, year_note)},
    {.id = xi_gratitude, .speaker = xi_jinping, .addressee = kassym_jomart_tokayev, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Xi thanked Tokayev for the warm reception in Kazakhstan and underlined how effective Tokayev's "
             "reforms have been.",
     .topics = topics_xi_gratitude, .event = talks_restricted,
     .evidence = inferred(10, year_note)},
    {.id = xi_quote_reforms, .speaker = xi_jinping, .addressee = kassym_jomart_tokayev, .date = talks_day,
     .form = statement_form::verbatim,
     .text = "You have implemented a comprehensive set of effective measures in domestic and foreign policy, which "
             "has greatly enhanced your country's influence and prestige in the world,",
     .topics = topics_xi_reforms, .event = talks_restricted,
     .evidence = inferred(11, "The quotation is stated, kept with the comma that closes it inside the quotation "
                              "marks. Year inferred: the article names no year; 2024 is the year of the report.")},
    {.id = xi_assurance, .speaker = xi_jinping, .addressee = kassym_jomart_tokayev, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Xi assured Tokayev that Kazakhstan has priority in China's foreign policy and that China sees it as "
             "a key partner in its Central Asian neighbourhood.",
     .topics = topics_priority, .event = talks_restricted,
     .evidence = inferred(12, year_note)},
    {.id = xi_quote_golden_years, .speaker = xi_jinping, .addressee = kassym_jomart_tokayev, .date = talks_day,
     .form = statement_form::verbatim,
     .text = "Last year, we outlined new plans and determined the main directions for the dynamic development of "
             "China-Kazakhstan relations in the 30 golden years. I want to confirm that China always views its "
             "relations with Kazakhstan from a strategic perspective and a long-term perspective, regarding "
             "Kazakhstan as a foreign policy priority in its relations with neighboring countries and an important "
             "partner in Central Asia. Our will and determination to ensure that China-Kazakhstan relations remain "
             "unshakable and are not subject to opportunistic influences,",
     .topics = topics_golden_years, .event = talks_restricted,
     .evidence = inferred(13, "The quotation is stated and kept as printed: with the closing comma, and with its "
                              "last sentence lacking a main verb. Year inferred: the article names no year; 2024 "
                              "is the year of the report.")},
    {.id = tokayev_figures, .speaker = kassym_jomart_tokayev, .addressee = xi_jinping, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Tokayev gave the economic figures: record trade of over $41 billion in 2023; 45 joint investment "
             "projects worth $14.5 billion under way in five fields; and China as the leading investor in "
             "Kazakhstan, with $24 billion in 15 years. He added that the two sides are deepening cultural and "
             "humanitarian links.",
     .topics = topics_figures, .event = talks_expanded,
     .evidence = inferred(16, "The paragraph opens with 'According to Tokayev'; the data reads its next two "
                              "sentences as his account too. 'Last year' is 2023 and 'today' the day of the talks, "
                              "whose year (2024) is that of the report.")},
    {.id = tokayev_peace_support, .speaker = kassym_jomart_tokayev, .addressee = xi_jinping, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Tokayev said Kazakhstan backs China's peace initiatives and values China's key role in building a "
             "fair world order grounded in the UN Charter and international law.",
     .topics = topics_peace, .event = talks_expanded,
     .evidence = inferred(17, year_note)},
    {.id = xi_middle_power_support, .speaker = xi_jinping, .addressee = kassym_jomart_tokayev, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Xi voiced support for Kazakhstan acting constructively as a middle power in world affairs.",
     .topics = topics_middle_power, .event = talks_expanded,
     .evidence = inferred(18, year_note)},
    {.id = press_flypast_report, .speaker = akorda_press_service, .audience = report_audience, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "The press service reported the flypast held over the residence in Xi's honour.",
     .topics = topics_flypast, .event = flypast,
     .evidence = inferred(4, year_note)},
    {.id = press_centres_statement, .speaker = akorda_press_service, .audience = report_audience, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "The two centres open a new stage of humanitarian cooperation, and will hold exhibitions, "
             "conferences, master classes and other cultural events to help the two peoples understand each other.",
     .topics = topics_centres, .event = cultural_centres_opening,
     .evidence = inferred(25, "Correction: the article attributes this to 'Mr. Akorda', a slip, as the Akorda is "
                              "the presidential residence, not a person. The data gives the statement to the "
                              "Akorda press service, which the article names as its source (paragraph 4). Year "
                              "inferred: the article names no year; 2024 is the year of the report.")},
    {.id = press_closing_assessment, .speaker = akorda_press_service, .audience = report_audience, .date = talks_day,
     .form = statement_form::paraphrase,
     .text = "Carried out well, the projects launched should help cultural and educational exchange and the "
             "political and economic ties of the two countries.",
     .topics = topics_closing,
     .evidence = inferred(27, "Unattributed in the article; the data attributes it to the Akorda press service as "
                              "the author of the report (paragraph 4). No event: it assesses the projects of "
                              "paragraphs 23-26 as a whole. Dated by the report (2024-07-03, year inferred).")},
};

// Agreements and initiatives ----------------------------------------------------------------------

inline constexpr actor_id the_two_states[] = {kazakhstan, china};
inline constexpr actor_id xi_proposes_tokayev_supports[] = {xi_jinping, kassym_jomart_tokayev};
inline constexpr actor_id china_proposes_kazakhstan_supports[] = {china, kazakhstan};
inline constexpr actor_id the_two_universities[] = {beijing_language_and_culture_university,
                                                    astana_international_university};

inline constexpr std::string_view portfolio_sectors[] = {"industry", "energy", "transport and transit",
                                                         "green economy", "agriculture"};
inline constexpr std::string_view sector_e_commerce[] = {"e-commerce"};
inline constexpr std::string_view sector_automobiles[] = {"automobile production and auto parts"};
inline constexpr std::string_view sector_transit_transport[] = {"transit and transportation"};
inline constexpr std::string_view sector_logistics[] = {"logistics"};
inline constexpr std::string_view sector_energy[] = {"energy"};
inline constexpr std::string_view sector_agriculture[] = {"agriculture"};
inline constexpr std::string_view sector_finance[] = {"finance"};
inline constexpr std::string_view sector_tourism[] = {"tourism"};
inline constexpr std::string_view sector_interregional[] = {"interregional cooperation"};
inline constexpr std::string_view sector_culture_humanitarian[] = {"culture", "humanitarian"};
inline constexpr std::string_view sector_transport_logistics[] = {"transport", "logistics"};
inline constexpr std::string_view sector_culture[] = {"culture"};
inline constexpr std::string_view sector_education[] = {"education", "language"};
inline constexpr std::string_view sector_peace[] = {"peace", "world order"};

/// The value of the 45 investment projects, as Tokayev's account gives it (paragraph 16).
inline constexpr reported_amount portfolio_value{
    .value = any_money{currencies::usd, 1'450'000'000'000},  // $14.5 billion in cents
    .qualifier = amount_qualifier::exact,
    .scale = amount_scale::billion,
    .as_reported = "worth $14.5 billion"};

/// One record per area of investment cooperation the parties discussed (paragraph 20).
[[nodiscard]] constexpr agreement discussed_area(agreement_id id, std::string_view name,
                                                 list_view<std::string_view> sectors) noexcept {
    return {.id = id, .kind = agreement_kind::cooperation_area, .name = name, .parties = the_two_states,
            .sectors = sectors, .status = agreement_status::discussed, .event = talks, .evidence = stated(20)};
}

inline constexpr agreement all_agreements[] = {
    {.id = eternal_partnership, .kind = agreement_kind::partnership_status,
     .name = "Kazakhstan-China Eternal Comprehensive Strategic Partnership", .parties = the_two_states,
     .status = agreement_status::agreed, .event = talks_restricted,
     .evidence = stated(7, "Named by Tokayev at the talks; the article does not say when the status was agreed.")},
    {.id = xi_new_level_initiative, .kind = agreement_kind::initiative,
     .name = "Xi Jinping's initiative to raise cooperation between the two countries to a new level",
     .parties = xi_proposes_tokayev_supports, .status = agreement_status::supported, .event = talks_restricted,
     .evidence = stated(7, "Parties: Xi proposes, Tokayev supports.")},
    {.id = golden_years_plans, .kind = agreement_kind::plan,
     .name = "New plans and main directions for China-Kazakhstan relations in the 30 golden years",
     .parties = china_proposes_kazakhstan_supports, .status = agreement_status::agreed, .date = date{2023},
     .evidence = inferred(13, "Xi says they were outlined 'last year'; said in July 2024, that is 2023. The article "
                              "does not say at which meeting, so no event is given; Xi recalls them at the "
                              "restricted talks.")},
    {.id = investment_projects, .kind = agreement_kind::project_portfolio, .name = "45 investment projects",
     .parties = the_two_states, .sectors = portfolio_sectors, .count = 45u, .value = portfolio_value,
     .status = agreement_status::under_implementation, .event = talks_expanded,
     .evidence = stated(16, "Under way 'today', the day of the talks; the value is also an indicator.")},
    discussed_area(area_e_commerce, "Investment cooperation in e-commerce", sector_e_commerce),
    discussed_area(area_automobiles, "Investment cooperation in automobile production and auto parts",
                   sector_automobiles),
    discussed_area(area_transit_transport, "Investment cooperation in transit and transportation",
                   sector_transit_transport),
    discussed_area(area_logistics, "Investment cooperation in logistics", sector_logistics),
    discussed_area(area_energy, "Investment cooperation in energy", sector_energy),
    discussed_area(area_agriculture, "Investment cooperation in agriculture", sector_agriculture),
    discussed_area(area_finance, "Investment cooperation in finance", sector_finance),
    discussed_area(area_tourism, "Investment cooperation in tourism", sector_tourism),
    {.id = interregional_cooperation, .kind = agreement_kind::cooperation_area, .name = "Interregional cooperation",
     .parties = the_two_states, .sectors = sector_interregional, .status = agreement_status::discussed,
     .event = talks, .evidence = stated(21)},
    // Two records for cultural and humanitarian cooperation: ties under way (paragraph 16) and the
    // expansion of contacts the presidents discussed (paragraph 21).
    {.id = cultural_humanitarian_ties, .kind = agreement_kind::cooperation_area,
     .name = "Cultural and humanitarian ties", .parties = the_two_states, .sectors = sector_culture_humanitarian,
     .status = agreement_status::under_implementation, .event = talks_expanded, .evidence = stated(16)},
    {.id = cultural_humanitarian_contacts, .kind = agreement_kind::cooperation_area,
     .name = "Cultural and humanitarian contacts", .parties = the_two_states, .sectors = sector_culture_humanitarian,
     .status = agreement_status::discussed, .event = talks, .evidence = stated(21)},
    {.id = titr_ferry_route, .kind = agreement_kind::route_launched,
     .name = "Ferry transport of trucks and rail containers on the Trans-Caspian International Transport Route",
     .parties = the_two_states, .sectors = sector_transport_logistics, .status = agreement_status::inaugurated,
     .date = talks_day, .place = titr, .event = ferry_ceremony,
     .evidence = inferred(23, "The article reports a send-off ceremony for the shipments; 'route launched' is the "
                              "data's reading of it (the route itself existed). Year inferred: 'July 3' has no "
                              "year in the article; 2024 is the year of the report.")},
    {.id = kazakhstan_cultural_centre_beijing, .kind = agreement_kind::institution_opened,
     .name = "Cultural centre of Kazakhstan in Beijing", .parties = the_two_states, .sectors = sector_culture,
     .status = agreement_status::inaugurated, .date = talks_day, .place = beijing, .event = cultural_centres_opening,
     .evidence = inferred(24, year_note)},
    {.id = china_cultural_centre_astana, .kind = agreement_kind::institution_opened,
     .name = "Cultural centre of China in Astana", .parties = the_two_states, .sectors = sector_culture,
     .status = agreement_status::inaugurated, .date = talks_day, .place = astana, .event = cultural_centres_opening,
     .evidence = inferred(24, year_note)},
    {.id = blcu_branch, .kind = agreement_kind::institution_opened,
     .name = "Branch of Beijing Language and Culture University at Astana International University",
     .parties = the_two_universities, .sectors = sector_education, .status = agreement_status::inaugurated,
     .date = talks_day, .place = astana, .event = blcu_branch_opening,
     .evidence = inferred(26, "Place: the city the host university is named after. Year inferred: 'July 3' has no "
                              "year in the article; 2024 is the year of the report.")},
    {.id = china_peace_initiatives, .kind = agreement_kind::initiative, .name = "China's peaceful initiatives",
     .parties = china_proposes_kazakhstan_supports, .sectors = sector_peace, .status = agreement_status::supported,
     .event = talks_expanded, .evidence = stated(17, "Parties: China proposes, Kazakhstan supports.")},
};

// Indicators ------------------------------------------------------------------------------------

inline constexpr indicator all_indicators[] = {
    {.id = trade_turnover_2023, .measure = indicator_measure::trade_turnover,
     .reporter = country{"KZ"}, .counterpart = country{"CN"}, .period = period_of(date{2023}),
     .amount = {.value = any_money{currencies::usd, 4'100'000'000'000},  // $41 billion in cents
                .qualifier = amount_qualifier::more_than,
                .scale = amount_scale::billion,
                .as_reported = "exceeded the record of $41 billion"},
     .stated_by = kassym_jomart_tokayev, .statement = tokayev_figures,
     .evidence = inferred(16, "'Last year' in a report of July 2024 is 2023. Reporter: Kazakhstan, whose "
                              "president gives the figure.")},
    {.id = investment_projects_value, .measure = indicator_measure::project_portfolio_value,
     .reporter = country{"KZ"}, .counterpart = country{"CN"}, .period = period_of(talks_day),
     .amount = portfolio_value,
     .stated_by = kassym_jomart_tokayev, .statement = tokayev_figures, .agreement = investment_projects,
     .evidence = inferred(16, "'Today' is the day of the talks (year 2024, that of the report). Attributed to "
                              "Tokayev as part of the account the paragraph opens with. Reporter: Kazakhstan, "
                              "whose president gives it; the article does not split the projects by investor.")},
    {.id = chinese_investment_15_years, .measure = indicator_measure::cumulative_investment,
     .reporter = country{"CN"}, .counterpart = country{"KZ"},
     .period = {.first = date{2009, 7}, .last = date{2024, 7}},
     .amount = {.value = any_money{currencies::usd, 2'400'000'000'000},  // $24 billion in cents
                .qualifier = amount_qualifier::exact,
                .scale = amount_scale::billion,
                .as_reported = "has reached $24 billion"},
     .stated_by = kassym_jomart_tokayev, .statement = tokayev_figures,
     .evidence = inferred(16, "'Over the past 15 years' is counted back from the report (July 2024): 2009-07 to "
                              "2024-07, at month precision because the article gives no ends. Calendar years "
                              "(2009-2023 or 2010-2024) would claim more than it says. Reporter: China, the "
                              "investor. Attributed to Tokayev as part of the account the paragraph opens with.")},
};

// Relations -------------------------------------------------------------------------------------

inline constexpr relation all_relations[] = {
    // The order of the two states carries no meaning.
    {.id = china_kazakhstan, .first = country{"CN"}, .second = country{"KZ"},
     .status = "Eternal Comprehensive Strategic Partnership",
     .evidence = stated(7, "The article names it the 'Kazakhstan-China' partnership; it does not say since when.")},
};

}  // namespace astana_2024_detail

/// The source: the Akorda press service's report of 3 July 2024.
inline constexpr const auto& astana_2024_sources = astana_2024_detail::all_sources;
/// The people, states, forces, services, delegations, universities and organisations the article names.
inline constexpr const auto& astana_2024_actors = astana_2024_detail::all_actors;
/// The countries, cities, building, region and route the article names.
inline constexpr const auto& astana_2024_places = astana_2024_detail::all_places;
/// The visit, its ceremonies, its talks and their verbal acts, coded with CAMEO, PLOVER and Goldstein.
inline constexpr const auto& astana_2024_events = astana_2024_detail::all_events;
/// Every quotation (verbatim), the headline's attribution and every reported speech act (paraphrase).
inline constexpr const auto& astana_2024_statements = astana_2024_detail::all_statements;
/// The partnership status, initiatives, plans, projects, areas of cooperation, route and institutions.
inline constexpr const auto& astana_2024_agreements = astana_2024_detail::all_agreements;
/// The three figures: trade turnover, the projects' value, China's cumulative investment.
inline constexpr const auto& astana_2024_indicators = astana_2024_detail::all_indicators;
/// The status of China–Kazakhstan relations.
inline constexpr const auto& astana_2024_relations = astana_2024_detail::all_relations;

/// The whole article as one dataset.
inline constexpr dataset_view astana_2024{
    .sources = astana_2024_sources,
    .actors = astana_2024_actors,
    .places = astana_2024_places,
    .events = astana_2024_events,
    .statements = astana_2024_statements,
    .agreements = astana_2024_agreements,
    .indicators = astana_2024_indicators,
    .relations = astana_2024_relations,
};

// The dataset passes validation: `static_assert(require_valid<astana_2024>())` holds. It is
// asserted in tests/test_astana_2024.cpp and examples/compile_time_questions.cpp rather than here,
// because evaluating the validator over every record at compile time would roughly double the cost
// of including this header (and the umbrella) in every translation unit.

// What the dataset holds.
static_assert(astana_2024.sources.size() == 1 && astana_2024.actors.size() == 11 && astana_2024.places.size() == 7);
static_assert(astana_2024.events.size() == 17 && astana_2024.statements.size() == 14);
static_assert(astana_2024.agreements.size() == 20 && astana_2024.indicators.size() == 3);
static_assert(astana_2024.relations.size() == 1);

namespace astana_2024_detail {
/// True if every record's evidence cites a paragraph of the article (1–27) and every event is dated
/// the day of the talks.
[[nodiscard]] constexpr bool cites_the_article() noexcept {
    const auto ok = [](const evidence& e) { return e.source == akorda_report && e.paragraph >= 1 && e.paragraph <= 27; };
    for (const auto& r : astana_2024.events)
        if (!ok(r.evidence) || r.date != talks_day) return false;
    for (const auto& r : astana_2024.statements)
        if (!ok(r.evidence) || r.date != talks_day) return false;
    for (const auto& r : astana_2024.agreements)
        if (!ok(r.evidence)) return false;
    for (const auto& r : astana_2024.indicators)
        if (!ok(r.evidence)) return false;
    for (const auto& r : astana_2024.relations)
        if (!ok(r.evidence)) return false;
    return true;
}
}  // namespace astana_2024_detail

static_assert(astana_2024_detail::cites_the_article());
// The figures, as reported: more than $41 billion, exactly $14.5 billion, $24 billion; 45 projects.
static_assert(astana_2024_indicators[0].amount.value == any_money{currencies::usd, 4'100'000'000'000} &&
              astana_2024_indicators[0].amount.qualifier == amount_qualifier::more_than);
static_assert(astana_2024_indicators[1].amount.value == any_money{currencies::usd, 1'450'000'000'000});
static_assert(astana_2024_indicators[2].amount.value == any_money{currencies::usd, 2'400'000'000'000});
static_assert(astana_2024_agreements[3].id == astana_2024_ids::investment_projects && astana_2024_agreements[3].count == 45u);

}  // namespace bilateral::data
