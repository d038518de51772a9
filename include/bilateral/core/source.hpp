// SPDX-License-Identifier: BSL-1.0
/// Where a datum comes from: the source document and the evidence (passage, stated or inferred).
#pragma once
#include <cstdint>
#include <string_view>

#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/detail/reflect_struct.hpp>

namespace bilateral {

/// A document that data is taken from (a news report, a press release, an event file).
struct source {
    source_id id{};
    std::string_view publisher{};  ///< who published it ("Akorda press service")
    std::string_view title{};
    bilateral::date date{};        ///< publication date, as precise as known
    std::string_view language{};   ///< BCP 47 tag of the text the data was read from ("en")
    std::string_view url{};        ///< empty where not known
    friend constexpr bool operator==(const source&, const source&) = default;
};

/// Whether the source says a datum outright or the data infers it.
enum class evidence_basis : std::uint8_t {
    stated,    ///< the passage says it
    inferred,  ///< the data concludes it (the year of "July 3", "last year" = 2023); `note` says why
};

/// The passage a datum rests on. It points into the source (paragraph numbers count the
/// source's non-empty lines from 1, the headline included) rather than copying its text.
struct evidence {
    source_id source{};
    std::uint16_t paragraph{};  ///< 1-based; 0 = the source as a whole
    evidence_basis basis{};
    std::string_view note{};    ///< why an inferred datum was inferred, or a correction
    friend constexpr bool operator==(const evidence&, const evidence&) = default;
};

template <>
inline constexpr auto enum_names<evidence_basis> = std::array{
    enum_name<evidence_basis>{evidence_basis::stated, "stated"},
    enum_name<evidence_basis>{evidence_basis::inferred, "inferred"},
};

}  // namespace bilateral

BILATERAL_REFLECT(bilateral::source, id, publisher, title, date, language, url);
BILATERAL_REFLECT(bilateral::evidence, source, paragraph, basis, note);
