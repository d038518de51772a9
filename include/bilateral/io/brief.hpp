// SPDX-License-Identifier: BSL-1.0
/// A briefing of a dataset for a person to read in a terminal: who met, what was said, the
/// figures, the agreements, the coded events and a one-line summary of the cooperation.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/core/dataset_view.hpp>
#include <bilateral/io/text.hpp>
#include <bilateral/query.hpp>

namespace bilateral {

/// Layout of the briefing.
struct brief_options {
    std::size_t width = 100;  ///< wrap long text (quotations) at this many columns
};

/// Writes the briefing of `data` to `os`.
void write_brief(std::ostream& os, const dataset_view& data, brief_options options = {});

/// The mean Goldstein value of the events coded with `table`, and how many events it covers.
struct goldstein_mean {
    double mean = 0.0;
    std::size_t events = 0;
};
[[nodiscard]] constexpr goldstein_mean mean_goldstein(const dataset_view& data, goldstein_table table) {
    long long tenths = 0;
    std::size_t n = 0;
    for (const auto& e : data.events)
        if (e.goldstein && e.goldstein->table == table) {
            tenths += e.goldstein->tenths;
            ++n;
        }
    return {n == 0 ? 0.0 : static_cast<double>(tenths) / 10.0 / static_cast<double>(n), n};
}

/// How many events fall in each quad class (index 0: unknown, 1–4: the classes).
[[nodiscard]] constexpr std::array<std::size_t, 5> quad_class_counts(const dataset_view& data) {
    std::array<std::size_t, 5> counts{};
    for (const auto& e : data.events) {
        const auto q = static_cast<std::size_t>(e.quad_class);
        ++counts[q < counts.size() ? q : 0];
    }
    return counts;
}

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::briefing {

inline std::string name_of(const dataset_view& d, actor_id id) {
    const actor* a = find(d, id);
    return a ? std::string{a->name} : std::string{id.str()};
}

inline std::string names_of(const dataset_view& d, list_view<actor_id> ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i != 0) out += i + 1 == ids.size() ? " and " : ", ";
        out += name_of(d, ids[i]);
    }
    return out;
}

/// "Akorda, Astana": the place and the places it lies in (each once: a part_of cycle ends it).
inline std::string place_of(const dataset_view& d, place_id id) {
    std::string out;
    walk_part_of(d, id, [&](const place& p) {
        if (!out.empty()) out += ", ";
        out += p.name;
    });
    return out;
}

/// Writes `text` after `first` (the first line's prefix), wrapped at `width`, continuation lines
/// indented by `indent` spaces. A word longer than a line gets a line of its own.
inline void wrapped(std::ostream& os, std::string_view first, std::string_view text, std::size_t indent,
                    std::size_t width) {
    std::string line{first};
    bool fresh = true;  // no word of `text` on this line yet
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        if (!fresh && line.size() + 1 + word.size() > width) {
            os << line << '\n';
            line.assign(indent, ' ');
            fresh = true;
        }
        if (!fresh) line += ' ';
        line += word;
        fresh = false;
    }
    os << line << '\n';
}

/// The people (actors of kind person) taking part in the events, in order of appearance.
inline std::string people_of(const dataset_view& d) {
    std::vector<actor_id> people;
    const auto note = [&](actor_id id) {
        const actor* a = find(d, id);
        if (a && a->kind == actor_kind::person && std::find(people.begin(), people.end(), id) == people.end())
            people.push_back(id);
    };
    for (const auto& e : d.events) {
        for (auto id : e.participants) note(id);
        for (auto id : e.recipients) note(id);
    }
    return names_of(d, std::span<const actor_id>{people});
}

/// The place the most events happened at (the first such in dataset order).
inline place_id busiest_place(const dataset_view& d) {
    place_id best;
    std::size_t best_count = 0;
    for (const auto& candidate : d.events) {
        std::size_t n = 0;
        for (const auto& e : d.events) n += e.place == candidate.place ? 1 : 0;
        if (!candidate.place.empty() && n > best_count) {
            best = candidate.place;
            best_count = n;
        }
    }
    return best;
}

inline std::string pad(std::string s, std::size_t n) {
    if (s.size() < n) s.append(n - s.size(), ' ');
    return s;
}

inline std::string goldstein_text(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.2f", value);
    return buf;
}

}  // namespace detail::briefing

inline void write_brief(std::ostream& os, const dataset_view& d, brief_options options) {
    using namespace detail::briefing;
    const std::size_t width = options.width;

    // Headline: the people who took part, the place most events happened at, and the date of
    // the top-level event (the first that is part of no other).
    const event* main = nullptr;
    for (const auto& e : d.events)
        if (e.part_of.empty()) {
            main = &e;
            break;
        }
    if (main) {
        os << people_of(d) << " — " << place_of(d, busiest_place(d)) << ", " << text_of(main->date) << '\n';
        if (!main->description.empty()) wrapped(os, "", main->description, 0, width);
    }
    for (const auto& s : d.sources) {
        os << "Source: " << s.publisher << ", \"" << s.title << "\"";
        if (s.date.known()) os << ", " << text_of(s.date);
        os << '\n';
    }

    os << "\nWho met, where and when\n";
    for (const auto& e : d.events) {
        if (e.format == event_format::unspecified) continue;  // acts within a meeting: listed with the codes
        std::string who = names_of(d, e.participants);
        if (!e.recipients.empty()) who += " with " + names_of(d, e.recipients);
        const std::string where = place_of(d, e.place);
        wrapped(os, "  " + text_of(e.date) + "  " + words_of(e.format) + (where.empty() ? "" : " at " + where) + ": ",
                who, 6, width);
    }

    os << "\nWhat was said\n";
    for (const auto& s : d.statements) {
        std::string head = "  " + name_of(d, s.speaker);
        if (!s.addressee.empty()) head += " to " + name_of(d, s.addressee);
        head += " (" + words_of(s.form) + ", para. " + std::to_string(s.evidence.paragraph) + "): ";
        const std::string text = s.form == statement_form::paraphrase ? std::string{s.text}
                                                                      : "“" + std::string{s.text} + "”";
        wrapped(os, head, text, 6, width);
    }

    os << "\nFigures\n";
    for (const auto& i : d.indicators) {
        std::string line = words_of(i.measure) + ", " + text_of(i.reporter.known() ? i.reporter : country{}) +
                           (i.counterpart.known() ? "–" + text_of(i.counterpart) : "") + ", " + text_of(i.period.first);
        if (!(i.period.first == i.period.last)) line += "–" + text_of(i.period.last);
        line += ": " + amount_text(i.amount);
        if (!i.amount.as_reported.empty()) line += " (as reported: \"" + std::string{i.amount.as_reported} + "\")";
        if (!i.stated_by.empty()) line += "; stated by " + name_of(d, i.stated_by);
        wrapped(os, "  ", line, 6, width);
        if (i.evidence.basis == evidence_basis::inferred) wrapped(os, "      inferred: ", i.evidence.note, 6, width);
    }

    os << "\nAgreements and initiatives\n";
    for (const auto& a : d.agreements) {
        std::string line = std::string{a.name} + " [" + words_of(a.kind) + ", " + words_of(a.status) + "]";
        if (a.count) line += "; " + std::to_string(*a.count) + " in all";
        if (a.value) line += "; worth " + amount_text(*a.value);
        if (!a.sectors.empty()) {
            line += "; fields: ";
            for (std::size_t k = 0; k < a.sectors.size(); ++k) line += (k ? ", " : "") + std::string{a.sectors[k]};
        }
        if (!a.place.empty()) line += "; at " + place_of(d, a.place);
        wrapped(os, "  ", line, 6, width);
    }

    os << "\nEvents and their codes\n";
    std::size_t id_width = 0;
    for (const auto& e : d.events) id_width = std::max(id_width, e.id.str().size());
    for (const auto& e : d.events) {
        std::string line = "  " + pad(std::string{e.id.str()}, id_width) + " CAMEO " + pad(text_of(e.cameo), 4) + "  PLOVER " +
                           std::string{to_string(e.plover)};
        if (!e.plover_mode.empty()) line += "/" + text_of(e.plover_mode);
        if (!e.plover_context.empty()) line += " (" + text_of(e.plover_context) + ")";
        line = pad(line, id_width + 46) + " Goldstein " +
               (e.goldstein ? tenths_text(e.goldstein->tenths) + " (" + std::string{to_string(e.goldstein->table)} + ")"
                            : std::string{"not given"}) +
               "  " + words_of(e.quad_class);
        os << line << '\n';
    }

    os << "\nCooperation summary\n";
    const auto mean = mean_goldstein(d, goldstein_table::gdelt);
    const auto quads = quad_class_counts(d);
    std::string summary = std::to_string(d.events.size()) + " events; mean Goldstein " +
                          goldstein_text(mean.mean) + " (GDELT table, " + std::to_string(mean.events) + " events); ";
    bool first = true;
    for (std::size_t q = 1; q < quads.size(); ++q) {
        if (quads[q] == 0) continue;
        summary += (first ? "" : ", ") + words_of(static_cast<quad_class>(q)) + " " + std::to_string(quads[q]);
        first = false;
    }
    if (quads[0] != 0) summary += (first ? "" : ", ") + std::string{"uncoded "} + std::to_string(quads[0]);
    wrapped(os, "  ", summary, 4, width);
}

}  // namespace bilateral
