// SPDX-License-Identifier: BSL-1.0
// The row formats every command reads the same way (row_inputs.hpp).
#include "row_inputs.hpp"

#include "icews_rows.hpp"

namespace bilateral::tool {

bool report_row_problems(std::ostream& out, std::string_view command, std::string_view label, const row_read_summary& s) {
    if (s.ok()) return true;
    for (const problem& e : s.messages) out << "bilateral " << command << ": " << label << ": " << describe(e) << '\n';
    if (s.stopped) {
        out << "bilateral " << command << ": stopped at the first problem" << (s.lines == 0 ? "" : " (--lenient skips bad rows)") << '\n';
    } else {
        out << "bilateral " << command << ": " << s.skipped << " of " << s.lines << " lines skipped, " << s.errors
            << (s.errors == 1 ? " problem" : " problems") << (s.errors > s.messages.size() ? " (first ones shown)" : "") << '\n';
    }
    return false;
}

void report_row_notes(std::ostream& out, std::string_view command, std::string_view label, const row_read_summary& s) {
    const std::string at = "bilateral " + std::string{command} + ": " + std::string{label} + ": ";
    for (const problem& e : s.notes) out << at << "note: " << describe(e) << '\n';
    if (s.note_count > s.notes.size()) out << at << s.note_count << " notes (first ones shown)\n";
}

void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const gdelt::csv_reader& r) {
    const std::string at = "bilateral " + std::string{command} + ": " + std::string{label} + ": ";
    if (r.summary().lines != 0 || r.summary().ok()) out << at << "read as " << describe(r.layout()) << '\n';
    // Counted, with the first as an example: in a file that pandas wrote, a third of the rows may
    // have lost a zero, and a line for each would hide everything else.
    if (r.restored_codes() != 0 && !r.summary().notes.empty())
        out << at << r.restored_codes() << (r.restored_codes() == 1 ? " row" : " rows")
            << " with CAMEO codes that had lost the leading zero, restored (first: " << describe(r.summary().notes.front()) << ")\n";
    if (r.decimal_whole_numbers() != 0)
        out << at << r.decimal_whole_numbers() << " whole numbers written as decimals (\"4.0\" read as 4)\n";
    if (r.invalid_utf8_fields() != 0)
        out << at << r.invalid_utf8_fields() << " text fields with invalid UTF-8 kept (--lenient)\n";
}

void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const polecat::reader& r) {
    report_row_notes(out, command, label, r.summary());
}

void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const phoenix::reader& r) {
    report_row_notes(out, command, label, r.summary());
}

void report_reader_notes(std::ostream& out, std::string_view command, std::string_view label, const icews::reader& r) {
    report_icews_notes(out, command, label, r.summary());
}

std::optional<source_format> format_named(std::string_view name) {
    for (const source_format f : {source_format::gdelt, source_format::gdelt_csv, source_format::icews, source_format::polecat,
                                  source_format::phoenix, source_format::plover, source_format::json})
        if (name_of(f) == name) return f;
    return std::nullopt;
}

detection detect_input(input& in) { return detect_format(in.head(64 * 1024)); }

std::string undetected(const input& in, const detection& d, std::string_view option) {
    return "cannot tell the format of " + in.label() + ": " + d.reason + "; name it with " + std::string{option};
}

std::optional<source_format> input_format(std::string_view name, input& in, std::ostream& err, std::string_view command,
                                          std::string& error, std::string_view option) {
    if (const std::optional<source_format> named = format_named(name)) return named;
    const detection d = detect_input(in);
    if (d.format == source_format::unknown) {
        error = undetected(in, d, option);
        return std::nullopt;
    }
    err << "bilateral " << command << ": " << in.label() << ": detected " << name_of(d.format) << " (" << d.reason << ")\n";
    return d.format;
}

}  // namespace bilateral::tool
