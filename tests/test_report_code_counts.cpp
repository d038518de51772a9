// SPDX-License-Identifier: BSL-1.0
// Tests of report/code_counts.hpp: events per dyad and CAMEO code, merged, ranked.
#include <bilateral/report/code_counts.hpp>

#include <doctest/doctest.h>

#include <vector>

using namespace bilateral;
using namespace bilateral::report;

namespace {
const dyad chn_usa = *parse_dyad("CHN-USA");
const dyad kaz_rus = *parse_dyad("KAZ-RUS");
}  // namespace

TEST_CASE("code counts: the most frequent codes of a dyad, then by code; leading zeros kept") {
    code_counts c;
    for (const char* code : {"042", "042", "010", "10", "1011", "042", "010", "190"}) c.add(chn_usa, cameo_code{code});
    c.add(kaz_rus, cameo_code{"042"});
    CHECK(c.top(chn_usa, 3) == std::vector<code_count>{{"042", 3}, {"010", 2}, {"10", 1}});
    CHECK(c.top(chn_usa, 10).size() == 5);
    CHECK(c.top(chn_usa, 10).back() == code_count{"190", 1});
    CHECK(c.top(kaz_rus, 5) == std::vector<code_count>{{"042", 1}});
    CHECK(c.top(*parse_dyad("FRA-DEU"), 5).empty());
}

TEST_CASE("code counts: events without a code are counted under none") {
    code_counts c;
    c.add(chn_usa, cameo_code{});
    c.add(chn_usa, cameo_code{"x1"});
    CHECK(c.top(chn_usa, 5) == std::vector<code_count>{{"", 2}});
}

TEST_CASE("code counts: counts of parts merge into the counts of the whole") {
    code_counts whole, a, b;
    const std::vector<const char*> codes{"042", "1011", "042", "0233", "190", "042"};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        whole.add(chn_usa, cameo_code{codes[i]});
        (i % 2 == 0 ? a : b).add(chn_usa, cameo_code{codes[i]});
    }
    b.merge(a);
    CHECK(b.top(chn_usa, 10) == whole.top(chn_usa, 10));
}
