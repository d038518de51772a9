// SPDX-License-Identifier: BSL-1.0
// A user's record with a member of a type of theirs that has no JSON form does not compile, and
// the message names the one point to specialise: bilateral::value_traits.
// expect-error: specialise bilateral::value_traits<T>
#include <bilateral/io/json.hpp>

#include <boost/hana/adapt_struct.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace user {
struct grade {
    char letter = 'A';
};
struct report {
    std::string pupil;
    grade mark;
};
}  // namespace user
BOOST_HANA_ADAPT_STRUCT(user::report, pupil, mark);

#ifndef BILATERAL_COMPILE_FAIL
// The twin: with the specialisation, the same record is written.
template <>
struct bilateral::value_traits<user::grade> {
    static std::string_view text(const user::grade& g) { return {&g.letter, 1}; }
    static bool given(const user::grade&) { return true; }
    template <class Storage>
    static std::optional<user::grade> parse(std::string_view text, Storage&) {
        if (text.size() != 1 || text[0] < 'A' || text[0] > 'F') return std::nullopt;
        return user::grade{text[0]};
    }
    static constexpr std::string_view expected = "a grade from \"A\" to \"F\"";
    static constexpr std::string_view pattern = "^[A-F]$";
    static constexpr std::string_view description = "A grade.";
};
#endif

std::string written() { return bilateral::to_json(user::report{.pupil = "Aruzhan", .mark = {'B'}}); }
