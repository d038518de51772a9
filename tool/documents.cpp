// SPDX-License-Identifier: BSL-1.0
// The JSON and PLOVER inputs of the tool's commands (documents.hpp).
#include "documents.hpp"

namespace bilateral::tool {

document read_document(std::string_view text, bool from_plover) {
    document doc;
    if (from_plover) doc.plover = read_plover(text);
    else doc.json = read_json(text);
    return doc;
}

std::string located(std::string_view label, const problem& p) {
    std::string out{label};
    if (p.line != 0) {
        out += ':' + std::to_string(p.line);
        if (p.column != 0) out += ':' + std::to_string(p.column);
        out += ": ";
        if (!p.path.empty() && p.path != "$") out.append(p.path.view()).append(": ");
        return out.append(p.message.view());
    }
    return out + ": " + describe(p);
}

void list_problems(std::ostream& to, std::string_view label, const document& doc) {
    for (const problem& p : doc.problems()) to << located(label, p) << '\n';
    if (const std::size_t unlisted = doc.unlisted_problems(); unlisted != 0)
        to << label << ": … and " << unlisted << " more problem(s) not listed\n";
}

void plover_notes(std::ostream& to, std::string_view label, const plover_read_result& r) {
    to << label << ": note: " << r.records << " PLOVER record(s) (" << r.dialect() << ", " << to_string(r.framing)
       << "): " << r.events << " event(s)";
    if (r.documents != 0) to << ", " << r.documents << " DOCUMENT record(s) read as sources";
    to << '\n';
    for (const problem& l : r.losses)
        to << label << ": note: " << l.field.view() << ": " << l.message.view() << " (" << l.count << "; e.g. "
           << l.value.view() << ")\n";
}

void plover_write_notes(std::ostream& to, const plover_write_report& report) {
    const auto list = [&](const std::vector<event_id>& ids, std::string_view why) {
        if (ids.empty()) return;
        to << "bilateral: note: " << ids.size() << " event(s) " << why << " and are not written:";
        for (const event_id& id : ids) to << ' ' << id.str();
        to << '\n';
    };
    list(report.without_type, "have no PLOVER type (PLOVER has none for CAMEO 01 and 02)");
    list(report.without_date, "have no date (PLOVER requires one)");
    if (report.without_id != 0)
        to << "bilateral: note: " << report.without_id << " event(s) have no id (PLOVER requires one) and are not written\n";
    if (report.unresolved_references != 0)
        to << "bilateral: note: " << report.unresolved_references
           << " actor, place or source id(s) are not in the dataset; written as text\n";
}

}  // namespace bilateral::tool
