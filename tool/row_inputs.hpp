// SPDX-License-Identifier: BSL-1.0
/// The row formats every command reads the same way (GDELT re-exported as CSV, ICEWS, Phoenix,
/// POLECAT): problems and notes reported alike, and `--from auto`, which says what it detected.
#pragma once
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/io/detect.hpp>
#include <bilateral/io/gdelt/csv_reader.hpp>
#include <bilateral/io/icews/reader.hpp>
#include <bilateral/io/import/row_reading.hpp>
#include <bilateral/io/phoenix/reader.hpp>
#include <bilateral/io/polecat/reader.hpp>

#include "files.hpp"

namespace bilateral::tool {

/// Writes to `out` ("bilateral COMMAND: LABEL: …" lines) the reader's errors and how the read
/// ended; true if there was none.
bool report_row_problems(std::ostream& out, std::string_view command, std::string_view label, const row_read_summary& s);

/// Writes to `out` the reader's notes (what was read but changed or worth knowing), located, and
/// how many there were when not all are listed.
void report_row_notes(std::ostream& out, std::string_view command, std::string_view label, const row_read_summary& s);

/// What the GDELT CSV reader saw (the dialect) and undid (lost leading zeros, "4.0", invalid UTF-8
/// kept), with its notes.
void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const gdelt::csv_reader& r);

/// What the POLECAT reader saw: its notes (sides naming several countries, repeated Event IDs).
void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const polecat::reader& r);

/// What the Phoenix reader saw: its notes (codes whose leading zero was restored).
void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const phoenix::reader& r);

/// What the ICEWS reader saw: codes whose leading zero was restored, repeated keys, country names
/// outside ICEWS's list (`report_icews_notes`).
void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const icews::reader& r);

/// The CAMEO code of a row, for the report's top codes; none for POLECAT, which codes in PLOVER.
[[nodiscard]] inline cameo_code code_of_row(const gdelt::record& r) noexcept { return r.event.code; }
[[nodiscard]] inline cameo_code code_of_row(const icews::record& r) noexcept { return r.code; }
[[nodiscard]] inline cameo_code code_of_row(const polecat::record&) noexcept { return {}; }
[[nodiscard]] inline cameo_code code_of_row(const phoenix::record& r) noexcept { return r.code; }

/// The names `--from` takes: every format's, and "auto".
inline const std::vector<std::string> input_formats{"gdelt", "gdelt-csv", "icews", "polecat", "phoenix", "plover", "json", "auto"};

/// The names of the formats of event rows (what `stats` reads), and "auto".
inline const std::vector<std::string> row_formats{"gdelt", "gdelt-csv", "icews", "polecat", "phoenix", "auto"};

/// The format `--from NAME` names; nullopt for "auto".
[[nodiscard]] std::optional<source_format> format_named(std::string_view name);

/// The format of `in` from its first 64 KiB (which reading then still returns).
[[nodiscard]] detection detect_input(input& in);

/// "cannot tell the format of LABEL: REASON; name it with OPTION" (OPTION: the command's own,
/// `--from` or `--format`).
[[nodiscard]] std::string undetected(const input& in, const detection& d, std::string_view option = "--from");

/// The format NAME names or, for "auto", the one detected from the beginning of `in`, said on
/// `err` ("bilateral COMMAND: LABEL: detected gdelt-csv (…)"); nullopt, with the reason in
/// `error` (which names OPTION, the command's option for the format), when it cannot be told.
[[nodiscard]] std::optional<source_format> input_format(std::string_view name, input& in, std::ostream& err, std::string_view command,
                                                        std::string& error, std::string_view option = "--from");

}  // namespace bilateral::tool
