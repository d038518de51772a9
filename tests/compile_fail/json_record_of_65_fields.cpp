// SPDX-License-Identifier: BSL-1.0
/// Compile-fail test: the JSON reader refuses a record of more than 64 fields, whose field bits
/// would shift by 64 or more (undefined); the twin reads a record of 64 fields.
// expect-error: a record of more than 64 fields
#include <bilateral/io/json_reader.hpp>

#include <boost/hana/pair.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/tuple.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace {

/// A reflectable record of N int fields named f00, f01, ...
template <std::size_t N>
struct wide {
    std::array<int, N> v{};
    struct hana_accessors_impl {
        static constexpr auto apply() {
            return []<std::size_t... I>(std::index_sequence<I...>) {
                return boost::hana::make_tuple(boost::hana::make_pair(
                    boost::hana::string_c<'f', static_cast<char>('0' + I / 10), static_cast<char>('0' + I % 10)>,
                    [](auto&& w) -> auto& { return w.v[I]; })...);
            }(std::make_index_sequence<N>{});
        }
    };
};

#ifdef BILATERAL_COMPILE_FAIL
constexpr std::size_t fields = 65;
#else
constexpr std::size_t fields = 64;
#endif

[[maybe_unused]] void read(std::string_view json) {
    bilateral::dataset storage;
    (void)bilateral::read_json_value<wide<fields>>(json, storage);
}

}  // namespace
