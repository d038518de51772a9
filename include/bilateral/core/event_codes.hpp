// SPDX-License-Identifier: BSL-1.0
/// Event-coding vocabularies: CAMEO codes, Goldstein values with their table, quad classes, PLOVER.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <bilateral/core/enum_names.hpp>

namespace bilateral {

/// A CAMEO event code: 2–4 digits, leading zeros significant ("010" is not "10"), so it is text,
/// never a number. `root()` is the two-digit cue category (01–20).
/// Text that is not a code is kept as written (up to `capacity` characters), so that validation
/// can report it and writers do not turn "04211" into the valid-looking "0421".
class cameo_code {
public:
    /// Characters kept: a longer text keeps its first `capacity` and its length (up to 255).
    static constexpr std::size_t capacity = 7;

    constexpr cameo_code() noexcept = default;
    constexpr explicit cameo_code(std::string_view digits) noexcept {
        length_ = static_cast<std::uint8_t>(digits.size() > 255 ? 255 : digits.size());
        for (std::size_t i = 0; i < digits.size() && i < capacity; ++i) digits_[i] = digits[i];
    }
    // A code is not a number: 10 would lose the leading zero of "010".
    cameo_code(int) = delete;
    cameo_code(long) = delete;
    cameo_code(unsigned) = delete;

    /// The text as written (its first `capacity` characters if it was longer).
    [[nodiscard]] constexpr std::string_view str() const noexcept {
        return {digits_.data(), length_ > capacity ? capacity : length_};
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return length_ == 0; }
    /// 2–4 ASCII digits with a root between 01 and 20.
    [[nodiscard]] constexpr bool ok() const noexcept {
        if (length_ < 2 || length_ > 4) return false;
        for (std::size_t i = 0; i < length_; ++i)
            if (digits_[i] < '0' || digits_[i] > '9') return false;
        const int r = (digits_[0] - '0') * 10 + (digits_[1] - '0');
        return r >= 1 && r <= 20;
    }
    /// The two-digit root ("04" for "042").
    [[nodiscard]] constexpr cameo_code root() const noexcept { return cameo_code{str().substr(0, 2)}; }

    friend constexpr bool operator==(const cameo_code&, const cameo_code&) noexcept = default;

private:
    std::array<char, capacity> digits_{};
    std::uint8_t length_ = 0;
};

/// The four quad classes of CAMEO-coded data.
enum class quad_class : std::uint8_t {
    unknown = 0,
    verbal_cooperation = 1,
    material_cooperation = 2,
    verbal_conflict = 3,
    material_conflict = 4,
};

template <>
inline constexpr auto enum_names<quad_class> = std::array{
    enum_name<quad_class>{quad_class::unknown, "unknown"},
    enum_name<quad_class>{quad_class::verbal_cooperation, "verbal_cooperation"},
    enum_name<quad_class>{quad_class::material_cooperation, "material_cooperation"},
    enum_name<quad_class>{quad_class::verbal_conflict, "verbal_conflict"},
    enum_name<quad_class>{quad_class::material_conflict, "material_conflict"},
};

namespace detail {
/// The quad class of `code`'s root when roots 01–05 are verbal cooperation, up to
/// `last_material_cooperation` material cooperation, up to `last_verbal_conflict` verbal conflict,
/// and the rest material conflict.
constexpr quad_class quad_class_by_roots(cameo_code code, int last_material_cooperation,
                                         int last_verbal_conflict) noexcept {
    if (!code.ok()) return quad_class::unknown;
    const auto r = code.str();
    const int root = (r[0] - '0') * 10 + (r[1] - '0');
    if (root <= 5) return quad_class::verbal_cooperation;
    if (root <= last_material_cooperation) return quad_class::material_cooperation;
    if (root <= last_verbal_conflict) return quad_class::verbal_conflict;
    return quad_class::material_conflict;
}
}  // namespace detail

/// The quad class of a CAMEO root by the CAMEO codebook's ranges, as ICEWS and Phoenix use them:
/// 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material
/// conflict.
[[nodiscard]] constexpr quad_class quad_class_of(cameo_code code) noexcept {
    return detail::quad_class_by_roots(code, 8, 13);
}

/// The quad class GDELT's event files give a CAMEO root: 01–05, 06–09, 10–14, 15–20. It differs
/// from `quad_class_of` in two roots: 09 (investigate) is material cooperation and 14 (protest)
/// verbal conflict. Every row of GDELT 1.0 and 2.0 files follows it, so both rules are valid.
[[nodiscard]] constexpr quad_class gdelt_quad_class_of(cameo_code code) noexcept {
    return detail::quad_class_by_roots(code, 9, 14);
}

/// The Goldstein tables in use; they disagree (CAMEO 016: GDELT −2.0, ICEWS −5.0, Phoenix +3.4).
enum class goldstein_table : std::uint8_t { gdelt, icews, phoenix };

template <>
inline constexpr auto enum_names<goldstein_table> = std::array{
    enum_name<goldstein_table>{goldstein_table::gdelt, "gdelt"},
    enum_name<goldstein_table>{goldstein_table::icews, "icews"},
    enum_name<goldstein_table>{goldstein_table::phoenix, "phoenix"},
};

/// A Goldstein conflict–cooperation value (−10 … +10) and the table it was read from.
/// Stored exactly in tenths. Values from different tables compare unequal; average within one.
struct goldstein {
    std::int16_t tenths = 0;
    goldstein_table table = goldstein_table::gdelt;

    [[nodiscard]] constexpr double value() const noexcept { return tenths / 10.0; }
    [[nodiscard]] constexpr bool ok() const noexcept {
        return tenths >= -100 && tenths <= 100 && is_named(table);
    }
    friend constexpr bool operator==(const goldstein&, const goldstein&) noexcept = default;
};

/// The sixteen PLOVER event types (PLOVER manual, "Event types").
enum class plover_event : std::uint8_t {
    none,
    agree, consult, support, concede, cooperate, aid, retreat, request,
    accuse, reject, threaten, protest, sanction, mobilize, coerce, assault,
};

template <>
inline constexpr auto enum_names<plover_event> = std::array{
    enum_name<plover_event>{plover_event::none, "none"},
    enum_name<plover_event>{plover_event::agree, "AGREE"},
    enum_name<plover_event>{plover_event::consult, "CONSULT"},
    enum_name<plover_event>{plover_event::support, "SUPPORT"},
    enum_name<plover_event>{plover_event::concede, "CONCEDE"},
    enum_name<plover_event>{plover_event::cooperate, "COOPERATE"},
    enum_name<plover_event>{plover_event::aid, "AID"},
    enum_name<plover_event>{plover_event::retreat, "RETREAT"},
    enum_name<plover_event>{plover_event::request, "REQUEST"},
    enum_name<plover_event>{plover_event::accuse, "ACCUSE"},
    enum_name<plover_event>{plover_event::reject, "REJECT"},
    enum_name<plover_event>{plover_event::threaten, "THREATEN"},
    enum_name<plover_event>{plover_event::protest, "PROTEST"},
    enum_name<plover_event>{plover_event::sanction, "SANCTION"},
    enum_name<plover_event>{plover_event::mobilize, "MOBILIZE"},
    enum_name<plover_event>{plover_event::coerce, "COERCE"},
    enum_name<plover_event>{plover_event::assault, "ASSAULT"},
};

/// A PLOVER mode or context: a lower-case word ("visit", "diplomatic"), checked against the PLOVER
/// tables where they are used. Kept as text because PLOVER adds modes between versions.
class plover_word {
public:
    constexpr plover_word() noexcept = default;
    constexpr explicit plover_word(std::string_view text) noexcept : text_{text} {}
    [[nodiscard]] constexpr std::string_view str() const noexcept { return text_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return text_.empty(); }
    /// Lower-case ASCII letters, with '_' or '-' inside.
    [[nodiscard]] constexpr bool ok() const noexcept {
        if (text_.empty()) return false;
        for (std::size_t i = 0; i < text_.size(); ++i) {
            const char c = text_[i];
            if (!(c >= 'a' && c <= 'z') && (i == 0 || (c != '_' && c != '-'))) return false;
        }
        return true;
    }
    friend constexpr bool operator==(const plover_word&, const plover_word&) noexcept = default;

private:
    std::string_view text_;
};

/// A CAMEO actor sector or type code ("GOV", "MIL", "EDU"): three upper-case letters.
class sector_code {
public:
    constexpr sector_code() noexcept = default;
    constexpr explicit sector_code(std::string_view text) noexcept : text_{text} {}
    [[nodiscard]] constexpr std::string_view str() const noexcept { return text_; }
    [[nodiscard]] constexpr bool ok() const noexcept {
        if (text_.size() != 3) return false;
        for (char c : text_)
            if (c < 'A' || c > 'Z') return false;
        return true;
    }
    friend constexpr bool operator==(const sector_code&, const sector_code&) noexcept = default;

private:
    std::string_view text_;
};

}  // namespace bilateral
