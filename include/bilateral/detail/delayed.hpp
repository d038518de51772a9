// SPDX-License-Identifier: BSL-1.0
/// `delayed<T, Lazy>`: a type that names T but depends on a template parameter.
#pragma once

namespace bilateral::detail {

/// T, as a type that depends on `Lazy`. Code in a template that uses only non-dependent types is
/// compiled where the template is defined, so in every file that includes the header; written
/// with `typename delayed<T, Lazy>::type` it is compiled only where the template is used. The
/// library uses it to keep the cost of including it low.
template <class T, class Lazy>
struct delayed {
    using type = T;
};

}  // namespace bilateral::detail
