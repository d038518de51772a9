// SPDX-License-Identifier: BSL-1.0
/// Compile-fail test: amounts in different currencies do not add (the twin adds two USD amounts).
// expect-error: no match for .*operator\+|invalid operands to binary expression
#include <bilateral/core/money.hpp>

namespace {

using bilateral::money;
namespace currencies = bilateral::currencies;

#ifdef BILATERAL_COMPILE_FAIL
[[maybe_unused]] constexpr auto sum =
    money<currencies::usd>::from_major(1) + money<currencies::cny>::from_major(7);
#else
[[maybe_unused]] constexpr auto sum =
    money<currencies::usd>::from_major(1) + money<currencies::usd>::from_major(7);
static_assert(sum.minor_units() == 800);
#endif

}  // namespace
