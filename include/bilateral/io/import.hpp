// SPDX-License-Identifier: BSL-1.0
/// The import framework every reader is built on: a new source is a dialect (field names,
/// framing, code mapping) on these parts and nothing more.
//
// - import/registry.hpp: one record per distinct thing (dedupe key → stable unique id → record);
// - import/text_id.hpp: the one text → id rule;
// - import/actor_kind.hpp: the one rule for an actor's kind from its sector codes;
// - import/places.hpp: places nested in places, and the one walk up them (walk_part_of);
// - import/losses.hpp: what the model could not hold, counted;
// - import/lines.hpp: line framing (numbered, non-blank lines);
// - import/shown_field.hpp: a field's text as the row readers' problems (core/problem.hpp) show it;
// - import/row_reading.hpp: what every row reader takes and gives (strict or lenient, problems, notes).
// The PLOVER reader (plover_reader.hpp) and the GDELT mapping (gdelt/mapping.hpp) use them, and
// examples/my_own_reader.cpp shows a reader of one's own.
#pragma once
#include <bilateral/io/import/actor_kind.hpp>
#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/import/fields.hpp>
#include <bilateral/io/import/lines.hpp>
#include <bilateral/io/import/lists.hpp>
#include <bilateral/io/import/losses.hpp>
#include <bilateral/io/import/places.hpp>
#include <bilateral/io/import/registry.hpp>
#include <bilateral/io/import/row_reading.hpp>
#include <bilateral/io/import/shown_field.hpp>
#include <bilateral/io/import/text_id.hpp>
