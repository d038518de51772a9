// SPDX-License-Identifier: BSL-1.0
// Tests of io/print.hpp: records and datasets printed for a person, one "field: value" line each.
#include <bilateral/io/print.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include <bilateral/core/dataset_view.hpp>

#include "json/user_record.hpp"
#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // the records printed
using currencies::usd;

namespace {

template <class T>
std::string printed(const T& value, int indent = 0) {
    std::ostringstream os;
    print(os, value, indent);
    return os.str();
}

// A dataset with some of the sample records: a source, two actors, an event and the relation.
constexpr actor some_actors[] = {kz, tokayev};
constexpr event some_events[] = {talks};
constexpr dataset_view small{.sources = sources, .actors = some_actors, .events = some_events, .relations = relations};

}  // namespace

TEST_CASE("print: an actor prints its given fields, the kind as a word and the sector list indented") {
    CHECK(printed(tokayev) ==
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
    CHECK(printed(kz) ==
          "id: kz\n"
          "kind: state\n"
          "name: Kazakhstan\n"
          "country: KZ\n"
          "wikidata: Q232\n");
    CHECK(printed(actor{}) == "kind: state\n");  // an enumeration always has a value
    CHECK(printed(source{.id = source_id{"x"}}) == "id: x\n");
}

TEST_CASE("print: an event prints enums as words, Goldstein with its table and the evidence nested") {
    CHECK(printed(visit) ==
          "id: state-visit\n"
          "date: 2024-07-03\n"
          "place: astana\n"
          "format: state visit\n"
          "participants:\n"
          "  - xi\n"
          "recipients:\n"
          "  - tokayev\n"
          "cameo: 042\n"
          "plover: CONSULT\n"
          "plover_mode: visit\n"
          "plover_context: diplomatic\n"
          "goldstein: 1.9 (gdelt table)\n"
          "quad_class: verbal cooperation\n"
          "description: Xi Jinping's state visit to Kazakhstan\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 6\n"
          "  basis: stated\n");
}

TEST_CASE("print: a negative Goldstein value from another table keeps its sign and its table") {
    event e = visit;
    e.goldstein = goldstein{.tenths = -50, .table = goldstein_table::icews};
    const std::string text = printed(e);
    CHECK(text.find("goldstein: -5.0 (icews table)\n") != std::string::npos);
}

TEST_CASE("print: a statement lists its topics and leaves out the audience it does not have") {
    CHECK(printed(s1) ==
          "id: s1\n"
          "speaker: tokayev\n"
          "addressee: xi\n"
          "date: 2024-07-03\n"
          "form: verbatim\n"
          "text: China is a friendly neighbor, an important strategic partner and one of our major allies.\n"
          "topics:\n"
          "  - friendship\n"
          "  - partnership\n"
          "event: talks\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 7\n"
          "  basis: stated\n");
}

TEST_CASE("print: an agreement's count and value are printed when given, money with currency and scale") {
    CHECK(printed(portfolio) ==
          "id: portfolio\n"
          "kind: project portfolio\n"
          "name: Joint investment projects\n"
          "parties:\n"
          "  - kz\n"
          "  - cn\n"
          "sectors:\n"
          "  - energy\n"
          "  - agriculture\n"
          "count: 45\n"
          "value: USD 14.5 billion (\"worth $14.5 billion\")\n"
          "status: under implementation\n"
          "date: 2024-07-03\n"
          "place: astana\n"
          "event: state-visit\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 16\n"
          "  basis: stated\n");
    agreement without = portfolio;
    without.count.reset();
    without.value.reset();
    const std::string text = printed(without);
    CHECK(text.find("count") == std::string::npos);
    CHECK(text.find("value") == std::string::npos);
}

TEST_CASE("print: an indicator prints its period nested and the amount with its qualifier") {
    CHECK(printed(trade) ==
          "id: trade-2023\n"
          "measure: trade turnover\n"
          "reporter: KZ\n"
          "counterpart: CN\n"
          "period:\n"
          "  first: 2023\n"
          "  last: 2023\n"
          "amount: more than USD 41 billion (\"exceeded the record of $41 billion\")\n"
          "stated_by: tokayev\n"
          "statement: s2\n"
          "evidence:\n"
          "  source: akorda\n"
          "  paragraph: 16\n"
          "  basis: inferred\n"
          "  note: \"last year\" in a report of 2024\n");
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
          "    title: Xi Jinping: China will always be a reliable support for Kazakhstan\n"
          "    date: 2024-07-03\n"
          "    language: en\n"
          "actors:\n"
          "  -\n"
          "    id: kz\n"
          "    kind: state\n"
          "    name: Kazakhstan\n"
          "    country: KZ\n"
          "    wikidata: Q232\n"
          "  -\n"
          "    id: tokayev\n"
          "    kind: person\n"
          "    name: Kassym-Jomart Tokayev\n"
          "    country: KZ\n"
          "    office: President of Kazakhstan\n"
          "    sectors:\n"
          "      - GOV\n"
          "    part_of: kz\n"
          "events:\n"
          "  -\n"
          "    id: talks\n"
          "    date: 2024-07-03\n"
          "    place: akorda-palace\n"
          "    format: restricted talks\n"
          "    participants:\n"
          "      - tokayev\n"
          "      - xi\n"
          "    cameo: 040\n"
          "    plover: CONSULT\n"
          "    goldstein: 1.0 (gdelt table)\n"
          "    quad_class: verbal cooperation\n"
          "    part_of: state-visit\n"
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
          "    since: 2019-09\n"
          "    evidence:\n"
          "      source: akorda\n"
          "      paragraph: 7\n"
          "      basis: stated\n");
}

TEST_CASE("print: an empty dataset prints nothing") {
    CHECK(printed(dataset_view{}).empty());
}

TEST_CASE("print: a user's struct of standard types, nested structs and its own value type") {
    const user::survey s{.title = "Trade",
                         .score = 0.1,
                         .published = true,
                         .count = 18446744073709551615u,
                         .samples = {2.5, 1e300},
                         .tags = {"energy"},
                         .weight = 1.0,
                         .office = {.city = "Astana", .street = "Mangilik Yel 1"},
                         .branches = {{.city = "Almaty"}},
                         .logo = {.red = 0x12, .green = 0xab, .blue = 0xff, .given = true}};
    CHECK(printed(s) ==
          "title: Trade\n"
          "score: 0.1\n"
          "published: yes\n"
          "smallest: 0\n"
          "largest: 0\n"
          "count: 18446744073709551615\n"
          "small: 0\n"
          "samples:\n"
          "  - 2.5\n"
          "  - 1e+300\n"
          "tags:\n"
          "  - energy\n"
          "weight: 1.0\n"
          "office:\n"
          "  city: Astana\n"
          "  street: Mangilik Yel 1\n"
          "branches:\n"
          "  -\n"
          "    city: Almaty\n"
          "logo: #12abff\n");
}
