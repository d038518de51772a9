// SPDX-License-Identifier: BSL-1.0
// Dates are not ordered with `<`: a year and a day may overlap. `compare` says so explicitly.
// expect-error: (no match for .operator<|invalid operands to binary expression)
#include <bilateral/core/date.hpp>

using bilateral::date;

#ifdef BILATERAL_COMPILE_FAIL
static_assert(date{2023} < date{2024, 7, 3});
#else
static_assert(compare(date{2023}, date{2024, 7, 3}) == std::partial_ordering::less);
#endif
