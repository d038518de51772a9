// SPDX-License-Identifier: BSL-1.0
/// Typed record identifiers: an actor's id is not an event's id.
#pragma once
#include <string_view>

namespace bilateral {

/// The identifier of a record of kind Tag, held as text ("tokayev", "talks-restricted").
/// Ids of different kinds are different types, so a statement's speaker cannot name an event.
/// Well formed: 1–64 characters from [a-z0-9._-], starting with a letter or digit.
template <class Tag>
class basic_id {
public:
    constexpr basic_id() noexcept = default;
    constexpr explicit basic_id(std::string_view text) noexcept : text_{text} {}

    [[nodiscard]] constexpr std::string_view str() const noexcept { return text_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return text_.empty(); }
    [[nodiscard]] constexpr bool ok() const noexcept {
        if (text_.empty() || text_.size() > 64) return false;
        for (std::size_t i = 0; i < text_.size(); ++i) {
            const char c = text_[i];
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) return false;
        }
        return true;
    }

    friend constexpr bool operator==(const basic_id&, const basic_id&) noexcept = default;

private:
    std::string_view text_;
};

/// A well-formed Wikidata item id: "Q" and digits, or empty (not known).
[[nodiscard]] constexpr bool is_wikidata_id(std::string_view s) noexcept {
    if (s.empty()) return true;
    if (s.size() < 2 || s[0] != 'Q' || s[1] == '0') return false;
    for (char c : s.substr(1))
        if (c < '0' || c > '9') return false;
    return true;
}


struct source;
struct actor;
struct place;
struct event;
struct statement;
struct agreement;
struct indicator;
struct relation;

using source_id = basic_id<source>;
using actor_id = basic_id<actor>;
using place_id = basic_id<place>;
using event_id = basic_id<event>;
using statement_id = basic_id<statement>;
using agreement_id = basic_id<agreement>;
using indicator_id = basic_id<indicator>;
using relation_id = basic_id<relation>;

}  // namespace bilateral
