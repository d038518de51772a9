// SPDX-License-Identifier: BSL-1.0
/// The one rule by which readers that view their text refuse a string about to be destroyed.
#pragma once
#include <string>
#include <type_traits>

namespace bilateral::detail {

/// What a forwarding reference `S&&` deduces for a `std::string` rvalue, const or not (an
/// lvalue deduces a reference, and is not matched). A reader whose records view its text declares
///     template <detail::temporary_string S> explicit reader(S&& text, …) = delete;
/// so that `reader{make_text()}` does not compile, rather than leaving every record dangling; a
/// string literal is not matched either, and goes to the `std::string_view` constructor.
template <class S>
concept temporary_string = std::is_same_v<std::remove_const_t<S>, std::string>;

}  // namespace bilateral::detail
