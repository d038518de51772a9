// SPDX-License-Identifier: BSL-1.0
// Tests of core/source.hpp: source documents and the evidence a datum rests on.
#include <bilateral/core/source.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/reflect.hpp>

#include "sample_records.hpp"

using namespace bilateral;
using namespace bilateral::test_samples;  // `akorda`, `with`

// A designated initializer checks the field's type: an evidence's source is a source_id.
template <class T>
concept evidence_source_accepts = requires(T v) { evidence{.source = v}; };
template <class T>
concept evidence_paragraph_accepts = requires(T v) { evidence{.paragraph = v}; };
template <class T>
concept source_date_accepts = requires(T v) { source{.date = v}; };

// The sample source with an address, so that every field has a value (the article's address is not
// recorded; example.org stands in for it).
constexpr source akorda_with_url = with(akorda, [](source& s) { s.url = "https://example.org/akorda-2024-07-03"; });
constexpr evidence paragraph_3{.source = source_id{"akorda"}, .paragraph = 3};

// Compile-time facts ---------------------------------------------------------------------------
static_assert(std::is_aggregate_v<source> && std::is_aggregate_v<evidence>);
static_assert(std::is_trivially_copyable_v<source> && std::is_trivially_copyable_v<evidence>);
static_assert(reflectable<source> && reflectable<evidence>);
static_assert(field_names<source>() == std::array<std::string_view, 6>{"id", "publisher", "title", "date", "language", "url"});
static_assert(field_names<evidence>() == std::array<std::string_view, 4>{"source", "paragraph", "basis", "note"});
static_assert(std::is_same_v<decltype(evidence::source), source_id>);
static_assert(std::is_same_v<decltype(evidence::paragraph), std::uint16_t>);

static_assert(evidence_source_accepts<source_id>);
static_assert(!evidence_source_accepts<actor_id>, "an actor is not a source");
static_assert(!evidence_source_accepts<std::string_view>, "say source_id{...}");
static_assert(!evidence_source_accepts<const char*>);
static_assert(evidence_paragraph_accepts<std::uint16_t>);
static_assert(!evidence_paragraph_accepts<int>, "no narrowing from int");
static_assert(!evidence_paragraph_accepts<double>);
static_assert(source_date_accepts<date>);
static_assert(!source_date_accepts<const char*>, "a date is not text");
static_assert(!source_date_accepts<int>, "nor a number");

// Equality in constant expressions, over every field.
static_assert(akorda_with_url == akorda_with_url);
static_assert(akorda_with_url != with(akorda_with_url, [](source& s) { s.id = source_id{"akorda-2"}; }));
static_assert(akorda_with_url != with(akorda_with_url, [](source& s) { s.publisher = "Xinhua"; }));
static_assert(akorda_with_url != with(akorda_with_url, [](source& s) { s.title = "Talks"; }));
static_assert(akorda_with_url != with(akorda_with_url, [](source& s) { s.date = date{2024, 7}; }));
static_assert(akorda_with_url != with(akorda_with_url, [](source& s) { s.language = "ru"; }));
static_assert(akorda_with_url != with(akorda_with_url, [](source& s) { s.url = ""; }));
static_assert(paragraph_3 == evidence{.source = source_id{"akorda"}, .paragraph = 3, .basis = evidence_basis::stated});
static_assert(paragraph_3 != with(paragraph_3, [](evidence& e) { e.source = source_id{"xinhua"}; }));
static_assert(paragraph_3 != with(paragraph_3, [](evidence& e) { e.paragraph = 4; }));
static_assert(paragraph_3 != with(paragraph_3, [](evidence& e) { e.basis = evidence_basis::inferred; }));
static_assert(paragraph_3 != with(paragraph_3, [](evidence& e) { e.note = "year from the dateline"; }));

// evidence_basis names round-trip.
static_assert(enum_from_string<evidence_basis>(to_string(evidence_basis::stated)) == evidence_basis::stated);
static_assert(enum_from_string<evidence_basis>(to_string(evidence_basis::inferred)) == evidence_basis::inferred);
static_assert(to_string(evidence_basis::inferred) == "inferred");
static_assert(enum_names<evidence_basis>.size() == 2);

TEST_CASE("source: a default source and a default evidence have nothing given") {
    const source s{};
    CHECK(s.id.empty());
    CHECK(s.publisher.empty());
    CHECK_FALSE(s.date.known());
    CHECK(s.url.empty());
    const evidence e{};
    CHECK(e.source.empty());
    CHECK(e.paragraph == 0);  // the source as a whole
    CHECK(e.basis == evidence_basis::stated);
    CHECK(e.note.empty());
}

TEST_CASE("source: for_each_field visits the fields in declaration order with their values") {
    std::vector<std::string> seen;
    for_each_field(akorda_with_url, [&](std::string_view name, const auto& value) {
        using V = std::remove_cvref_t<decltype(value)>;
        std::string line{name};
        if constexpr (std::is_same_v<V, std::string_view>) line += "=" + std::string{value};
        else if constexpr (std::is_same_v<V, source_id>) line += "=" + std::string{value.str()};
        else if constexpr (std::is_same_v<V, date>) line += "=" + std::string{value.iso().view()};
        seen.push_back(line);
    });
    CHECK(seen == std::vector<std::string>{"id=akorda", "publisher=Akorda press service",
                                           "title=Xi Jinping: China will always be a reliable support for Kazakhstan",
                                           "date=2024-07-03", "language=en", "url=https://example.org/akorda-2024-07-03"});
}

TEST_CASE("source: evidence points at a paragraph of its source and says how it was read") {
    const evidence inferred{.source = akorda.id,
                            .paragraph = 1,
                            .basis = evidence_basis::inferred,
                            .note = "the year is the dateline's"};
    CHECK(inferred.source == source_id{"akorda"});
    CHECK(inferred.paragraph == 1);
    CHECK(to_string(inferred.basis) == "inferred");
    CHECK(inferred != paragraph_3);
    CHECK(with(inferred, [](evidence& e) { e.paragraph = 3; e.basis = evidence_basis::stated; e.note = {}; }) == paragraph_3);
}
