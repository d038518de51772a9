// SPDX-License-Identifier: BSL-1.0
// A CAMEO code is text: building one from an integer (which would lose the leading zero of
// "010") does not compile.
// expect-error: deleted
#include <bilateral/core/event_codes.hpp>

#ifdef BILATERAL_COMPILE_FAIL
constexpr bilateral::cameo_code code{10};
#else
constexpr bilateral::cameo_code code{"010"};
#endif
static_assert(code.str().size() == 3 || code.str().size() == 2);
