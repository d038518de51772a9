// SPDX-License-Identifier: BSL-1.0
// Tests of core/dyad.hpp: dyads from two codes, their text, order and packed keys.
#include <bilateral/core/dyad.hpp>

#include <doctest/doctest.h>

using namespace bilateral;

static_assert(parse_dyad("CHN-USA") == dyad{{'C', 'H', 'N'}, {'U', 'S', 'A'}});
static_assert(!parse_dyad("CHN_USA") && !parse_dyad("chn-usa") && !parse_dyad("CHN-US") && !parse_dyad(""));
static_assert(!dyad_of("CHN", "") && !dyad_of("", "USA") && !dyad_of("CH", "USA") && !dyad_of("C1N", "USA"));
static_assert(parse_dyad("USA-CHN")->undirected() == *parse_dyad("CHN-USA"));
static_assert(parse_dyad("CHN-USA")->undirected() == *parse_dyad("CHN-USA"));
static_assert(parse_dyad("USA-USA")->undirected() == *parse_dyad("USA-USA"));
static_assert(unpacked(packed(*parse_dyad("ZZZ-AAA"))) == *parse_dyad("ZZZ-AAA"));
static_assert(packed(*parse_dyad("ZZZ-ZZZ")) < (1u << 30));

TEST_CASE("packed keys keep the dyads' order and come back whole") {
    const char* texts[] = {"AAA-AAA", "AAA-AAB", "CHN-KAZ", "CHN-USA", "KAZ-CHN", "USA-CHN", "ZZZ-ZZZ"};
    for (std::size_t i = 0; i < std::size(texts); ++i) {
        const dyad d = *parse_dyad(texts[i]);
        CHECK(d.text() == texts[i]);
        CHECK(unpacked(packed(d)) == d);
        if (i > 0) {
            const dyad before = *parse_dyad(texts[i - 1]);
            CHECK(before < d);
            CHECK(packed(before) < packed(d));
        }
    }
}
