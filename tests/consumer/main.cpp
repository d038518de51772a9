// SPDX-License-Identifier: BSL-1.0
/// The program every consumer project builds: the umbrella header compiles and links outside the
/// tree, and, where the consumer links bilateral::json, the JSON reader reads back what the writer wrote.
#include <bilateral/bilateral.hpp>
#include <bilateral/data/astana_2024.hpp>
#ifdef BILATERAL_CONSUMER_JSON
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_reader.hpp>
#endif

#include <cstdio>

static_assert(bilateral::is_valid(bilateral::data::astana_2024));
static_assert(bilateral::currencies::usd.ok());
static_assert(bilateral::currencies::usd.minor_digits() == 2);

int main() {
    constexpr auto total = bilateral::money<bilateral::currencies::usd>::from_major(41) +
                           bilateral::money<bilateral::currencies::usd>::from_minor(50);
    std::printf("bilateral consumer: %lld minor units\n", static_cast<long long>(total.minor_units()));
    if (total.minor_units() != 4150) return 1;
#ifdef BILATERAL_CONSUMER_JSON
    const auto json = bilateral::to_json(bilateral::data::astana_2024);
    const auto read = bilateral::read_json(json);
    if (!read.ok() || bilateral::to_json(read.data.view()) != json) {
        std::printf("bilateral consumer: the JSON round trip failed\n");
        return 1;
    }
    std::printf("bilateral consumer: JSON round trip of %zu bytes\n", json.size());
#endif
    return 0;
}
