// SPDX-License-Identifier: BSL-1.0
/// Statements: who said what, to whom, when, as a verbatim quotation or a paraphrase.
#pragma once
#include <cstdint>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// How the source renders what was said.
enum class statement_form : std::uint8_t {
    verbatim,     ///< a quotation, to the letter
    paraphrase,   ///< reported speech in the source's words
    headline,     ///< a headline attributing words to the speaker
};

/// Something an actor said.
struct statement {
    statement_id id{};
    actor_id speaker{};
    actor_id addressee{};                  ///< whom it was said to, if one actor
    std::string_view audience{};           ///< or the audience, in words, if not one actor
    bilateral::date date{};
    statement_form form{};
    std::string_view text{};               ///< verbatim: the quotation exactly as printed
    list_view<std::string_view> topics{};
    event_id event{};                      ///< the event it was made at
    bilateral::evidence evidence{};
    friend constexpr bool operator==(const statement&, const statement&) = default;
};

template <>
inline constexpr auto enum_names<statement_form> = std::array{
    enum_name<statement_form>{statement_form::verbatim, "verbatim"},
    enum_name<statement_form>{statement_form::paraphrase, "paraphrase"},
    enum_name<statement_form>{statement_form::headline, "headline"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::statement, id, speaker, addressee, audience, date, form, text, topics, event, evidence);
