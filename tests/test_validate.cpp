// SPDX-License-Identifier: BSL-1.0
// Tests of core/validate.hpp: every check the validator documents, each broken alone in a small
// dataset, at compile time and at run time, and the run-time `dataset` validated the same way.
#include <bilateral/core/validate.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/core/dataset.hpp>
#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `valid` and its records, `with`
using currencies::usd;

// Failures print problems the way `describe` does, with the fields separated.
template <>
struct doctest::StringMaker<bilateral::problem> {
    static String convert(const bilateral::problem& p) {
        const std::string s = "{" + std::string{to_string(p.code)} + " | " + p.record.str() + " | " + p.id.str() +
                              " | " + p.field.str() + " | " + p.value.str() + " | " + p.message.str() + "}";
        return String{s.c_str()};
    }
};
template <>
struct doctest::StringMaker<std::vector<bilateral::problem>> {
    static String convert(const std::vector<bilateral::problem>& problems) {
        String s = "[";
        for (const auto& p : problems) s += StringMaker<bilateral::problem>::convert(p) + "\n";
        return s + "]";
    }
};

namespace {

// A problem as the validator reports it: every text a view (here of a literal).
constexpr problem reported(problem_code code, std::string_view record, std::string_view id, std::string_view field,
                           std::string_view value, std::string_view message) {
    return problem{.code = code,
                   .record = problem_text::borrow(record),
                   .id = problem_text::borrow(id),
                   .field = problem_text::borrow(field),
                   .value = problem_text::borrow(value),
                   .message = problem_text::borrow(message)};
}

// The one problem of `data`, or a marker problem saying there were none or several.
constexpr problem sole_problem(const dataset_view& data) {
    const std::vector<problem> all = problems(data);
    if (all.size() == 1) return all[0];
    return reported(problem_code{}, "(test)", "", "", "", all.empty() ? "no problem found" : "more than one problem found");
}

std::string described(const problem& p) { return describe(p); }

// Whether `p` is described as `text`, at compile time (where clang 14 cannot use std::string).
constexpr bool describes_as(const problem& p, std::string_view text) {
    detail::fixed_text<256> out;
    detail::describe_into(out, p);
    return out.view() == text;
}

constexpr std::string_view not_well_formed = "is not a well-formed id ([a-z0-9._-], 1-64 characters)";
constexpr std::string_view outside_enum = "holds a value outside its enumeration";

}  // namespace

// `data` has exactly the problem `expected`, described as `text`: checked by the compiler and at
// run time (a static_assert alone would say nothing about the run-time path).
#define CHECK_SOLE_PROBLEM(data, expected, text)                         \
    static_assert(sole_problem(data) == (expected));                     \
    static_assert(describes_as((expected), text));                       \
    CHECK(problems(data) == std::vector<problem>{(expected)});           \
    CHECK(described(sole_problem(data)) == (text))

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<problem>);
static_assert(reported(problem_code::missing_value, "a", "b", "c", "d", "e") ==
              reported(problem_code::missing_value, "a", "b", "c", "d", "e"));
static_assert(reported(problem_code::missing_value, "a", "b", "c", "d", "e") !=
              reported(problem_code::missing_value, "a", "b", "c", "", "e"));
static_assert(reported(problem_code::missing_value, "a", "b", "c", "d", "e") !=
                  reported(problem_code::unknown_reference, "a", "b", "c", "d", "e"),
              "the code is part of a problem");
// Texts compare by content, owned or borrowed; an owned text is usable at compile time too.
static_assert(problem{.value = "tokayv"} == problem{.value = problem_text::borrow("tokayv")});

// A valid dataset has no problem, to the compiler as at run time.
static_assert(problems(valid).empty());
static_assert(!first_problem(valid).has_value());
static_assert(is_valid(valid));
static_assert(require_valid<valid>());
static_assert(problems(dataset_view{}).empty(), "an empty dataset is valid");

// describe: "record `id`: field `value` message"; without a value, no backticks for it.
static_assert(describes_as(reported(problem_code::unknown_reference, "statement", "s4", "speaker", "tokayv", "is not an actor of this dataset"),
                           "statement `s4`: speaker `tokayv` is not an actor of this dataset"));
static_assert(describes_as(reported(problem_code::missing_value, "event", "talks", "date", "", "is not given"),
                           "event `talks`: date is not given"));

// Valid -----------------------------------------------------------------------------------------

TEST_CASE("validate: a valid dataset has no problem at run time either") {
    CHECK(problems(valid).empty());
    CHECK_FALSE(first_problem(valid).has_value());
    CHECK(is_valid(valid));
    std::size_t calls = 0;
    validate(valid, [&](const problem&) { ++calls; });
    CHECK(calls == 0);
}

TEST_CASE("validate: optional fields left out are not problems") {
    static constexpr actor bare_actors[] = {{.id = actor_id{"kz"}, .kind = actor_kind::state, .name = "Kazakhstan"}};
    static constexpr place bare_places[] = {{.id = place_id{"steppe"}, .kind = place_kind::region, .name = "Steppe"}};
    static constexpr source bare_sources[] = {{.id = source_id{"note"}, .publisher = "Desk", .title = "Note"}};
    static constexpr agreement bare_agreements[] = {{.id = agreement_id{"plan"},
                                                     .kind = agreement_kind::plan,
                                                     .name = "Plan",
                                                     .evidence = {.source = source_id{"note"}}}};
    static constexpr relation bare_relations[] = {
        {.id = relation_id{"r"}, .first = country{"KZ"}, .second = country{"CN"}, .status = "Partnership",
         .evidence = {.source = source_id{"note"}}}};
    static constexpr dataset_view data{.sources = bare_sources,
                                       .actors = bare_actors,
                                       .places = bare_places,
                                       .agreements = bare_agreements,
                                       .relations = bare_relations};
    static_assert(problems(data).empty());
    CHECK(problems(data).empty());
}

TEST_CASE("validate: the same id in two record kinds is not a duplicate") {
    static constexpr place also_kz[] = {astana, palace, {.id = place_id{"kz"}, .kind = place_kind::country, .name = "Kazakhstan"}};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = also_kz; });
    static_assert(problems(data).empty());
    CHECK(problems(data).empty());
}

// Ids -------------------------------------------------------------------------------------------

TEST_CASE("validate: an id outside [a-z0-9._-] is reported for every record kind") {
    {
        static constexpr source bad[] = {akorda, with(akorda, [](source& r) { r.id = source_id{"Akorda"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.sources = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "source", "Akorda", "id", "Akorda", not_well_formed)),
                           "source `Akorda`: id `Akorda` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr actor bad[] = {kz, cn, tokayev, xi, with(kz, [](actor& r) { r.id = actor_id{"kz!"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "actor", "kz!", "id", "kz!", not_well_formed)),
                           "actor `kz!`: id `kz!` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr place bad[] = {astana, palace, with(astana, [](place& r) { r.id = place_id{"-astana"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "place", "-astana", "id", "-astana", not_well_formed)),
                           "place `-astana`: id `-astana` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr event bad[] = {visit, talks, with(talks, [](event& r) { r.id = event_id{"talks 2"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "event", "talks 2", "id", "talks 2", not_well_formed)),
                           "event `talks 2`: id `talks 2` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr statement bad[] = {s1, s2, with(s1, [](statement& r) { r.id = statement_id{"S3"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "statement", "S3", "id", "S3", not_well_formed)),
                           "statement `S3`: id `S3` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr agreement bad[] = {portfolio, with(portfolio, [](agreement& r) { r.id = agreement_id{"plan/2"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "agreement", "plan/2", "id", "plan/2", not_well_formed)),
                           "agreement `plan/2`: id `plan/2` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr indicator bad[] = {trade, portfolio_value,
                                            with(trade, [](indicator& r) { r.id = indicator_id{"trade_2023!"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "indicator", "trade_2023!", "id", "trade_2023!", not_well_formed)),
                           "indicator `trade_2023!`: id `trade_2023!` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr relation bad[] = {kz_cn, with(kz_cn, [](relation& r) { r.id = relation_id{"KZ-CN"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "relation", "KZ-CN", "id", "KZ-CN", not_well_formed)),
                           "relation `KZ-CN`: id `KZ-CN` is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
}

TEST_CASE("validate: an empty id and an id of 65 characters are not well formed") {
    {
        static constexpr relation bad[] = {kz_cn, with(kz_cn, [](relation& r) { r.id = relation_id{}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "relation", "", "id", "", not_well_formed)),
                           "relation: id is not a well-formed id ([a-z0-9._-], 1-64 characters)");
    }
    {
        static constexpr std::string_view long_id = "k234567890123456789012345678901234567890123456789012345678901234";
        static_assert(long_id.size() == 64);
        static constexpr relation fine[] = {kz_cn, with(kz_cn, [](relation& r) { r.id = relation_id{long_id}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = fine; });
        static_assert(problems(data).empty());
        CHECK(problems(data).empty());
    }
    {
        static constexpr std::string_view too_long = "k2345678901234567890123456789012345678901234567890123456789012345";
        static_assert(too_long.size() == 65);
        static constexpr relation bad[] = {kz_cn, with(kz_cn, [](relation& r) { r.id = relation_id{too_long}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_id, "relation", too_long, "id", too_long, not_well_formed)),
                           "relation `k2345678901234567890123456789012345678901234567890123456789012345`: id "
                           "`k2345678901234567890123456789012345678901234567890123456789012345` is not a well-formed id "
                           "([a-z0-9._-], 1-64 characters)");
    }
}

TEST_CASE("validate: an id used twice within one record kind is reported at its second use, for every kind") {
    constexpr std::string_view twice = "is used by an earlier record of this kind";
    {
        static constexpr source dup[] = {akorda, akorda};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.sources = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "source", "akorda", "id", "akorda", twice)),
                           "source `akorda`: id `akorda` is used by an earlier record of this kind");
    }
    {
        static constexpr actor dup[] = {kz, cn, tokayev, xi, with(tokayev, [](actor& a) { a.name = "Tokayev"; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "actor", "tokayev", "id", "tokayev", twice)),
                           "actor `tokayev`: id `tokayev` is used by an earlier record of this kind");
    }
    {
        static constexpr place dup[] = {astana, palace, astana};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "place", "astana", "id", "astana", twice)),
                           "place `astana`: id `astana` is used by an earlier record of this kind");
    }
    {
        static constexpr event dup[] = {visit, talks, talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "event", "talks", "id", "talks", twice)),
                           "event `talks`: id `talks` is used by an earlier record of this kind");
    }
    {
        static constexpr statement dup[] = {s1, s2, s2};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "statement", "s2", "id", "s2", twice)),
                           "statement `s2`: id `s2` is used by an earlier record of this kind");
    }
    {
        static constexpr agreement dup[] = {portfolio, portfolio};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "agreement", "portfolio", "id", "portfolio", twice)),
                           "agreement `portfolio`: id `portfolio` is used by an earlier record of this kind");
    }
    {
        static constexpr indicator dup[] = {trade, portfolio_value, trade};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = dup; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::duplicate_id, "indicator", "trade-2023", "id", "trade-2023", twice)),
                           "indicator `trade-2023`: id `trade-2023` is used by an earlier record of this kind");
    }
    {
        static constexpr relation dup[] = {kz_cn, kz_cn, kz_cn};  // three times: the second and third use
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = dup; });
        const problem repeat = reported(problem_code::duplicate_id, "relation", "kz-cn", "id", "kz-cn", twice);
        static_assert(problems(data).size() == 2);
        CHECK(problems(data) == std::vector<problem>{repeat, repeat});
        CHECK(described(repeat) == "relation `kz-cn`: id `kz-cn` is used by an earlier record of this kind");
    }
}

TEST_CASE("validate: 100,000 events with one id are reported at every use after the first") {
    constexpr std::size_t n = 100'000;
    dataset d;
    for (const source& s : valid.sources) d.add(s);
    for (const actor& a : valid.actors) d.add(a);
    for (const place& p : valid.places) d.add(p);
    for (std::size_t i = 0; i < n; ++i) d.add(with(talks, [](event& e) { e.part_of = {}; }));
    const std::vector<problem> found = problems(d.view());
    REQUIRE(found.size() == n - 1);
    const problem repeat = reported(problem_code::duplicate_id, "event", "talks", "id", "talks", "is used by an earlier record of this kind");
    CHECK(std::count(found.begin(), found.end(), repeat) == static_cast<std::ptrdiff_t>(n - 1));
    // The first use is not reported; a second id used twice among them is found too.
    d.add(with(visit, [](event& e) { e.part_of = {}; }));
    d.add(with(visit, [](event& e) { e.part_of = {}; }));
    const std::vector<problem> more = problems(d.view());
    REQUIRE(more.size() == n);
    CHECK(more.back() == reported(problem_code::duplicate_id, "event", "state-visit", "id", "state-visit", "is used by an earlier record of this kind"));
}

// References ------------------------------------------------------------------------------------

TEST_CASE("validate: a statement whose speaker is not an actor is reported with its id, field and value") {
    static constexpr statement bad[] = {with(s1, [](statement& s) { s.speaker = actor_id{"tokayv"}; }), s2};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "statement", "s1", "speaker", "tokayv", "is not an actor of this dataset")),
                       "statement `s1`: speaker `tokayv` is not an actor of this dataset");
}

TEST_CASE("validate: a statement must name its speaker") {
    static constexpr statement bad[] = {s1, with(s2, [](statement& s) { s.speaker = actor_id{}; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "statement", "s2", "speaker", "", "is not given")),
                       "statement `s2`: speaker is not given");
}

TEST_CASE("validate: a statement's addressee and event must resolve") {
    {
        static constexpr statement bad[] = {with(s1, [](statement& s) { s.addressee = actor_id{"xi-jinping"}; }), s2};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "statement", "s1", "addressee", "xi-jinping", "is not an actor of this dataset")),
                           "statement `s1`: addressee `xi-jinping` is not an actor of this dataset");
    }
    {
        // "state-visit" is an event; "astana" is a place, and ids are looked up in their own kind.
        static constexpr statement bad[] = {s1, with(s2, [](statement& s) { s.event = event_id{"astana"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "statement", "s2", "event", "astana", "is not an event of this dataset")),
                           "statement `s2`: event `astana` is not an event of this dataset");
    }
}

TEST_CASE("validate: an actor's part_of must be an actor of the dataset, not a place") {
    static constexpr actor bad[] = {kz, cn, with(tokayev, [](actor& a) { a.part_of = actor_id{"astana"}; }), xi};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "actor", "tokayev", "part_of", "astana", "is not an actor of this dataset")),
                       "actor `tokayev`: part_of `astana` is not an actor of this dataset");
}

TEST_CASE("validate: a place's part_of must be a place of the dataset") {
    static constexpr place bad[] = {astana, with(palace, [](place& p) { p.part_of = place_id{"nur-sultan"}; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "place", "akorda-palace", "part_of", "nur-sultan", "is not a place of this dataset")),
                       "place `akorda-palace`: part_of `nur-sultan` is not a place of this dataset");
}

TEST_CASE("validate: a place that lies in itself through part_of is reported, with every place on the cycle") {
    constexpr std::string_view cycle = "leads, through part_of, back to this record (a cycle: each record on it is reported)";
    {
        static constexpr place bad[] = {with(astana, [](place& p) { p.part_of = place_id{"akorda-palace"}; }), palace};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        static_assert(problems(data).size() == 2);
        static_assert(problems(data)[0] == reported(problem_code::part_of_cycle, "place", "astana", "part_of", "akorda-palace", cycle));
        CHECK(problems(data) == std::vector<problem>{reported(problem_code::part_of_cycle, "place", "astana", "part_of", "akorda-palace", cycle),
                                                     reported(problem_code::part_of_cycle, "place", "akorda-palace", "part_of", "astana", cycle)});
    }
    {
        static constexpr place bad[] = {with(astana, [](place& p) { p.part_of = place_id{"astana"}; }), palace};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::part_of_cycle, "place", "astana", "part_of", "astana", cycle)),
                           "place `astana`: part_of `astana` leads, through part_of, back to this record (a cycle: "
                           "each record on it is reported)");
    }
}

TEST_CASE("validate: an actor on a part_of cycle is reported; one that only leads into it is not") {
    constexpr std::string_view cycle = "leads, through part_of, back to this record (a cycle: each record on it is reported)";
    // kz is part of cn, cn of xi, xi of cn: cn and xi are on the cycle, kz leads into it.
    static constexpr actor bad[] = {with(kz, [](actor& a) { a.part_of = actor_id{"cn"}; }),
                                    with(cn, [](actor& a) { a.part_of = actor_id{"xi"}; }), tokayev,
                                    with(xi, [](actor& a) { a.part_of = actor_id{"cn"}; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
    static_assert(problems(data).size() == 2);
    CHECK(problems(data) == std::vector<problem>{reported(problem_code::part_of_cycle, "actor", "cn", "part_of", "xi", cycle),
                                                 reported(problem_code::part_of_cycle, "actor", "xi", "part_of", "cn", cycle)});
}

TEST_CASE("validate: an event that took place within itself through part_of is reported") {
    constexpr std::string_view cycle = "leads, through part_of, back to this record (a cycle: each record on it is reported)";
    static constexpr event bad[] = {with(visit, [](event& e) { e.part_of = event_id{"talks"}; }), talks};
    static_assert(bad[1].part_of == bad[0].id, "talks is part of the visit in the sample");
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
    static_assert(problems(data).size() == 2);
    CHECK(problems(data) == std::vector<problem>{reported(problem_code::part_of_cycle, "event", "state-visit", "part_of", "talks", cycle),
                                                 reported(problem_code::part_of_cycle, "event", "talks", "part_of", "state-visit", cycle)});
}

TEST_CASE("validate: an event's place, participants, recipients and part_of must resolve") {
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.place = place_id{"akorda"}; })};  // a source id
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "event", "talks", "place", "akorda", "is not a place of this dataset")),
                           "event `talks`: place `akorda` is not a place of this dataset");
    }
    {
        static constexpr actor_id with_unknown[] = {actor_id{"tokayev"}, actor_id{"putin"}};
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.participants = with_unknown; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "event", "talks", "participants", "putin", "is not an actor of this dataset")),
                           "event `talks`: participants `putin` is not an actor of this dataset");
    }
    {
        static constexpr actor_id unknown[] = {actor_id{"akorda-palace"}};  // a place id
        static constexpr event bad[] = {with(visit, [](event& e) { e.recipients = unknown; }), talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data,
                           (reported(problem_code::unknown_reference, "event", "state-visit", "recipients", "akorda-palace", "is not an actor of this dataset")),
                           "event `state-visit`: recipients `akorda-palace` is not an actor of this dataset");
    }
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.part_of = event_id{"visit"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "event", "talks", "part_of", "visit", "is not an event of this dataset")),
                           "event `talks`: part_of `visit` is not an event of this dataset");
    }
}

TEST_CASE("validate: each unresolved participant is reported, in list order") {
    static constexpr actor_id two_unknown[] = {actor_id{"putin"}, actor_id{"tokayev"}, actor_id{"mirziyoyev"}};
    static constexpr event bad[] = {visit, with(talks, [](event& e) { e.participants = two_unknown; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
    const std::vector<problem> expected{
        reported(problem_code::unknown_reference, "event", "talks", "participants", "putin", "is not an actor of this dataset"),
        reported(problem_code::unknown_reference, "event", "talks", "participants", "mirziyoyev", "is not an actor of this dataset"),
    };
    static_assert(problems(data).size() == 2);
    CHECK(problems(data) == expected);
}

TEST_CASE("validate: an event must have participants") {
    static constexpr event bad[] = {with(visit, [](event& e) { e.participants = {}; }), talks};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "event", "state-visit", "participants", "", "is empty")),
                       "event `state-visit`: participants is empty");
}

TEST_CASE("validate: an agreement's parties, place and event must resolve") {
    {
        static constexpr actor_id parties[] = {actor_id{"kz"}, actor_id{"prc"}};
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.parties = parties; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "agreement", "portfolio", "parties", "prc", "is not an actor of this dataset")),
                           "agreement `portfolio`: parties `prc` is not an actor of this dataset");
    }
    {
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.place = place_id{"almaty"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "agreement", "portfolio", "place", "almaty", "is not a place of this dataset")),
                           "agreement `portfolio`: place `almaty` is not a place of this dataset");
    }
    {
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.event = event_id{"sco-summit"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "agreement", "portfolio", "event", "sco-summit", "is not an event of this dataset")),
                           "agreement `portfolio`: event `sco-summit` is not an event of this dataset");
    }
}

TEST_CASE("validate: an indicator's stated_by, statement and agreement must resolve") {
    {
        static constexpr indicator bad[] = {with(trade, [](indicator& i) { i.stated_by = actor_id{"kz-mfa"}; }),
                                            portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "indicator", "trade-2023", "stated_by", "kz-mfa", "is not an actor of this dataset")),
                           "indicator `trade-2023`: stated_by `kz-mfa` is not an actor of this dataset");
    }
    {
        static constexpr indicator bad[] = {with(trade, [](indicator& i) { i.statement = statement_id{"s9"}; }),
                                            portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "indicator", "trade-2023", "statement", "s9", "is not a statement of this dataset")),
                           "indicator `trade-2023`: statement `s9` is not a statement of this dataset");
    }
    {
        static constexpr indicator bad[] = {
            trade, with(portfolio_value, [](indicator& i) { i.agreement = agreement_id{"talks"}; })};  // an event id
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(
            data, (reported(problem_code::unknown_reference, "indicator", "portfolio-value", "agreement", "talks", "is not an agreement of this dataset")),
            "indicator `portfolio-value`: agreement `talks` is not an agreement of this dataset");
    }
}

// Evidence --------------------------------------------------------------------------------------

TEST_CASE("validate: evidence must cite a source of the dataset, for every record kind that has evidence") {
    constexpr std::string_view no_source = "is not a source of this dataset";
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.evidence.source = source_id{"xinhua"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "event", "talks", "evidence.source", "xinhua", no_source)),
                           "event `talks`: evidence.source `xinhua` is not a source of this dataset");
    }
    {
        static constexpr statement bad[] = {with(s1, [](statement& s) { s.evidence.source = source_id{"tass"}; }), s2};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "statement", "s1", "evidence.source", "tass", no_source)),
                           "statement `s1`: evidence.source `tass` is not a source of this dataset");
    }
    {
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.evidence.source = source_id{"kun"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "agreement", "portfolio", "evidence.source", "kun", no_source)),
                           "agreement `portfolio`: evidence.source `kun` is not a source of this dataset");
    }
    {
        static constexpr indicator bad[] = {trade,
                                            with(portfolio_value, [](indicator& i) { i.evidence.source = source_id{"x"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "indicator", "portfolio-value", "evidence.source", "x", no_source)),
                           "indicator `portfolio-value`: evidence.source `x` is not a source of this dataset");
    }
    {
        static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.evidence.source = source_id{"kz"}; })};  // an actor id
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_reference, "relation", "kz-cn", "evidence.source", "kz", no_source)),
                           "relation `kz-cn`: evidence.source `kz` is not a source of this dataset");
    }
}

TEST_CASE("validate: evidence without a source is reported as not given") {
    static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.evidence = {}; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "relation", "kz-cn", "evidence.source", "", "is not given")),
                       "relation `kz-cn`: evidence.source is not given");
}

TEST_CASE("validate: an inferred datum must say why it was inferred") {
    static constexpr indicator bad[] = {with(trade, [](indicator& i) { i.evidence.note = {}; }), portfolio_value};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::unexplained_inference, "indicator", "trade-2023", "evidence.note", "", "must say why the datum is inferred")),
                       "indicator `trade-2023`: evidence.note must say why the datum is inferred");
}

TEST_CASE("validate: an evidence basis outside its enumeration is reported") {
    static constexpr statement bad[] = {
        s1, with(s2, [](statement& s) { s.evidence.basis = static_cast<evidence_basis>(7); })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "statement", "s2", "evidence.basis", "", outside_enum)),
                       "statement `s2`: evidence.basis holds a value outside its enumeration");
}

// Dates and periods -----------------------------------------------------------------------------

TEST_CASE("validate: an event and a statement need a date") {
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.date = date{}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "event", "talks", "date", "", "is not given")), "event `talks`: date is not given");
    }
    {
        static constexpr statement bad[] = {s1, with(s2, [](statement& s) { s.date = date{}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "statement", "s2", "date", "", "is not given")),
                           "statement `s2`: date is not given");
    }
}

TEST_CASE("validate: a date that is not a calendar date is reported wherever it is") {
    constexpr std::string_view not_a_date = "is not a valid calendar date";
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.date = date{2024, 2, 30}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "event", "talks", "date", "", not_a_date)),
                           "event `talks`: date is not a valid calendar date");
    }
    {
        static constexpr statement bad[] = {with(s1, [](statement& s) { s.date = date{2023, 2, 29}; }), s2};  // not a leap year
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "statement", "s1", "date", "", not_a_date)),
                           "statement `s1`: date is not a valid calendar date");
    }
    {
        static constexpr source bad[] = {with(akorda, [](source& s) { s.date = date{2024, 13}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.sources = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "source", "akorda", "date", "", not_a_date)),
                           "source `akorda`: date is not a valid calendar date");
    }
    {
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.date = date{2024, 6, 31}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "agreement", "portfolio", "date", "", not_a_date)),
                           "agreement `portfolio`: date is not a valid calendar date");
    }
    {
        static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.since = date{10000}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "relation", "kz-cn", "since", "", not_a_date)),
                           "relation `kz-cn`: since is not a valid calendar date");
    }
}

TEST_CASE("validate: a leap day in a leap year is a valid date") {
    static constexpr event leap[] = {visit, with(talks, [](event& e) { e.date = date{2024, 2, 29}; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = leap; });
    static_assert(problems(data).empty());
    CHECK(problems(data).empty());
}

TEST_CASE("validate: an indicator's period must have two valid ends, the first not after the last") {
    constexpr std::string_view bad_period = "is not a valid period (both ends valid, first not after last)";
    {
        static constexpr indicator bad[] = {
            with(trade, [](indicator& i) { i.period = {.first = date{2024}, .last = date{2023}}; }), portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "indicator", "trade-2023", "period", "", bad_period)),
                           "indicator `trade-2023`: period is not a valid period (both ends valid, first not after last)");
    }
    {
        static constexpr indicator bad[] = {with(trade, [](indicator& i) { i.period = {.first = date{2005}}; }),
                                            portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "indicator", "trade-2023", "period", "", bad_period)),
                           "indicator `trade-2023`: period is not a valid period (both ends valid, first not after last)");
    }
    {
        static constexpr indicator bad[] = {
            with(trade, [](indicator& i) { i.period = {.first = date{2023, 1, 1}, .last = date{2023, 4, 31}}; }),
            portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::invalid_date, "indicator", "trade-2023", "period", "", bad_period)),
                           "indicator `trade-2023`: period is not a valid period (both ends valid, first not after last)");
    }
}

TEST_CASE("validate: periods of partial dates are ordered as the intervals they stand for") {
    static constexpr indicator fine[] = {
        with(trade, [](indicator& i) { i.period = {.first = date{2005}, .last = date{2020, 6}}; }),
        with(portfolio_value, [](indicator& i) { i.period = {.first = date{2024, 7, 3}, .last = date{2024}}; }),
    };
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = fine; });
    static_assert(problems(data).empty());
    CHECK(problems(data).empty());
}

// Countries -------------------------------------------------------------------------------------

TEST_CASE("validate: a country code that is not in ISO 3166-1 is reported with the code") {
    constexpr std::string_view not_iso = "is not an ISO 3166-1 alpha-2 code";
    {
        static constexpr actor bad[] = {with(kz, [](actor& a) { a.country = country{"ZZ"}; }), cn, tokayev, xi};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "actor", "kz", "country", "ZZ", not_iso)),
                           "actor `kz`: country `ZZ` is not an ISO 3166-1 alpha-2 code");
    }
    {
        static constexpr actor bad[] = {kz, with(cn, [](actor& a) { a.country = country{"cn"}; }), tokayev, xi};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "actor", "cn", "country", "cn", "is not an ISO 3166-1 code (codes are upper case: `CN`)")),
                           "actor `cn`: country `cn` is not an ISO 3166-1 code (codes are upper case: `CN`)");
    }
    {
        static constexpr place bad[] = {with(astana, [](place& p) { p.country = country{"KAZ"}; }), palace};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "place", "astana", "country", "??", not_iso)),
                           "place `astana`: country `??` is not an ISO 3166-1 alpha-2 code");
    }
    {
        static constexpr indicator bad[] = {with(trade, [](indicator& i) { i.counterpart = country{"UK"}; }),
                                            portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "indicator", "trade-2023", "counterpart", "UK", not_iso)),
                           "indicator `trade-2023`: counterpart `UK` is not an ISO 3166-1 alpha-2 code");
    }
    {
        static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.second = country{"SU"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "relation", "kz-cn", "second", "SU", not_iso)),
                           "relation `kz-cn`: second `SU` is not an ISO 3166-1 alpha-2 code");
    }
}

TEST_CASE("validate: a country code in lower or mixed case is not the code; the message names the upper-case one") {
    static constexpr place bad[] = {with(astana, [](place& p) { p.country = country{"kz"}; }), palace};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
    static_assert(problems(data).size() == 1);  // at compile time as at run time
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "place", "astana", "country", "kz", "is not an ISO 3166-1 code (codes are upper case: `KZ`)")),
                       "place `astana`: country `kz` is not an ISO 3166-1 code (codes are upper case: `KZ`)");
    static constexpr relation mixed[] = {with(kz_cn, [](relation& r) { r.first = country{"Kz"}; })};
    static constexpr dataset_view mixed_data = with(valid, [](dataset_view& d) { d.relations = mixed; });
    CHECK_SOLE_PROBLEM(mixed_data, (reported(problem_code::unknown_code, "relation", "kz-cn", "first", "Kz", "is not an ISO 3166-1 code (codes are upper case: `KZ`)")),
                       "relation `kz-cn`: first `Kz` is not an ISO 3166-1 code (codes are upper case: `KZ`)");
    // A lower-case code of no country gets the plain message.
    static constexpr place none[] = {with(astana, [](place& p) { p.country = country{"zz"}; }), palace};
    static constexpr dataset_view none_data = with(valid, [](dataset_view& d) { d.places = none; });
    CHECK_SOLE_PROBLEM(none_data, (reported(problem_code::unknown_code, "place", "astana", "country", "zz", "is not an ISO 3166-1 alpha-2 code")),
                       "place `astana`: country `zz` is not an ISO 3166-1 alpha-2 code");
}

TEST_CASE("validate: an indicator needs its reporter and a relation both its states") {
    {
        static constexpr indicator bad[] = {trade, with(portfolio_value, [](indicator& i) { i.reporter = country{}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "indicator", "portfolio-value", "reporter", "", "is not given")),
                           "indicator `portfolio-value`: reporter is not given");
    }
    {
        static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.first = country{}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "relation", "kz-cn", "first", "", "is not given")),
                           "relation `kz-cn`: first is not given");
    }
    {
        static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.second = country{}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "relation", "kz-cn", "second", "", "is not given")),
                           "relation `kz-cn`: second is not given");
    }
}

TEST_CASE("validate: a relation of a state with itself is reported") {
    static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.second = country{"KZ"}; })};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::inconsistent_values, "relation", "kz-cn", "second", "KZ", "is the same state as first")),
                       "relation `kz-cn`: second `KZ` is the same state as first");
}

// Event codes -----------------------------------------------------------------------------------

TEST_CASE("validate: a CAMEO code that is not 2-4 digits with a root 01-20 is reported") {
    constexpr std::string_view not_cameo = "is not a CAMEO event code (2-4 digits, root 01-20)";
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.cameo = cameo_code{"21"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_code, "event", "talks", "cameo", "21", not_cameo)),
                           "event `talks`: cameo `21` is not a CAMEO event code (2-4 digits, root 01-20)");
    }
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.cameo = cameo_code{"04a"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_code, "event", "talks", "cameo", "04a", not_cameo)),
                           "event `talks`: cameo `04a` is not a CAMEO event code (2-4 digits, root 01-20)");
    }
    {
        // Five digits: kept as written, so the problem shows them all (it used to say "0421").
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.cameo = cameo_code{"04211"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_code, "event", "talks", "cameo", "04211", not_cameo)),
                           "event `talks`: cameo `04211` is not a CAMEO event code (2-4 digits, root 01-20)");
    }
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.cameo = cameo_code{"099"}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "event", "talks", "cameo", "099", "is not in the CAMEO codebook (codes/cameo_events.hpp)")),
                           "event `talks`: cameo `099` is not in the CAMEO codebook (codes/cameo_events.hpp)");
    }
}

TEST_CASE("validate: an event needs a CAMEO code or a PLOVER type, and either is enough") {
    // PLOVER-coded data (POLECAT, the PLOVER gold standard) has no CAMEO code.
    {
        static constexpr event plover_only[] = {
            with(visit, [](event& e) { e.cameo = cameo_code{}; e.quad_class = quad_class::unknown; }), talks};
        static_assert(plover_only[0].plover != plover_event::none);
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = plover_only; });
        static_assert(is_valid(data));
        CHECK(problems(data).empty());
    }
    {
        static constexpr event uncoded[] = {
            with(visit, [](event& e) { e.cameo = cameo_code{}; e.plover = plover_event::none; }), talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = uncoded; });
        CHECK_SOLE_PROBLEM(
            data,
            (reported(problem_code::missing_value, "event", "state-visit", "cameo", "", "is empty, and so is plover: an event needs a CAMEO code or a PLOVER type")),
            "event `state-visit`: cameo is empty, and so is plover: an event needs a CAMEO code or a PLOVER type");
    }
}

TEST_CASE("validate: a quad class that does not match the CAMEO root is reported") {
    constexpr std::string_view mismatch = "does not match the quad class of the CAMEO root (by CAMEO's rule or GDELT's)";
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.quad_class = quad_class::material_conflict; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::inconsistent_values, "event", "talks", "quad_class", "material_conflict", mismatch)),
                           "event `talks`: quad_class `material_conflict` does not match the quad class of the CAMEO root (by "
                           "CAMEO's rule or GDELT's)");
    }
    {
        static constexpr event bad[] = {with(visit, [](event& e) { e.quad_class = quad_class::unknown; }), talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::inconsistent_values, "event", "state-visit", "quad_class", "unknown", mismatch)),
                           "event `state-visit`: quad_class `unknown` does not match the quad class of the CAMEO root (by "
                           "CAMEO's rule or GDELT's)");
    }
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.quad_class = static_cast<quad_class>(99); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::inconsistent_values, "event", "talks", "quad_class", "", mismatch)),
                           "event `talks`: quad_class does not match the quad class of the CAMEO root (by CAMEO's rule or "
                           "GDELT's)");
    }
    {
        // 06x is material cooperation: the class follows the root, not the first digit.
        static constexpr event fine[] = {visit, with(talks, [](event& e) {
                                             e.cameo = cameo_code{"061"};
                                             e.quad_class = quad_class::material_cooperation;
                                         })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = fine; });
        static_assert(problems(data).empty());
        CHECK(problems(data).empty());
    }
    {
        // GDELT's rule: 09x is material cooperation and 14x verbal conflict, as in GDELT's files.
        static constexpr event gdelt[] = {with(visit, [](event& e) {
                                              e.cameo = cameo_code{"090"};
                                              e.quad_class = quad_class::material_cooperation;
                                          }),
                                          with(talks, [](event& e) {
                                              e.cameo = cameo_code{"141"};
                                              e.quad_class = quad_class::verbal_conflict;
                                          })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = gdelt; });
        CHECK(problems(data).empty());
        // ... but neither rule makes 09x material conflict.
        static constexpr event neither[] = {visit, with(talks, [](event& e) {
                                                e.cameo = cameo_code{"090"};
                                                e.quad_class = quad_class::material_conflict;
                                            })};
        static constexpr dataset_view bad = with(valid, [](dataset_view& d) { d.events = neither; });
        CHECK(problems(bad).size() == 1);
    }
}

TEST_CASE("validate: PLOVER fields must be a named event type and lower-case words") {
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.plover = static_cast<plover_event>(17); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "event", "talks", "plover", "", outside_enum)),
                           "event `talks`: plover holds a value outside its enumeration");
    }
    {
        static constexpr event bad[] = {with(visit, [](event& e) { e.plover_mode = plover_word{"Visit"}; }), talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_code, "event", "state-visit", "plover_mode", "Visit", "is not a PLOVER mode word")),
                           "event `state-visit`: plover_mode `Visit` is not a PLOVER mode word");
    }
    {
        static constexpr event bad[] = {with(visit, [](event& e) { e.plover_context = plover_word{"diplomatic affairs"}; }),
                                        talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(
            data, (reported(problem_code::malformed_code, "event", "state-visit", "plover_context", "diplomatic affairs", "is not a PLOVER context word")),
            "event `state-visit`: plover_context `diplomatic affairs` is not a PLOVER context word");
    }
}

TEST_CASE("validate: a Goldstein value may be not given") {
    // An empty optional assigned, not reset(): see the note in test_event.cpp.
    static constexpr event fine[] = {with(visit, [](event& e) { e.goldstein = std::optional<goldstein>{}; }), talks};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = fine; });
    static_assert(is_valid(data));
    CHECK(problems(data).empty());
}

TEST_CASE("validate: a Goldstein value outside -10..+10 or without a table is reported") {
    constexpr std::string_view bad_goldstein = "is outside -10..+10 or has no table";
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.goldstein->tenths = 101; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "event", "talks", "goldstein", "", bad_goldstein)),
                           "event `talks`: goldstein is outside -10..+10 or has no table");
    }
    {
        static constexpr event bad[] = {with(visit, [](event& e) { e.goldstein->tenths = -101; }), talks};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "event", "state-visit", "goldstein", "", bad_goldstein)),
                           "event `state-visit`: goldstein is outside -10..+10 or has no table");
    }
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.goldstein->table = static_cast<goldstein_table>(3); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "event", "talks", "goldstein", "", bad_goldstein)),
                           "event `talks`: goldstein is outside -10..+10 or has no table");
    }
    {
        static constexpr event fine[] = {with(visit, [](event& e) { e.goldstein->tenths = -100; }),
                                         with(talks, [](event& e) { e.goldstein->tenths = 100; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = fine; });
        static_assert(problems(data).empty());
        CHECK(problems(data).empty());
    }
}

TEST_CASE("validate: an actor's sector codes must be three capital letters, and CAMEO actor types") {
    static constexpr sector_code sectors[] = {sector_code{"GOV"}, sector_code{"gov"}, sector_code{"ELI"}};
    static constexpr actor bad[] = {kz, cn, with(tokayev, [](actor& a) { a.sectors = sectors; }), xi};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
    CHECK_SOLE_PROBLEM(data,
                       (reported(problem_code::malformed_code, "actor", "tokayev", "sectors", "gov", "is not a CAMEO sector code (three capital letters)")),
                       "actor `tokayev`: sectors `gov` is not a CAMEO sector code (three capital letters)");
    static constexpr sector_code unknown[] = {sector_code{"GOV"}, sector_code{"XYZ"}};
    static constexpr actor also_bad[] = {kz, cn, with(tokayev, [](actor& a) { a.sectors = unknown; }), xi};
    static constexpr dataset_view data2 = with(valid, [](dataset_view& d) { d.actors = also_bad; });
    CHECK_SOLE_PROBLEM(data2,
                       (reported(problem_code::unknown_code, "actor", "tokayev", "sectors", "XYZ", "is not a CAMEO actor type (codes/cameo_actors.hpp)")),
                       "actor `tokayev`: sectors `XYZ` is not a CAMEO actor type (codes/cameo_actors.hpp)");
}

TEST_CASE("validate: a Wikidata id must be Q and digits, on actors and places") {
    constexpr std::string_view not_wikidata = "is not a Wikidata id (Q and digits)";
    {
        static constexpr actor bad[] = {kz, with(cn, [](actor& a) { a.wikidata = "Q0148"; }), tokayev, xi};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_code, "actor", "cn", "wikidata", "Q0148", not_wikidata)),
                           "actor `cn`: wikidata `Q0148` is not a Wikidata id (Q and digits)");
    }
    {
        static constexpr place bad[] = {with(astana, [](place& p) { p.wikidata = "q1520"; }), palace};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::malformed_code, "place", "astana", "wikidata", "q1520", not_wikidata)),
                           "place `astana`: wikidata `q1520` is not a Wikidata id (Q and digits)");
    }
}

// Amounts ---------------------------------------------------------------------------------------

TEST_CASE("validate: an amount must be in an ISO 4217 currency with a minor unit") {
    constexpr std::string_view no_currency = "is not an ISO 4217 currency with a minor unit";
    {
        static constexpr indicator bad[] = {
            with(trade, [](indicator& i) { i.amount.value = any_money{currency{"XAU"}, 100}; }), portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "indicator", "trade-2023", "amount", "XAU", no_currency)),
                           "indicator `trade-2023`: amount `XAU` is not an ISO 4217 currency with a minor unit");
    }
    {
        static constexpr indicator bad[] = {trade, with(portfolio_value, [](indicator& i) { i.amount = {}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "indicator", "portfolio-value", "amount", "", no_currency)),
                           "indicator `portfolio-value`: amount is not an ISO 4217 currency with a minor unit");
    }
    {
        static constexpr agreement bad[] = {
            with(portfolio, [](agreement& a) { a.value->value = any_money{currency{"ABC"}, 1'450'000'000'000}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::unknown_code, "agreement", "portfolio", "value", "ABC", no_currency)),
                           "agreement `portfolio`: value `ABC` is not an ISO 4217 currency with a minor unit");
    }
}

TEST_CASE("validate: a negative amount is reported") {
    static constexpr indicator bad[] = {with(trade,
                                             [](indicator& i) {
                                                 i.amount.value = any_money{usd, -150};
                                                 i.amount.scale = amount_scale::one;
                                             }),
                                        portfolio_value};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "indicator", "trade-2023", "amount", "", "is negative")),
                       "indicator `trade-2023`: amount is negative");
}

TEST_CASE("validate: a figure reported at a scale has at most three decimals at that scale") {
    {
        // $14.5012 billion: four decimals in billions.
        static constexpr agreement bad[] = {
            with(portfolio, [](agreement& a) { a.value->value = any_money{usd, 1'450'120'000'000}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(
            data,
            (reported(problem_code::inconsistent_values, "agreement", "portfolio", "value", "", "has more digits than a figure reported at its scale can have")),
            "agreement `portfolio`: value has more digits than a figure reported at its scale can have");
    }
    {
        // $14.501 billion and $0.001 billion (one million) are fine.
        static constexpr indicator fine[] = {
            with(trade, [](indicator& i) { i.amount.value = any_money{usd, 1'450'100'000'000}; }),
            with(portfolio_value, [](indicator& i) { i.amount.value = any_money{usd, 100'000'000}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = fine; });
        static_assert(problems(data).empty());
        CHECK(problems(data).empty());
    }
    {
        // In units, any amount the currency can hold is fine: $0.01.
        static constexpr indicator fine[] = {trade, with(portfolio_value, [](indicator& i) {
                                                 i.amount.value = any_money{usd, 1};
                                                 i.amount.scale = amount_scale::one;
                                             })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = fine; });
        static_assert(problems(data).empty());
        CHECK(problems(data).empty());
    }
}

TEST_CASE("validate: a figure entered in units where the source gave billions is reported") {
    // $41 entered as 41 dollars where the source said "$41 billion".
    static constexpr indicator bad[] = {with(trade, [](indicator& i) { i.amount.value = any_money{usd, 4100}; }),
                                        portfolio_value};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
    CHECK_SOLE_PROBLEM(data,
                       (reported(problem_code::inconsistent_values, "indicator", "trade-2023", "amount", "", "has more digits than a figure reported at its scale can have")),
                       "indicator `trade-2023`: amount has more digits than a figure reported at its scale can have");
}

TEST_CASE("validate: amounts in currencies with zero or three minor digits are checked in their own units") {
    static constexpr indicator fine[] = {
        with(trade, [](indicator& i) { i.amount.value = any_money{currency{"JPY"}, 3'500'000'000}; }),  // JPY 3.5 billion
        with(portfolio_value, [](indicator& i) {
            i.amount.value = any_money{currency{"KWD"}, 2'500'000};  // KWD 2.5 thousand
            i.amount.scale = amount_scale::thousand;
        }),
    };
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = fine; });
    static_assert(problems(data).empty());
    CHECK(problems(data).empty());

    static constexpr indicator bad[] = {
        with(trade, [](indicator& i) { i.amount.value = any_money{currency{"KWD"}, 2'500'500}; })};  // KWD 0.0025005 billion
    static constexpr dataset_view bad_data = with(valid, [](dataset_view& d) { d.indicators = bad; });
    static_assert(problems(bad_data).size() == 1);
    CHECK(problems(bad_data).at(0) ==
          reported(problem_code::inconsistent_values, "indicator", "trade-2023", "amount", "", "has more digits than a figure reported at its scale can have"));
}

TEST_CASE("validate: an amount's qualifier or scale outside its enumeration is reported") {
    {
        static constexpr indicator bad[] = {
            with(trade, [](indicator& i) { i.amount.qualifier = static_cast<amount_qualifier>(99); }), portfolio_value};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "indicator", "trade-2023", "amount.qualifier", "", outside_enum)),
                           "indicator `trade-2023`: amount.qualifier holds a value outside its enumeration");
    }
    {
        // Far outside the enum, with a real amount: no scale arithmetic may run on it.
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.value->scale = static_cast<amount_scale>(99); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "agreement", "portfolio", "value.scale", "", outside_enum)),
                           "agreement `portfolio`: value.scale holds a value outside its enumeration");
    }
}

// Enumerations ----------------------------------------------------------------------------------

TEST_CASE("validate: an enum field with a value outside its enumeration is reported, for every record kind") {
    {
        static constexpr actor bad[] = {with(kz, [](actor& a) { a.kind = static_cast<actor_kind>(99); }), cn, tokayev, xi};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "actor", "kz", "kind", "", outside_enum)),
                           "actor `kz`: kind holds a value outside its enumeration");
    }
    {
        static constexpr place bad[] = {astana, with(palace, [](place& p) { p.kind = static_cast<place_kind>(5); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "place", "akorda-palace", "kind", "", outside_enum)),
                           "place `akorda-palace`: kind holds a value outside its enumeration");
    }
    {
        static constexpr event bad[] = {visit, with(talks, [](event& e) { e.format = static_cast<event_format>(200); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.events = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "event", "talks", "format", "", outside_enum)),
                           "event `talks`: format holds a value outside its enumeration");
    }
    {
        static constexpr statement bad[] = {with(s1, [](statement& s) { s.form = static_cast<statement_form>(3); }), s2};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "statement", "s1", "form", "", outside_enum)),
                           "statement `s1`: form holds a value outside its enumeration");
    }
    {
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.kind = static_cast<agreement_kind>(7); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "agreement", "portfolio", "kind", "", outside_enum)),
                           "agreement `portfolio`: kind holds a value outside its enumeration");
    }
    {
        static constexpr agreement bad[] = {
            with(portfolio, [](agreement& a) { a.status = static_cast<agreement_status>(5); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "agreement", "portfolio", "status", "", outside_enum)),
                           "agreement `portfolio`: status holds a value outside its enumeration");
    }
    {
        static constexpr indicator bad[] = {
            trade, with(portfolio_value, [](indicator& i) { i.measure = static_cast<indicator_measure>(4); })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.indicators = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::out_of_range, "indicator", "portfolio-value", "measure", "", outside_enum)),
                           "indicator `portfolio-value`: measure holds a value outside its enumeration");
    }
}

// Text fields -----------------------------------------------------------------------------------

TEST_CASE("validate: a verbatim statement needs its text") {
    static constexpr statement bad[] = {with(s1, [](statement& s) { s.text = {}; }), s2};
    static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.statements = bad; });
    CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "statement", "s1", "text", "", "is empty")), "statement `s1`: text is empty");
}

TEST_CASE("validate: names, titles, publishers and statuses must not be empty") {
    {
        static constexpr source bad[] = {with(akorda, [](source& s) { s.publisher = {}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.sources = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "source", "akorda", "publisher", "", "is empty")),
                           "source `akorda`: publisher is empty");
    }
    {
        static constexpr source bad[] = {with(akorda, [](source& s) { s.title = {}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.sources = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "source", "akorda", "title", "", "is empty")), "source `akorda`: title is empty");
    }
    {
        static constexpr actor bad[] = {kz, cn, tokayev, with(xi, [](actor& a) { a.name = {}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.actors = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "actor", "xi", "name", "", "is empty")), "actor `xi`: name is empty");
    }
    {
        static constexpr place bad[] = {with(astana, [](place& p) { p.name = {}; }), palace};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.places = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "place", "astana", "name", "", "is empty")), "place `astana`: name is empty");
    }
    {
        static constexpr agreement bad[] = {with(portfolio, [](agreement& a) { a.name = {}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.agreements = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "agreement", "portfolio", "name", "", "is empty")),
                           "agreement `portfolio`: name is empty");
    }
    {
        static constexpr relation bad[] = {with(kz_cn, [](relation& r) { r.status = {}; })};
        static constexpr dataset_view data = with(valid, [](dataset_view& d) { d.relations = bad; });
        CHECK_SOLE_PROBLEM(data, (reported(problem_code::missing_value, "relation", "kz-cn", "status", "", "is empty")), "relation `kz-cn`: status is empty");
    }
}

// Several problems ------------------------------------------------------------------------------

namespace {
constexpr actor several_actors[] = {with(kz, [](actor& a) { a.name = {}; }), cn,
                                    with(tokayev, [](actor& a) { a.part_of = actor_id{"kazakhstan"}; }), xi};
constexpr place several_places[] = {astana, with(palace, [](place& p) { p.name = {}; })};
constexpr event several_events[] = {visit, with(talks, [](event& e) {
                                        e.date = date{};
                                        e.cameo = cameo_code{"99"};
                                        e.evidence.source = source_id{};
                                    })};
constexpr statement several_statements[] = {with(s1, [](statement& s) { s.speaker = actor_id{"tokayv"}; }), s2};
constexpr indicator several_indicators[] = {trade, with(portfolio_value, [](indicator& i) { i.period = {}; })};
constexpr dataset_view several = with(valid, [](dataset_view& d) {
    d.actors = several_actors;
    d.places = several_places;
    d.events = several_events;
    d.statements = several_statements;
    d.indicators = several_indicators;
});
}  // namespace

static_assert(problems(several).size() == 8);
static_assert(first_problem(several) == reported(problem_code::missing_value, "actor", "kz", "name", "", "is empty"));
static_assert(!is_valid(several));

TEST_CASE("validate: a dataset with several problems lists all of them, in record order and field order") {
    const std::vector<problem> expected{
        reported(problem_code::missing_value, "actor", "kz", "name", "", "is empty"),
        reported(problem_code::unknown_reference, "actor", "tokayev", "part_of", "kazakhstan", "is not an actor of this dataset"),
        reported(problem_code::missing_value, "place", "akorda-palace", "name", "", "is empty"),
        reported(problem_code::missing_value, "event", "talks", "date", "", "is not given"),
        reported(problem_code::malformed_code, "event", "talks", "cameo", "99", "is not a CAMEO event code (2-4 digits, root 01-20)"),
        reported(problem_code::missing_value, "event", "talks", "evidence.source", "", "is not given"),
        reported(problem_code::unknown_reference, "statement", "s1", "speaker", "tokayv", "is not an actor of this dataset"),
        reported(problem_code::invalid_date, "indicator", "portfolio-value", "period", "", "is not a valid period (both ends valid, first not after last)"),
    };
    CHECK(problems(several) == expected);
}

TEST_CASE("validate: first_problem is the first of the list and validate calls its sink once per problem") {
    const std::optional<problem> first = first_problem(several);
    REQUIRE(first.has_value());
    CHECK(*first == reported(problem_code::missing_value, "actor", "kz", "name", "", "is empty"));
    CHECK(described(*first) == "actor `kz`: name is empty");
    CHECK_FALSE(is_valid(several));

    std::vector<std::string> lines;
    validate(several, [&](const problem& p) { lines.push_back(described(p)); });
    REQUIRE(lines.size() == 8);
    CHECK(lines[1] == "actor `tokayev`: part_of `kazakhstan` is not an actor of this dataset");
    CHECK(lines[7] ==
          "indicator `portfolio-value`: period is not a valid period (both ends valid, first not after last)");
}

TEST_CASE("validate: describe never cuts a description") {
    const std::string long_value(300, 'Q');
    const problem p = reported(problem_code::malformed_code, "actor", "kz", "wikidata", long_value,
                               "is not a Wikidata id (Q and digits)");
    CHECK(describe(p) == "actor `kz`: wikidata `" + long_value + "` is not a Wikidata id (Q and digits)");
    // Only the compiler's message (require_valid) has a fixed size, and it marks the cut.
    CHECK(detail::compile_time_description(p).size() == 256);
    CHECK(detail::compile_time_description(p).view().ends_with("QQ..."));
}

// The run-time dataset --------------------------------------------------------------------------

namespace {

// Copies a record into `ds` with every text rebuilt at run time, so nothing views the static data.
struct run_time_copier {
    dataset& ds;

    std::string_view operator()(std::string_view s) const { return ds.text(std::string{s.begin(), s.end()}); }
    template <class Tag>
    basic_id<Tag> operator()(const basic_id<Tag>& id) const {
        return basic_id<Tag>{(*this)(id.str())};
    }
    plover_word operator()(const plover_word& w) const { return plover_word{(*this)(w.str())}; }
    sector_code operator()(const sector_code& s) const { return sector_code{(*this)(s.str())}; }
    template <class T>
    list_view<T> operator()(const list_view<T>& items) const {
        std::vector<T> copies;
        for (const T& item : items) copies.push_back((*this)(item));
        return ds.list(copies);
    }
    template <class T>
    std::optional<T> operator()(const std::optional<T>& v) const {
        return v ? std::optional<T>{(*this)(*v)} : std::nullopt;
    }
    template <class T>
        requires reflectable<T>
    T operator()(const T& record) const {
        T copy = record;
        for_each_field(copy, [&](std::string_view, auto& field) { field = (*this)(field); });
        return copy;
    }
    template <class T>
        requires(!reflectable<T>)
    T operator()(const T& value) const {  // dates, countries, codes without text, money, enums, numbers
        return value;
    }
};

dataset run_time_copy(const dataset_view& d) {
    dataset ds;
    const run_time_copier copy{ds};
    for (const auto& r : d.sources) ds.add(copy(r));
    for (const auto& r : d.actors) ds.add(copy(r));
    for (const auto& r : d.places) ds.add(copy(r));
    for (const auto& r : d.events) ds.add(copy(r));
    for (const auto& r : d.statements) ds.add(copy(r));
    for (const auto& r : d.agreements) ds.add(copy(r));
    for (const auto& r : d.indicators) ds.add(copy(r));
    for (const auto& r : d.relations) ds.add(copy(r));
    return ds;
}

}  // namespace

TEST_CASE("validate: a run-time dataset with strings built at run time is valid where the constexpr one is") {
    const dataset ds = run_time_copy(valid);
    const dataset_view view = ds.view();
    CHECK(view == valid);
    REQUIRE(view.actors.size() == 4);
    CHECK(view.actors[2].name.data() != valid.actors[2].name.data());  // its own copy of the text
    CHECK(view.events[1].participants.begin() != valid.events[1].participants.begin());
    CHECK(problems(view).empty());
    CHECK(is_valid(view));
}

TEST_CASE("validate: a run-time dataset has the same problems as the constexpr one, pointing into its own text") {
    const dataset ds = run_time_copy(several);
    const std::vector<problem> at_run_time = problems(ds.view());
    CHECK(at_run_time == problems(several));
    REQUIRE(at_run_time.size() == 8);
    CHECK(at_run_time[6].value == "tokayv");
    CHECK(at_run_time[6].value.view().data() == ds.view().statements[0].speaker.str().data());
}

TEST_CASE("validate: a run-time statement whose speaker is built at run time and misspelt is reported") {
    dataset ds;
    const std::string who = std::string{"toka"} + "yev";
    const std::string typo = std::string{"toka"} + "yv";
    const source_id src{ds.text(std::string{"akorda"})};
    ds.add(source{.id = src, .publisher = ds.text("Akorda press service"), .title = ds.text("Talks")});
    ds.add(actor{.id = actor_id{ds.text(who)}, .kind = actor_kind::person, .name = ds.text("Kassym-Jomart Tokayev")});
    const std::vector<actor_id> participants{actor_id{ds.text(who)}};
    ds.add(event{.id = event_id{ds.text("talks")},
                 .date = date{2024, 7, 3},
                 .participants = ds.list(participants),
                 .cameo = cameo_code{ds.text("040")},
                 .quad_class = quad_class::verbal_cooperation,
                 .evidence = {.source = src}});
    ds.add(statement{.id = statement_id{ds.text("s4")},
                     .speaker = actor_id{ds.text(typo)},
                     .date = date{2024, 7, 3},
                     .text = ds.text("..."),
                     .event = event_id{ds.text("talks")},
                     .evidence = {.source = src}});
    const std::vector<problem> found = problems(ds.view());
    CHECK(found == std::vector<problem>{reported(problem_code::unknown_reference, "statement", "s4", "speaker", "tokayv", "is not an actor of this dataset")});
    REQUIRE(found.size() == 1);
    CHECK(described(found[0]) == "statement `s4`: speaker `tokayv` is not an actor of this dataset");
}
