// SPDX-License-Identifier: BSL-1.0
/// The ICEWS notes of the tool's commands: what the reader restored, found repeated or could not
/// place, said the same way by every command.
#pragma once
#include <ostream>
#include <string_view>

#include <bilateral/io/icews/reader.hpp>

namespace bilateral::tool {

/// Writes to `out` ("bilateral COMMAND: LABEL: …" lines) what was read but is worth knowing:
/// codes whose leading zero was restored, keys (Event ID, Event Date) that repeat (located),
/// country names outside ICEWS's list (by name).
void report_icews_notes(std::ostream& out, std::string_view command, std::string_view label, const icews::read_summary& s);

}  // namespace bilateral::tool
