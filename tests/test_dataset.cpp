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
    CHECK(describe(found[0]).view() == "statement `s4`: speaker `tokayv` is not an actor of this dataset");
}

TEST_CASE("dataset: a large text gets its own block") {
    dataset data;
    const std::string big(200'000, 'q');
    const auto view = data.text(big);
    CHECK(view.size() == big.size());
    CHECK(view == big);
    CHECK(data.text("").empty());
}
