// SPDX-License-Identifier: BSL-1.0
// A constexpr dataset with an impossible date (30 February) does not compile; the message
// names the event and the field.
// expect-error: e1.*date.*is not a valid calendar date
#include <bilateral/core/validate.hpp>

using namespace bilateral;

constexpr source sources[] = {{.id = source_id{"report"}, .publisher = "Akorda press service", .title = "Talks"}};
constexpr actor actors[] = {{.id = actor_id{"xi"}, .kind = actor_kind::person, .name = "Xi Jinping"}};
constexpr actor_id xi[] = {actor_id{"xi"}};
constexpr event events[] = {{
    .id = event_id{"e1"},
#ifdef BILATERAL_COMPILE_FAIL
    .date = date{2024, 2, 30},
#else
    .date = date{2024, 2, 29},
#endif
    .participants = xi,
    .cameo = cameo_code{"042"},
    .plover = plover_event::consult,
    .quad_class = quad_class::verbal_cooperation,
    .evidence = {.source = source_id{"report"}, .paragraph = 1},
}};
constexpr dataset_view data{.sources = sources, .actors = actors, .events = events};

static_assert(require_valid<data>());
