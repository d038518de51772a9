// SPDX-License-Identifier: BSL-1.0
// Tests of io/import.hpp, the framework every reader is built on: the entity registry, the text → id
// rule, the actor-kind rule, places, losses and line framing.
#include <bilateral/io/import.hpp>

#include <bilateral/core/validate.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace bilateral;

// The actor-kind rule is one table for CAMEO's and PLOVER's codes, usable at compile time.
static_assert(actor_kind_from_sector("MED", false) == actor_kind::media);  // CAMEO
static_assert(actor_kind_from_sector("JRN", false) == actor_kind::media);  // PLOVER
static_assert(actor_kind_from_sector("GOV", true) == actor_kind::government_body);
static_assert(actor_kind_from_sector("MIL", false) == actor_kind::armed_forces);
static_assert(actor_kind_from_sector("BUS", true) == actor_kind::organisation);
static_assert(actor_kind_from_sector("", true) == actor_kind::state);
static_assert(actor_kind_from_sector("", false) == actor_kind::organisation);
static_assert(trimmed(" \tKAZ\r\n") == "KAZ" && trimmed(" \t ").empty());
static_assert(first_line("\n  \n [1]\n{}") == "[1]");

TEST_CASE("import: every sector code of the table is three capital letters, listed once") {
    std::unordered_set<std::string_view> seen;
    for (const sector_kind& s : sector_kinds) {
        CHECK(sector_code{s.code}.ok());
        CHECK(seen.insert(s.code).second);
    }
}

TEST_CASE("import: text_id makes words an id: lower case, a run of other characters one '-', none at the ends") {
    CHECK(text_id("Xi Jinping") == "xi-jinping");
    CHECK(text_id("  Kassym-Jomart  Tokayev (President) ") == "kassym-jomart-tokayev-president");
    CHECK(text_id("Akorda. Astana") == "akorda.-astana");  // '.' after a letter is kept, the space after it is not
    CHECK(text_id("Ministry of Foreign Affairs, PRC!") == "ministry-of-foreign-affairs-prc");
    CHECK(text_id("\xD0\x90\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB0 2024") == "2024");  // non-ASCII is not kept
    CHECK(text_id("***").empty());
    CHECK(text_id("").empty());
}

TEST_CASE("import: text_id keeps text that is already a well-formed id") {
    CHECK(text_id("talks-restricted") == "talks-restricted");
    CHECK(text_id("evt--1") == "evt--1");
    CHECK(text_id("a_b.c") == "a_b.c");
    // Not well formed: upper case, a leading separator, or too long.
    CHECK(text_id("EVT--1") == "evt-1");
    CHECK(text_id("-evt") == "evt");
}

TEST_CASE("import: text_id keeps every character of a code, one for one") {
    CHECK(text_id("geo-4--1234567", id_style::code) == "geo-4--1234567");
    CHECK(text_id("cameo-CHNGOV", id_style::code) == "cameo-chngov");
    CHECK(text_id("geo-4-Astana, Kazakhstan", id_style::code) == "geo-4-astana--kazakhstan");
    CHECK(text_id("--KAZ", id_style::code) == "kaz");  // an id starts with a letter or digit
}

TEST_CASE("import: text_id cuts at 64 characters, and every id it makes is well formed") {
    const std::string long_name(100, 'a');
    CHECK(text_id(long_name) == std::string(64, 'a'));
    CHECK(text_id(std::string(63, 'a') + " b") == std::string(63, 'a'));  // no '-' left at the end
    CHECK(text_id(long_name, id_style::code).size() == 64);
    for (std::string_view text : {"Xi Jinping", "A (B)", "?x?", "1.2.3", "x__y", "Ü-Bahn", "-1234567"})
        for (id_style style : {id_style::words, id_style::code}) {
            const std::string id = text_id(text, style);
            CHECK_MESSAGE(basic_id<void>{id}.ok(), text);
        }
}

TEST_CASE("import: unique_ids gives a base once, then the base with the first free suffix") {
    unique_ids ids;
    CHECK(ids.take("astana") == "astana");
    CHECK(ids.take("astana") == "astana.2");
    CHECK(ids.take("astana.3") == "astana.3");
    CHECK(ids.take("astana") == "astana.4");  // astana.3 is taken
    CHECK(ids.take("") == "x");
    CHECK(ids.taken("astana.2"));
    CHECK_FALSE(ids.taken("astana.5"));
    // A suffixed id keeps to 64 characters.
    const std::string base(64, 'k');
    CHECK(ids.take(base) == base);
    CHECK(ids.take(base) == std::string(62, 'k') + ".2");
}

TEST_CASE("import: the registry adds one record per key and gives its id back, stable") {
    dataset data;
    entity_registry<actor> actors{data};
    int made = 0;
    const auto make = [&] {
        ++made;
        return actor{.kind = actor_kind::state, .name = "Kazakhstan", .country = country{"KZ"}};
    };
    const actor_id kz = actors.obtain("KZ", "kazakhstan", make);
    CHECK(kz == actor_id{"kazakhstan"});
    CHECK(actors.obtain("KZ", "anything", make) == kz);  // the key decides, not the base
    CHECK(actors.find("KZ") == kz);
    CHECK(actors.find("CN").empty());
    CHECK(made == 1);  // the record is built once
    // Another key with the same base: another record, a suffixed id.
    const actor_id other = actors.obtain("KZ-2", "kazakhstan", make);
    CHECK(other == actor_id{"kazakhstan.2"});
    CHECK(actors.obtain("KZ", "kazakhstan", make) == kz);
    CHECK(actors.size() == 2);
    REQUIRE(data.view().actors.size() == 2);
    CHECK(data.view().actors[0].id == kz);
    CHECK(data.view().actors[1].id == other);
    CHECK(problems(data.view()).empty());
}

TEST_CASE("import: the registry owns the ids it gives; make may take the id; add takes no key") {
    dataset data;
    entity_registry<source> sources{data};
    source_id id;
    {
        std::string base = "wire";
        id = sources.obtain("wire", base, [](source_id given) {
            return source{.publisher = "unknown", .title = given.str()};
        });
        base.assign(base.size(), '#');
    }
    CHECK(id == source_id{"wire"});
    CHECK(data.view().sources[0].title == "wire");
    const source_id placeholder = sources.add("wire", [] { return source{.publisher = "unknown", .title = "none"}; });
    CHECK(placeholder == source_id{"wire.2"});
    CHECK(sources.find("wire") == id);  // a record added without a key is not found by one
}

TEST_CASE("import: ten thousand records of one base all get ids of their own") {
    dataset data;
    entity_registry<place> places{data};
    const std::size_t n = 10'000;
    std::vector<place_id> ids;
    for (std::size_t i = 0; i < n; ++i)
        ids.push_back(places.obtain("astana " + std::to_string(i), "astana",
                                    [] { return place{.kind = place_kind::city, .name = "Astana"}; }));
    // And each one again: the same ids.
    for (std::size_t i = 0; i < n; i += 997)
        CHECK(places.obtain("astana " + std::to_string(i), "astana", [] { return place{}; }) == ids[i]);
    CHECK(ids.front() == place_id{"astana"});
    CHECK(ids[1] == place_id{"astana.2"});
    CHECK(ids.back() == place_id{"astana.10000"});
    std::unordered_set<std::string_view> distinct;
    for (const place_id& id : ids) distinct.insert(id.str());
    CHECK(distinct.size() == n);
    CHECK(data.view().places.size() == n);
    CHECK(problems(data.view()).empty());
}

TEST_CASE("import: a place is one per name, kind, country and enclosing place") {
    dataset data;
    entity_registry<place> places{data};
    const place_id region = import_place(places, "Astana", place_kind::region, country{"KZ"});
    const place_id city = import_place(places, "Astana", place_kind::city, country{"KZ"}, region);
    CHECK(region == place_id{"astana"});
    CHECK(city == place_id{"astana.2"});
    CHECK(import_place(places, "Astana", place_kind::city, country{"KZ"}, region) == city);
    CHECK(import_place(places, "Astana", place_kind::city, country{"KZ"}) != city);  // in no region
    CHECK(import_place(places, "***", place_kind::city, country{"KZ"}) == place_id{"place"});
    // The walk up from the city finds the region (query.hpp's walk_part_of, shared by all).
    std::string path;
    walk_part_of(data.view(), city, [&](const place& p) { path += std::string{to_string(p.kind)} + ";"; });
    CHECK(path == "city;region;");
}

TEST_CASE("import: losses are counted per field and kind, with the first example, sorted") {
    loss_tally losses;
    int shown = 0;
    const auto example = [&](std::string text) {
        return [&shown, text] {
            ++shown;
            return text;
        };
    };
    losses.count("text", "not held", example("first"));
    losses.count("text", "not held", example("second"));
    losses.count("id", "changed", example("EVT-1"));
    const std::vector<problem> list = losses.sorted();
    REQUIRE(list.size() == 2);
    CHECK(list[0].field == "id");
    CHECK(list[1].field == "text");
    CHECK(list[1].count == 2);
    CHECK(list[1].value == "first");
    CHECK(shown == 2);  // one example per kind of loss
    // Each kind of loss is a problem: not held, a loss, what was lost its message.
    CHECK(list[1] == problem{.code = problem_code::not_held,
                             .severity = severity::loss,
                             .field = "text",
                             .value = "first",
                             .message = "not held",
                             .count = 2});
    CHECK(describe(list[1]) == "text: `first`: not held (2 times)");
    CHECK(describe(list[0]) == "id: `EVT-1`: changed");
}

TEST_CASE("import: for_each_line numbers lines as editors do, passing over blank ones") {
    std::vector<std::string> seen;
    for_each_line("a\n\n  \nb\r\nc", [&](std::string_view line, std::size_t n) {
        seen.push_back(std::to_string(n) + ":" + std::string{line});
    });
    CHECK(seen == std::vector<std::string>{"1:a", "4:b\r", "5:c"});
}
