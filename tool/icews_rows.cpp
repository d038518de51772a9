// SPDX-License-Identifier: BSL-1.0
// The ICEWS notes of the tool's commands (icews_rows.hpp).
#include "icews_rows.hpp"

#include <string>

#include <bilateral/io/import/shown_field.hpp>

namespace bilateral::tool {

void report_icews_notes(std::ostream& out, std::string_view command, std::string_view label, const icews::read_summary& s) {
    const std::string at = "bilateral " + std::string{command} + ": " + std::string{label} + ": ";
    if (s.restored_codes != 0)
        out << at << s.restored_codes << (s.restored_codes == 1 ? " CAMEO code" : " CAMEO codes")
            << " had lost the leading zero (\"10\" read as \"010\"; the JSON rows say code_restored)\n";
    for (const problem& e : s.notes) out << at << "note: " << describe(e) << '\n';
    if (s.repeated_keys > s.notes.size())
        out << at << s.repeated_keys << " rows repeat an earlier row's Event ID and Event Date (first ones shown; all kept)\n";
    for (const auto& [name, n] : s.unknown_countries)
        out << at << "country name not in ICEWS's list: '" << shown_field(name) << "' (" << n << (n == 1 ? " field" : " fields")
            << "; no dyad)\n";
}

}  // namespace bilateral::tool
