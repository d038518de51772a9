// SPDX-License-Identifier: BSL-1.0
/// The program every consumer project builds: the umbrella header compiles and links outside the tree.
#include <bilateral/bilateral.hpp>

#include <cstdio>

static_assert(bilateral::is_valid(bilateral::data::astana_2024));
static_assert(bilateral::currencies::usd.ok());
static_assert(bilateral::currencies::usd.minor_digits() == 2);

int main() {
    constexpr auto total = bilateral::money<bilateral::currencies::usd>::from_major(41) +
                           bilateral::money<bilateral::currencies::usd>::from_minor(50);
    std::printf("bilateral consumer: %lld minor units\n", static_cast<long long>(total.minor_units()));
    return total.minor_units() == 4150 ? 0 : 1;
}
