// SPDX-License-Identifier: BSL-1.0
/// Writes a dataset's events as PLOVER records, one JSON object per line (JSONL).
//
// Field names are the PLOVER manual's ("JSON Data Fields"); a record is written as
//   {"id", "date", "actor": [entity…], "recipient": [entity…], "event", "mode", "context",
//    "event_text", "quad_code", "event_scale", "event_scale_table", "cameo_code", "event_loc",
//    "cite_info"}
// in that order, leaving out what the event does not have. An entity (an actor of the dataset) is
//   {"code", "sector", "entity_text", "identifier_id"}:
// code: the ISO 3166-1 alpha-3 code of its country, or for an actor without a country its first
// sector if that is a PLOVER non-state code (IGO, NGO, ISM, IMG, MNC); sector: its (other)
// sectors run together ("GOVMED"), as CAMEO writes compound codes; entity_text: its name;
// identifier_id: its Wikidata id. event_text is the event's description; quad_code 1–4 its quad
// class; event_scale its Goldstein value, written with the extension field event_scale_table
// ("gdelt") because a Goldstein value means nothing without its table (PLOVER lets providers add
// named fields); cameo_code (also an extension) its CAMEO code. event_loc is the event's place with
// the geonames field names the manual uses ("name", "country code", and "feature class": A country,
// L region, P city, S building, R route). cite_info is the source its evidence cites
// ("citation": the source id, "publication", "title", "url", "language").
//
// PLOVER has no place for an event's format, the event it is part of, its evidence's paragraph,
// basis and note, an actor's kind, office or parent, or a place's parent and Wikidata id: these are
// not written. PLOVER requires an id, a date and an event type: an event without one (PLOVER has
// no type for CAMEO roots 01 and 02) is not written either; the report lists it. The date is
// written at the precision it is known ("2024-07-03", or "2023"). io/plover_reader.hpp reads the
// records back.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <bilateral/core/actor.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/place.hpp>
#include <bilateral/core/problem.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/text.hpp>

namespace bilateral {

/// What writing PLOVER left out. PLOVER requires an id, a date and an event type: an event
/// without one of them is not written.
struct plover_write_report {
    std::size_t written = 0;                ///< records written
    std::vector<event_id> without_type;     ///< not written: no PLOVER event type (PLOVER drops CAMEO 01, 02)
    std::vector<event_id> without_date;     ///< not written: no date, or not a calendar date
    std::size_t without_id = 0;             ///< not written: no id
    std::size_t unresolved_references = 0;  ///< actor, place or source ids not in the dataset (written as text)
    /// Entities written without their actor's country, which is given but not an ISO 3166-1 code
    /// ("kz", "??"): PLOVER's "code" is an alpha-3 code, and there is none to write.
    std::size_t countries_not_written = 0;

    /// What was left out, through the one problem type (core/problem.hpp), each a loss counted
    /// once per kind (none for a kind that did not happen): events not written (code not_written,
    /// record "event", field "plover", "date" or "id", the first such event's id), references
    /// written as text (unknown_reference), countries not written (not_held, "actor.country").
    [[nodiscard]] std::vector<problem> problems() const;
};

/// Appends the events of `data` to `out` as PLOVER JSONL (one record per line, each ending in '\n').
plover_write_report write_plover(std::string& out, const dataset_view& data);

/// The events of `data` as PLOVER JSONL.
[[nodiscard]] std::string to_plover(const dataset_view& data, plover_write_report* report = nullptr);

/// True for the PLOVER manual's non-state actor codes (IGO, NGO, ISM, IMG, MNC), which stand in
/// an entity's "code" where a state's ISO alpha-3 code would.
[[nodiscard]] constexpr bool is_plover_nonstate_code(std::string_view code) noexcept {
    return code == "IGO" || code == "NGO" || code == "ISM" || code == "IMG" || code == "MNC";
}

/// The geonames "feature class" the PLOVER writer gives a place kind, and back.
[[nodiscard]] constexpr std::string_view geonames_feature_class(place_kind kind) noexcept {
    switch (kind) {
        case place_kind::country: return "A";
        case place_kind::region: return "L";
        case place_kind::city: return "P";
        case place_kind::building: return "S";
        case place_kind::route: return "R";
    }
    return "";
}

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::vector<problem> plover_write_report::problems() const {
    std::vector<problem> out;
    const auto not_written = [&](std::string_view field, std::string_view message, std::size_t count,
                                 std::string_view first_id) {
        if (count == 0) return;
        out.push_back({.code = problem_code::not_written,
                       .severity = severity::loss,
                       .record = "event",
                       .id = first_id,
                       .field = field,
                       .message = message,
                       .count = count});
    };
    not_written("plover", "not written: no PLOVER event type", without_type.size(),
                without_type.empty() ? std::string_view{} : without_type.front().str());
    not_written("date", "not written: no date, or not a calendar date", without_date.size(),
                without_date.empty() ? std::string_view{} : without_date.front().str());
    not_written("id", "not written: no id", without_id, {});
    if (unresolved_references != 0)
        out.push_back({.code = problem_code::unknown_reference,
                       .severity = severity::loss,
                       .message = "written as text: not a record of the dataset",
                       .count = unresolved_references});
    if (countries_not_written != 0)
        out.push_back({.code = problem_code::not_held,
                       .severity = severity::loss,
                       .field = "actor.country",
                       .message = "not written: not an ISO 3166-1 code (PLOVER's code is an alpha-3 code)",
                       .count = countries_not_written});
    return out;
}

namespace detail::plover_write {

/// A JSON object written member by member on one line.
class line_object {
public:
    explicit line_object(std::string& out) : out_{out} { out_ += '{'; }
    void key(std::string_view name) {
        if (!first_) out_ += ", ";
        first_ = false;
        write_json_string(out_, name);
        out_ += ": ";
    }
    void text(std::string_view name, std::string_view value) {
        key(name);
        write_json_string(out_, value);
    }
    void text_if(std::string_view name, std::string_view value) {
        if (!value.empty()) text(name, value);
    }
    void raw(std::string_view name, std::string_view json) {
        key(name);
        out_ += json;
    }
    void close() { out_ += '}'; }
    std::string& out() { return out_; }

private:
    std::string& out_;
    bool first_ = true;
};

template <class Record>
[[nodiscard]] std::unordered_map<std::string_view, const Record*> index_of(list_view<Record> records) {
    std::unordered_map<std::string_view, const Record*> index;
    index.reserve(records.size());
    for (const Record& r : records) index.emplace(r.id.str(), &r);
    return index;
}

inline void entity(std::string& out, const actor& a, plover_write_report& report) {
    line_object o{out};
    std::size_t first_sector = 0;
    if (a.country.known() && !a.country.ok()) ++report.countries_not_written;
    if (a.country.ok()) {
        o.text("code", a.country.alpha3());
    } else if (!a.sectors.empty() && is_plover_nonstate_code(a.sectors[0].str())) {
        o.text("code", a.sectors[0].str());
        first_sector = 1;
    }
    std::string sector;
    for (std::size_t i = first_sector; i < a.sectors.size(); ++i) sector += a.sectors[i].str();
    o.text_if("sector", sector);
    o.text_if("entity_text", a.name);
    o.text_if("identifier_id", a.wikidata);
    o.close();
}

}  // namespace detail::plover_write

inline plover_write_report write_plover(std::string& out, const dataset_view& data) {
    using namespace detail::plover_write;
    plover_write_report report;
    const auto actors = index_of(data.actors);
    const auto places = index_of(data.places);
    const auto sources = index_of(data.sources);

    const auto entities = [&](line_object& o, std::string_view name, list_view<actor_id> ids) {
        o.key(name);
        out += '[';
        bool first = true;
        for (const actor_id& id : ids) {
            if (!first) out += ", ";
            first = false;
            if (const auto it = actors.find(id.str()); it != actors.end()) {
                entity(out, *it->second, report);
            } else {
                ++report.unresolved_references;
                line_object unresolved{out};
                unresolved.text("entity_text", id.str());
                unresolved.close();
            }
        }
        out += ']';
    };

    for (const event& e : data.events) {
        if (e.id.empty()) {
            ++report.without_id;
            continue;
        }
        if (e.plover == plover_event::none || !is_named(e.plover)) {
            report.without_type.push_back(e.id);
            continue;
        }
        if (!e.date.ok()) {
            report.without_date.push_back(e.id);
            continue;
        }
        line_object o{out};
        o.text("id", e.id.str());
        o.text("date", e.date.iso().view());
        entities(o, "actor", e.participants);
        if (!e.recipients.empty()) entities(o, "recipient", e.recipients);
        o.text("event", to_string(e.plover));
        o.text_if("mode", e.plover_mode.str());
        o.text_if("context", e.plover_context.str());
        o.text_if("event_text", e.description);
        if (e.quad_class != quad_class::unknown && is_named(e.quad_class))
            o.raw("quad_code", std::to_string(static_cast<int>(e.quad_class)));
        if (e.goldstein) {
            o.raw("event_scale", tenths_text(e.goldstein->tenths));
            o.text("event_scale_table", to_string(e.goldstein->table));
        }
        o.text_if("cameo_code", e.cameo.str());
        if (!e.place.empty()) {
            o.key("event_loc");
            line_object loc{out};
            if (const auto it = places.find(e.place.str()); it != places.end()) {
                const place& p = *it->second;
                loc.text("name", p.name);
                if (p.country.known()) loc.text("country code", p.country.alpha2());
                loc.text_if("feature class", geonames_feature_class(p.kind));
            } else {
                ++report.unresolved_references;
                loc.text("name", e.place.str());
            }
            loc.close();
        }
        if (!e.evidence.source.empty()) {
            o.key("cite_info");
            line_object cite{out};
            cite.text("citation", e.evidence.source.str());
            if (const auto it = sources.find(e.evidence.source.str()); it != sources.end()) {
                const source& s = *it->second;
                cite.text_if("publication", s.publisher);
                cite.text_if("title", s.title);
                cite.text_if("url", s.url);
                cite.text_if("language", s.language);
            } else {
                ++report.unresolved_references;
            }
            cite.close();
        }
        o.close();
        out += '\n';
        ++report.written;
    }
    return report;
}

inline std::string to_plover(const dataset_view& data, plover_write_report* report) {
    std::string out;
    const plover_write_report r = write_plover(out, data);
    if (report) *report = r;
    return out;
}

}  // namespace bilateral
