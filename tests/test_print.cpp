// SPDX-License-Identifier: BSL-1.0
// Tests of io/print.hpp: records and datasets printed for a person, one "field: value" line each.
#include <bilateral/io/print.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include <bilateral/core/dataset_view.hpp>

using namespace bilateral;
using currencies::usd;

namespace {

template <class T>
std::string printed(const T& value, int indent = 0) {
    std::ostringstream os;
    print(os, value, indent);
    return os.str();
}

constexpr source sources[] = {{
    .id = source_id{"akorda"},
    .publisher = "Akorda press service",
    .title = "Talks with Xi Jinping",
    .date = date{2024, 7, 3},
    .language = "en",
}};
constexpr sector_code gov[] = {sector_code{"GOV"}};
constexpr actor actors[] = {
    {.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}},
    {.id = actor_id{"tokayev"},
     .kind = actor_kind::person,
     .name = "Kassym-Jomart Tokayev",
     .country = country{"KZ"},
     .office = "President of Kazakhstan",
     .sectors = gov,
     .part_of = actor_id{"kz"}},
    {.id = actor_id{"xi-jinping"}, .kind = actor_kind::person, .name = "Xi Jinping", .country = country{"CN"}},
};
constexpr actor_id tokayev_only[] = {actor_id{"tokayev"}};
constexpr actor_id xi_only[] = {actor_id{"xi-jinping"}};
constexpr event events[] = {{
    .id = event_id{"talks"},
    .date = date{2024, 7, 3},
    .format = event_format::restricted_talks,
    .participants = tokayev_only,
    .recipients = xi_only,
    .cameo = cameo_code{"040"},
    .plover = plover_event::consult,
    .plover_context = plover_word{"diplomatic"},
    .goldstein = goldstein{.tenths = 10, .table = goldstein_table::gdelt},
    .quad_class = quad_class::verbal_cooperation,
    .evidence = {.source = source_id{"akorda"}, .paragraph = 2},
}};
constexpr std::string_view trade_topics[] = {"trade", "transit"};
constexpr statement statements[] = {{
    .id = statement_id{"s1"},
    .speaker = actor_id{"tokayev"},
    .addressee = actor_id{"xi-jinping"},
    .date = date{2024, 7, 3},
    .form = statement_form::paraphrase,
    .text = "Trade keeps growing.",
    .topics = trade_topics,
    .event = event_id{"talks"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 4},
}};
constexpr actor_id both_states[] = {actor_id{"kz"}};
constexpr agreement agreements[] = {{
    .id = agreement_id{"portfolio"},
    .kind = agreement_kind::project_portfolio,
    .name = "Joint investment projects",
    .parties = both_states,
    .count = 30,
    .value = reported_amount{.value = any_money{usd, 1'450'000'000'000},
                             .qualifier = amount_qualifier::about,
                             .scale = amount_scale::billion,
                             .as_reported = "about $14.5 billion"},
    .status = agreement_status::under_implementation,
    .evidence = {.source = source_id{"akorda"}, .paragraph = 6},
}};
constexpr indicator indicators[] = {{
    .id = indicator_id{"trade-2023"},
    .measure = indicator_measure::trade_turnover,
    .reporter = country{"KZ"},
    .counterpart = country{"CN"},
    .period = period_of(date{2023}),
    .amount = {.value = any_money{usd, 4'100'000'000'000},
               .qualifier = amount_qualifier::more_than,
               .scale = amount_scale::billion,
               .as_reported = "exceeded $41 billion"},
    .stated_by = actor_id{"tokayev"},
    .evidence = {.source = source_id{"akorda"}, .paragraph = 5, .basis = evidence_basis::inferred, .note = "last year = 2023"},
}};
constexpr relation relations[] = {{
    .id = relation_id{"kz-cn"},
    .first = country{"KZ"},
    .second = country{"CN"},
    .status = "Eternal Comprehensive Strategic Partnership",
    .evidence = {.source = source_id{"akorda"}},
}};

constexpr dataset_view small{.sources = sources, .actors = actors, .events = events, .relations = relations};

}  // namespace

TEST_CASE("print: an actor prints its given fields, the kind as a word and the sector list indented") {
    CHECK(printed(actors[1]) ==
          "id: tokayev\n"
          "kind: person\n"
          "name: Kassym-Jomart Tokayev\n"
          "country: KZ\n"
          "office: President of Kazakhstan\n"
          "sectors:\n"
          "  - GOV\n"
          "part_of: kz\n");
}

TEST_CASE("print: fields that are not given are left out") {
    CHECK(printed(actors[0]) ==
          "id: kz\n"
          "kind: state\n"
          "name: Kazakhstan\n"
          "country: KZ\n");
    CHECK(printed(actor{}) == "kind: state\n");  // an enumeration always has a value
    CHECK(printed(source{.id = source_id{"x"}}) == "id: x\n");
}

TEST_CASE("print: an event prints enums as words, Goldstein with its table and the evidence nested") {
    CHECK(printed(events[0]) ==
          "id: talks\n"
          "date: 2024-07-03\n"
          "format: restricted talks\n"
          "participants:\n"
          "  - tokayev\n"
          "recipients:\n"
          "  - xi-jinping\n"
          "cameo: 040\n"
          "plover: CONSULT\n"
          "plover_context: diplomatic\n"
          "goldstein: 1.0 (gdelt table)\n"
          "quad_class: verbal cooperation\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 2\n"
          "  basis: stated\n");
}

TEST_CASE("print: a negative Goldstein value from another table keeps its sign and its table") {
    event e = events[0];
    e.goldstein = goldstein{.tenths = -50, .table = goldstein_table::icews};
    const std::string text = printed(e);
    CHECK(text.find("goldstein: -5.0 (icews table)\n") != std::string::npos);
}

TEST_CASE("print: a statement lists its topics and leaves out the audience it does not have") {
    CHECK(printed(statements[0]) ==
          "id: s1\n"
          "speaker: tokayev\n"
          "addressee: xi-jinping\n"
          "date: 2024-07-03\n"
          "form: paraphrase\n"
          "text: Trade keeps growing.\n"
          "topics:\n"
          "  - trade\n"
          "  - transit\n"
          "event: talks\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 4\n"
          "  basis: stated\n");
}

TEST_CASE("print: an agreement's count and value are printed when given, money with currency and scale") {
    CHECK(printed(agreements[0]) ==
          "id: portfolio\n"
          "kind: project portfolio\n"
          "name: Joint investment projects\n"
          "parties:\n"
          "  - kz\n"
          "count: 30\n"
          "value: about USD 14.5 billion (\"about $14.5 billion\")\n"
          "status: under implementation\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 6\n"
          "  basis: stated\n");
    agreement without = agreements[0];
    without.count.reset();
    without.value.reset();
    const std::string text = printed(without);
    CHECK(text.find("count") == std::string::npos);
    CHECK(text.find("value") == std::string::npos);
}

TEST_CASE("print: an indicator prints its period nested and the amount with its qualifier") {
    CHECK(printed(indicators[0]) ==
          "id: trade-2023\n"
          "measure: trade turnover\n"
          "reporter: KZ\n"
          "counterpart: CN\n"
          "period:\n"
          "  first: 2023\n"
          "  last: 2023\n"
          "amount: more than USD 41 billion (\"exceeded $41 billion\")\n"
          "stated_by: tokayev\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 5\n"
          "  basis: inferred\n"
          "  note: last year = 2023\n");
}

TEST_CASE("print: an amount without the source's words prints the figure alone") {
    const reported_amount a{.value = any_money{usd, 125'000}};
    CHECK(printed(a) == "USD 1250.00\n");
}

TEST_CASE("print: a value type prints as one line, indented") {
    CHECK(printed(date{2024, 7}) == "2024-07\n");
    CHECK(printed(country{"CN"}, 1) == "  CN\n");
    CHECK(printed(any_money{usd, 1'450'000'000'000}) == "USD 14500000000.00\n");
    CHECK(printed(goldstein{.tenths = 34, .table = goldstein_table::phoenix}) == "3.4 (phoenix table)\n");
    CHECK(printed(event_format::state_visit) == "state visit\n");
}

TEST_CASE("print: a dataset prints each non-empty record list, one record per item") {
    CHECK(printed(small) ==
          "sources:\n"
          "  -\n"
          "    id: akorda\n"
          "    publisher: Akorda press service\n"
          "    title: Talks with Xi Jinping\n"
          "    date: 2024-07-03\n"
          "    language: en\n"
          "actors:\n"
          "  -\n"
          "    id: kz\n"
          "    kind: state\n"
          "    name: Kazakhstan\n"
          "    country: KZ\n"
          "  -\n"
          "    id: tokayev\n"
          "    kind: person\n"
          "    name: Kassym-Jomart Tokayev\n"
          "    country: KZ\n"
          "    office: President of Kazakhstan\n"
          "    sectors:\n"
          "      - GOV\n"
          "    part_of: kz\n"
          "  -\n"
          "    id: xi-jinping\n"
          "    kind: person\n"
          "    name: Xi Jinping\n"
          "    country: CN\n"
          "events:\n"
          "  -\n"
          "    id: talks\n"
          "    date: 2024-07-03\n"
          "    format: restricted talks\n"
          "    participants:\n"
          "      - tokayev\n"
          "    recipients:\n"
          "      - xi-jinping\n"
          "    cameo: 040\n"
          "    plover: CONSULT\n"
          "    plover_context: diplomatic\n"
          "    goldstein: 1.0 (gdelt table)\n"
          "    quad_class: verbal cooperation\n"
          "    evidence:\n"
          "      source: akorda\n"
          "      paragraph: 2\n"
          "      basis: stated\n"
          "relations:\n"
          "  -\n"
          "    id: kz-cn\n"
          "    first: KZ\n"
          "    second: CN\n"
          "    status: Eternal Comprehensive Strategic Partnership\n"
          "    evidence:\n"
          "      source: akorda\n"
          "      paragraph: 0\n"
          "      basis: stated\n");
}

TEST_CASE("print: an empty dataset prints nothing") {
    CHECK(printed(dataset_view{}).empty());
}
