// SPDX-License-Identifier: BSL-1.0
// Tests of core/dataset.hpp: the owning run-time dataset.
#include <bilateral/core/dataset.hpp>

#include <bilateral/core/validate.hpp>
#include <bilateral/query.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>
#include <vector>

using namespace bilateral;

static_assert(!std::is_copy_constructible_v<dataset>, "copies would share views into one storage");
static_assert(std::is_nothrow_move_constructible_v<dataset>);

TEST_CASE("dataset: records built from temporary strings stay valid after the strings are gone") {
    dataset data;
    {
        std::string id = "tokayev", name = "Kassym-Jomart Tokayev", sector = "GOV";
        const std::vector<sector_code> sectors{sector_code{data.text(sector)}};
        data.add(actor{.id = actor_id{data.text(id)},
                       .kind = actor_kind::person,
                       .name = data.text(name),
                       .country = country{"KZ"},
                       .sectors = data.list(sectors)});
        id.assign(id.size(), 'x');  // overwrite the originals: the dataset must not see it
        name.assign(name.size(), 'x');
    }
    const actor* a = find(data.view(), actor_id{"tokayev"});
    REQUIRE(a != nullptr);
    CHECK(a->name == "Kassym-Jomart Tokayev");
    REQUIRE(a->sectors.size() == 1);
    CHECK(a->sectors[0].str() == "GOV");
    CHECK(is_valid(data.view()));
}

TEST_CASE("dataset: storage survives many additions and a move") {
    dataset data;
    for (int i = 0; i < 5000; ++i) {
        const std::string id = "a" + std::to_string(i);
        data.add(actor{.id = actor_id{data.text(id)}, .kind = actor_kind::organisation, .name = data.text("Org " + id)});
    }
    dataset moved = std::move(data);
    const auto view = moved.view();
    REQUIRE(view.actors.size() == 5000);
    CHECK(view.actors[4999].id.str() == "a4999");
    CHECK(view.actors[123].name == "Org a123");
    CHECK(is_valid(view));
}

TEST_CASE("dataset: run-time data is validated by the same function as constexpr data") {
    dataset data;
    const std::string speaker = "tokayv";
    data.add(source{.id = source_id{"src"}, .publisher = "P", .title = "T"});
    data.add(statement{.id = statement_id{"s4"},
                       .speaker = actor_id{data.text(speaker)},
                       .date = date{2024, 7, 3},
                       .text = "x",
                       .evidence = {.source = source_id{"src"}, .paragraph = 7}});
    const auto found = problems(data.view());
    REQUIRE(found.size() == 1);
    CHECK(describe(found[0]) == "statement `s4`: speaker `tokayv` is not an actor of this dataset");
}

TEST_CASE("dataset: a large text gets its own block") {
    dataset data;
    const std::string big(200'000, 'q');
    const auto view = data.text(big);
    CHECK(view.size() == big.size());
    CHECK(view == big);
    CHECK(data.text("").empty());
}

TEST_CASE("dataset: add owns what it is given; a std::string that dies before the name is read is no problem") {
    dataset data;
    {
        const std::string name = "Kassym-Jomart " + std::string{"Tokayev"};  // on the heap, not a literal
        data.add(actor{.id = actor_id{std::string{"tokayev"}}, .kind = actor_kind::person, .name = name});
    }
    // The string is destroyed; under ASan a view into it would be a heap-use-after-free here.
    const actor& a = data.view().actors[0];
    CHECK(a.name == "Kassym-Jomart Tokayev");
    CHECK(a.id.str() == "tokayev");
}

TEST_CASE("dataset: add owns lists and the views inside their items") {
    dataset data;
    {
        std::vector<std::string> names{"xi-jinping-a-long-id-not-in-a-small-string", "tokayev-another-long-identifier"};
        const std::vector<actor_id> participants{actor_id{names[0]}, actor_id{names[1]}};
        std::vector<std::string_view> topics_text{names[0], names[1]};
        std::string topic = "energy cooperation and the transit of goods";
        const std::vector<std::string_view> topics{topic};
        data.add(event{.id = event_id{"talks"}, .participants = list_view<actor_id>{participants},
                       .plover_mode = plover_word{names[0]}});
        data.add(statement{.id = statement_id{"s1"}, .topics = list_view<std::string_view>{topics}});
        const std::vector<sector_code> sectors{sector_code{std::string_view{topic}.substr(0, 3)}};
        data.add(actor{.id = actor_id{"a"}, .sectors = list_view<sector_code>{sectors}});
        for (std::string& n : names) n.assign(n.size(), 'x');
        topic.assign(topic.size(), 'x');
    }  // the vectors and the strings are gone
    const dataset_view v = data.view();
    REQUIRE(v.events[0].participants.size() == 2);
    CHECK(v.events[0].participants[0].str() == "xi-jinping-a-long-id-not-in-a-small-string");
    CHECK(v.events[0].participants[1].str() == "tokayev-another-long-identifier");
    CHECK(v.events[0].plover_mode.str() == "xi-jinping-a-long-id-not-in-a-small-string");
    REQUIRE(v.statements[0].topics.size() == 1);
    CHECK(v.statements[0].topics[0] == "energy cooperation and the transit of goods");
    CHECK(v.actors[0].sectors[0].str() == "ene");
}

TEST_CASE("dataset: add owns the views of nested records and optional members") {
    dataset data;
    {
        std::string note = "the year is inferred from the date line of the report";
        std::string words = "exceeded the record of $41 billion";
        std::string source = "akorda-report-2024";
        data.add(agreement{.id = agreement_id{"trade"},
                           .value = reported_amount{.value = any_money{currencies::usd, 4'100'000'000'000}, .as_reported = words},
                           .evidence = {.source = source_id{source}, .basis = evidence_basis::inferred, .note = note}});
        note.assign(note.size(), 'x');
        words.assign(words.size(), 'x');
        source.assign(source.size(), 'x');
    }
    const agreement& a = data.view().agreements[0];
    CHECK(a.evidence.note == "the year is inferred from the date line of the report");
    CHECK(a.evidence.source.str() == "akorda-report-2024");
    REQUIRE(a.value.has_value());
    CHECK(a.value->as_reported == "exceeded the record of $41 billion");
}

TEST_CASE("dataset: views built with text() and list() are kept, not copied again") {
    dataset data;
    const std::string name = "Kassym-Jomart Tokayev";
    const std::string_view owned = data.text(name);
    const std::vector<actor_id> ids{actor_id{data.text("xi")}};
    const list_view<actor_id> parties = data.list(ids);
    const std::size_t before = data.stored_bytes();
    data.add(actor{.id = actor_id{data.text("tokayev")}, .name = owned});
    data.add(agreement{.id = agreement_id{"plan"}, .parties = parties});
    const std::size_t after_text = data.stored_bytes();
    CHECK(after_text == before + std::string_view{"tokayev"}.size() + std::string_view{"plan"}.size());
    CHECK(data.view().actors[0].name.data() == owned.data());
    CHECK(data.view().agreements[0].parties.begin() == parties.begin());
    // Adding again a record of the dataset itself does not grow the storage either.
    const actor again = data.view().actors[0];
    data.add(again);
    CHECK(data.stored_bytes() == after_text);
    CHECK(data.view().actors.size() == 2);
    CHECK(data.view().actors[1] == data.view().actors[0]);
}

TEST_CASE("dataset: list() owns the views inside its items too") {
    dataset data;
    list_view<std::string_view> kept;
    {
        const std::string topic = "a topic long enough to be on the heap, not in the string";
        const std::vector<std::string_view> topics{topic};
        kept = data.list(topics);
    }
    REQUIRE(kept.size() == 1);
    CHECK(kept[0] == "a topic long enough to be on the heap, not in the string");
}

TEST_CASE("dataset: views of static storage are copied too (a view cannot tell a literal from a dying string)") {
    dataset data;
    static constexpr std::string_view name = "Astana";
    data.add(place{.id = place_id{"astana"}, .kind = place_kind::city, .name = name});
    const place& p = data.view().places[0];
    CHECK(p.name == "Astana");
    CHECK(p.name.data() != name.data());
    CHECK(data.stored_bytes() == std::string_view{"astana"}.size() + name.size());
}
