// SPDX-License-Identifier: BSL-1.0
// A statement's speaker is an actor id: an event id does not go there.
// expect-error: (could not convert|cannot convert|no viable conversion)
#include <bilateral/core/statement.hpp>

using namespace bilateral;

constexpr statement said{
    .id = statement_id{"s1"},
#ifdef BILATERAL_COMPILE_FAIL
    .speaker = event_id{"talks"},
#else
    .speaker = actor_id{"xi"},
#endif
    .text = "…",
};
static_assert(!said.speaker.empty());
