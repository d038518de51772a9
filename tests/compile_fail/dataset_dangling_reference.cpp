// SPDX-License-Identifier: BSL-1.0
// A constexpr dataset whose statement names a speaker that is not one of its actors does not
// compile, and the compiler's message names the record, the field and the dangling id.
// expect-error: tokayv.*is not an actor of this dataset
#include <bilateral/core/validate.hpp>

using namespace bilateral;

constexpr source sources[] = {{.id = source_id{"report"}, .publisher = "Akorda press service", .title = "Talks"}};
constexpr actor actors[] = {{.id = actor_id{"tokayev"}, .kind = actor_kind::person, .name = "Kassym-Jomart Tokayev"}};
constexpr statement statements[] = {{
    .id = statement_id{"s4"},
#ifdef BILATERAL_COMPILE_FAIL
    .speaker = actor_id{"tokayv"},  // a typo: no such actor
#else
    .speaker = actor_id{"tokayev"},
#endif
    .date = date{2024, 7, 3},
    .form = statement_form::paraphrase,
    .text = "Tokayev thanked Xi for accepting the invitation.",
    .evidence = {.source = source_id{"report"}, .paragraph = 6},
}};
constexpr dataset_view data{.sources = sources, .actors = actors, .statements = statements};

static_assert(require_valid<data>());
