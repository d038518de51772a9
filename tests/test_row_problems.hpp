// SPDX-License-Identifier: BSL-1.0
// For the row readers' tests: the code of the first error a reader finds in a text.
#pragma once
#include <string_view>

#include <doctest/doctest.h>

#include <bilateral/core/problem.hpp>
#include <bilateral/io/import/row_reading.hpp>

namespace bilateral::test {

/// Reads all of `text` with `Reader`; the code of the first error, which must be there and be of
/// severity error.
template <class Reader>
problem_code first_error_code(std::string_view text, row_read_options options = {}) {
    Reader r{text, options};
    while (r.next() != nullptr) {
    }
    REQUIRE_FALSE(r.summary().messages.empty());
    const problem& p = r.summary().messages[0];
    CHECK(p.severity == severity::error);
    return p.code;
}

}  // namespace bilateral::test
