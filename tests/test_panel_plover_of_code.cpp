// SPDX-License-Identifier: BSL-1.0
// Tests of panel/plover_of_code.hpp: the PLOVER type of a CAMEO code in one load.
#include <bilateral/panel/plover_of_code.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <string>

using namespace bilateral;

TEST_CASE("the fast PLOVER lookup agrees with the mapping for every code of 2 to 4 digits") {
    for (int length = 2; length <= 4; ++length) {
        const int count = length == 2 ? 100 : length == 3 ? 1000 : 10000;
        for (int n = 0; n < count; ++n) {
            std::string code = std::to_string(n);
            code.insert(0, static_cast<std::size_t>(length) - code.size(), '0');
            const codes::cameo_plover_entry* e = codes::find_cameo_to_plover(code);
            const plover_event expected = e ? enum_from_string<plover_event>(e->event).value_or(plover_event::none) : plover_event::none;
            REQUIRE_MESSAGE(panel::plover_of_code(code) == expected, code);
        }
    }
    CHECK(panel::plover_of_code("04a") == plover_event::none);
    CHECK(panel::plover_of_code("") == plover_event::none);
}
