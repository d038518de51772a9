// SPDX-License-Identifier: BSL-1.0
/// The briefing of a dataset as a self-contained HTML page: who met where and when on a
/// timeline, what was said (quotations marked as such, with their paragraph), the figures with
/// what was inferred and why, the agreements and their status, the events with their codes.
#pragma once
#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/io/brief.hpp>
#include <bilateral/io/text.hpp>
#include <bilateral/report/page.hpp>

namespace bilateral::report {

/// Writes the briefing of `data` as an HTML page.
void write_brief_html(std::ostream& os, const dataset_view& data);

// ---------------------------------------------------------------------------------------------
// Implementation

inline void write_brief_html(std::ostream& os, const dataset_view& d) {
    using namespace bilateral::detail::briefing;
    const event* main = nullptr;
    for (const auto& e : d.events)
        if (e.part_of.empty()) {
            main = &e;
            break;
        }
    const std::string headline =
        main ? people_of(d) + " — " + place_of(d, busiest_place(d)) + ", " + text_of(main->date) : std::string{"Briefing"};
    open_page(os, headline);
    os << "<header>\n<h1>" << escaped(headline) << "</h1>\n";
    if (main && !main->description.empty()) os << "<p>" << escaped(main->description) << "</p>\n";
    for (const auto& s : d.sources) {
        os << "<p class=\"meta\">Source: " << escaped(s.publisher) << ", “" << escaped(s.title) << "”";
        if (s.date.known()) os << ", " << escaped(text_of(s.date));
        os << "</p>\n";
    }
    os << "<nav><a href=\"#met\">Who met</a><a href=\"#said\">What was said</a><a href=\"#figures\">Figures</a>"
          "<a href=\"#agreements\">Agreements</a><a href=\"#events\">Events</a></nav>\n</header>\n";

    // The timeline in date order (stable: events of one day keep the dataset's order).
    std::vector<const event*> meetings;
    for (const auto& e : d.events)
        if (e.format != event_format::unspecified) meetings.push_back(&e);
    std::stable_sort(meetings.begin(), meetings.end(), [](const event* a, const event* b) {
        return compare(a->date, b->date) == std::partial_ordering::less;
    });
    os << "<section id=\"met\">\n<h2>Who met, where and when</h2>\n<ol class=\"timeline\">\n";
    for (const event* e : meetings) {
        std::string who = names_of(d, e->participants);
        if (!e->recipients.empty()) who += " with " + names_of(d, e->recipients);
        const std::string where = place_of(d, e->place);
        os << "<li><time datetime=\"" << escaped(text_of(e->date)) << "\">" << escaped(text_of(e->date)) << "</time> "
           << escaped(words_of(e->format)) << (where.empty() ? "" : " at " + escaped(where)) << ": " << escaped(who);
        if (!e->description.empty()) os << "<br><span class=\"meta\">" << escaped(e->description) << "</span>";
        os << "</li>\n";
    }
    os << "</ol>\n</section>\n";

    os << "<section id=\"said\">\n<h2>What was said</h2>\n";
    for (const auto& s : d.statements) {
        std::string who = name_of(d, s.speaker);
        if (!s.addressee.empty()) who += " to " + name_of(d, s.addressee);
        const std::string where = "paragraph " + std::to_string(s.evidence.paragraph);
        os << "<figure class=\"statement " << to_string(s.form) << "\">\n";
        if (s.form == statement_form::verbatim)
            os << "<blockquote>" << escaped(s.text) << "</blockquote>\n<figcaption><span class=\"mark\">verbatim quotation</span> ";
        else
            os << "<p>" << escaped(s.text) << "</p>\n<figcaption><span class=\"mark\">" << escaped(words_of(s.form))
               << ", not a quotation</span> ";
        os << escaped(who) << ", " << escaped(where) << "</figcaption>\n</figure>\n";
    }
    os << "</section>\n";

    os << "<section id=\"figures\">\n<h2>Figures</h2>\n";
    table figures{.caption = "Figures as reported",
                  .header = {"measure", "between", "period", "amount", "as reported", "stated by", "basis"},
                  .text_columns = 7};
    for (const auto& i : d.indicators) {
        std::string period = text_of(i.period.first);
        if (!(i.period.first == i.period.last)) period += "–" + text_of(i.period.last);
        const std::string between = std::string{i.reporter.name()} + (i.counterpart.known() ? " – " + std::string{i.counterpart.name()} : "");
        const std::string basis = i.evidence.basis == evidence_basis::inferred ? "inferred: " + std::string{i.evidence.note}
                                                                               : "stated (paragraph " + std::to_string(i.evidence.paragraph) + ")";
        figures.rows.push_back({words_of(i.measure), between, period, amount_text(i.amount), std::string{i.amount.as_reported},
                                i.stated_by.empty() ? "" : name_of(d, i.stated_by), basis});
    }
    write_table(os, figures);
    os << "</section>\n";

    os << "<section id=\"agreements\">\n<h2>Agreements and initiatives</h2>\n";
    table agreements{.caption = "Agreements and their status", .header = {"name", "kind", "status", "count", "worth", "fields", "where"},
                     .text_columns = 7};
    for (const auto& a : d.agreements) {
        std::string fields;
        for (std::size_t k = 0; k < a.sectors.size(); ++k) fields += (k ? ", " : "") + std::string{a.sectors[k]};
        agreements.rows.push_back({std::string{a.name}, words_of(a.kind), words_of(a.status), a.count ? std::to_string(*a.count) : "",
                                   a.value ? amount_text(*a.value) : "", fields, a.place.empty() ? "" : place_of(d, a.place)});
    }
    write_table(os, agreements);
    os << "</section>\n";

    os << "<section id=\"events\">\n<h2>Events and their codes</h2>\n";
    table events{.caption = "Events coded with CAMEO and PLOVER",
                 .header = {"event", "date", "CAMEO", "CAMEO event", "PLOVER", "Goldstein", "quad class"},
                 .text_columns = 7};
    for (const auto& e : d.events) {
        const codes::cameo_event* label = codes::find_cameo_event(e.cameo.str());
        std::string plover{to_string(e.plover)};
        if (!e.plover_mode.empty()) plover += "/" + text_of(e.plover_mode);
        if (!e.plover_context.empty()) plover += " (" + text_of(e.plover_context) + ")";
        events.rows.push_back({std::string{e.id.str()}, text_of(e.date), text_of(e.cameo), label ? std::string{label->label} : "",
                               plover,
                               e.goldstein ? tenths_text(e.goldstein->tenths) + " (" + std::string{to_string(e.goldstein->table)} + ")"
                                           : "not given",
                               words_of(e.quad_class)});
    }
    write_table(os, events);
    const auto mean = mean_goldstein(d, goldstein_table::gdelt);
    os << "<p>" << d.events.size() << " events; mean Goldstein value " << escaped(goldstein_text(mean.mean))
       << " (GDELT table, " << mean.events << " events).</p>\n</section>\n";
    close_page(os);
}

}  // namespace bilateral::report
