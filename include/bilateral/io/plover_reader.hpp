// SPDX-License-Identifier: BSL-1.0
/// Reads PLOVER event records (JSONL and its older variants) into an owning dataset.
// Parses with simdjson: link the target bilateral::json. Not part of <bilateral/bilateral.hpp>.
//
// Three dialects are read, each record on its own (a file may mix them; the result says which it saw):
// - `plover`: the PLOVER manual's snake_case fields, as io/plover_writer.hpp writes them ("actor",
//   "recipient", "event_text", "event_loc", "cite_info", entities with "entity_text", …);
// - `plover_gsr`: the older camelCase fields of the PLOVER gold-standard records (PLOVER 0.5:
//   "source"/"target" actor lists, "eventText", "eventLoc", "actorText", "dateCoded", "textInfo");
// - `icews_derived`: OEDA records converted from ICEWS, whose "event" is a CAMEO code ("141"),
//   with "ccode", "location", "headline", "publication", "citation".
// And three framings: one record per line (JSONL), a JSON array of records, and records written
// one after another, indented over many lines ("concatenated", as the ICEWS-derived samples are).
//
// What becomes what:
// - a record is an event; its "id" is the event id (lower-cased, other characters made '-', a
//   repeated id given a ".2" suffix, so that the ids are well formed and unique — each change is
//   reported); "date" its date; "event" its PLOVER type; "mode"/"context" its mode and context;
//   "event_text"/"eventText" its description; "quad_code" its quad class; "event_scale" with
//   "event_scale_table" its Goldstein value; "cameo_code" its CAMEO code.
// - the entities of "actor"/"source" and "recipient"/"target" become actors of the dataset (one per
//   distinct actor they give; id from the entity's text), the event's participants and recipients
//   (PLOVER has no actor kind: it is inferred from the sector, GOV a government body). An
//   entity's code is its country (ISO 3166-1 alpha-3, or a CAMEO country code with an ISO
//   equivalent such as WSB → PSE) or, for IGO/NGO/ISM/IMG/MNC and other CAMEO actor types, its
//   first sector; its "sector" is split into three-letter codes, of which the CAMEO actor types
//   (codes/cameo_actors.hpp) are held (a religion, an ethnic group or PLOVER's JRN is a counted
//   loss, though it still gives the actor's kind). A country code in lower or mixed case ("syr",
//   "kz") is read upper-cased, with a note "country: normalised to upper case".
// - "event_loc"/"eventLoc" and ICEWS "location" become places; "cite_info", the gold standard's
//   "publication" and ICEWS "publication"/"headline"/"citation" become sources, which the event's
//   evidence cites.
// - an ICEWS-derived record's CAMEO code gives its PLOVER type, mode and context through the 2021
//   CAMEO-to-PLOVER table, and its quad class; PLOVER 0.5 types that PLOVER 2021 renamed (DEMAND,
//   DISAPPROVE, INVESTIGATE, FIGHT, YIELD) are read as their 2021 type through the CAMEO root they
//   stand for. Such events say so in their evidence (basis inferred, with the reason).
// - a DOCUMENT record (the gold standard's first record documents the file) is not an event: it
//   becomes a source (publisher, title = its text, date = its coding date).
//
// Problems and losses are kept apart. A problem is a record that cannot be an event: invalid JSON,
// not an object, no usable "id", "date" or "event" (each located: line, record, JSON path); such a
// record adds nothing to the dataset, and reading goes on with the next. A loss
// is something the model cannot hold: a field it has no place for ("text", "textInfo", "coder",
// ICEWS "lat"/"long", …), a value it cannot represent (a code that is no country, "CVLalb"'s ethnic
// suffix, a second context), or a value changed to fit (an id lower-cased). Losses are counted per
// field, with an example, never dropped silently; null, "" and [] values lose nothing and are not
// counted. A number beyond what the parser reads (1e400, a 30-digit integer) is valid JSON: it is a
// loss of its field ("not held: a number out of range"), or, in "id", "event" or "date", a located
// problem of its record. A UTF-8 byte order mark at the start of the input is skipped.
//
// The dataset read is always valid (`bilateral::problems(result.data.view())` is empty): what it
// needs and a record lacks is filled in, with a counted note. An event whose record names no actor
// has the placeholder actor "unknown-actor" as participant; one that names no source cites the
// placeholder source "unknown-source"; an entity without a name is named after its code; a
// source without a title is titled by its publisher, one without a publisher has "unknown". A
// CAMEO code that is not in the codebook is not held, and a CAMEO code fixes the quad class.
#pragma once
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <simdjson.h>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/codes/plover.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover_writer.hpp>
#include <bilateral/io/text.hpp>

namespace bilateral {

/// The record dialects the PLOVER reader knows.
enum class plover_dialect : std::uint8_t {
    plover,         ///< the PLOVER manual's snake_case fields
    plover_gsr,     ///< the gold-standard records' older camelCase fields
    icews_derived,  ///< ICEWS records in the OEDA format: "event" is a CAMEO code
};

template <>
inline constexpr auto enum_names<plover_dialect> = std::array{
    enum_name<plover_dialect>{plover_dialect::plover, "plover"},
    enum_name<plover_dialect>{plover_dialect::plover_gsr, "plover_gsr"},
    enum_name<plover_dialect>{plover_dialect::icews_derived, "icews_derived"},
};

/// How the records are laid out in the input.
enum class plover_framing : std::uint8_t {
    jsonl,         ///< one record per line
    json_array,    ///< one JSON array of records
    concatenated,  ///< records one after another, each over several lines
};

template <>
inline constexpr auto enum_names<plover_framing> = std::array{
    enum_name<plover_framing>{plover_framing::jsonl, "jsonl"},
    enum_name<plover_framing>{plover_framing::json_array, "json_array"},
    enum_name<plover_framing>{plover_framing::concatenated, "concatenated"},
};

/// Something of the input the model could not hold (or held only after a change), counted.
struct plover_loss {
    std::string field;        ///< where, in the record: "text", "source[].sector", "id"
    std::string what;         ///< "not held: the model has no field for it"
    std::size_t count = 0;    ///< how many values
    std::string example;      ///< one of them, shortened
};

/// How PLOVER is read.
struct plover_read_options {
    std::size_t max_problems = 100;  ///< problems listed; more are only counted
};

/// Events read from PLOVER records, with the actors, places and sources they refer to, what was
/// wrong (problems) and what the model could not hold (losses).
struct plover_read_result {
    dataset data;
    std::vector<json_problem> problems;    ///< located: line (and column) or record path
    std::size_t unlisted_problems = 0;
    plover_framing framing = plover_framing::jsonl;
    std::size_t records = 0;               ///< JSON records seen
    std::size_t events = 0;                ///< events read
    std::size_t documents = 0;             ///< DOCUMENT records, read as sources
    std::array<std::size_t, 3> records_by_dialect{};  ///< indexed by plover_dialect
    std::vector<plover_loss> losses;       ///< sorted by field

    [[nodiscard]] bool ok() const noexcept { return problems.empty(); }
    /// "plover_gsr" if every record was of one dialect, else "mixed: plover 3, icews_derived 30".
    [[nodiscard]] std::string dialect() const;
    /// Losses counted for `field` (all kinds of loss).
    [[nodiscard]] std::size_t lost(std::string_view field) const noexcept;
};

/// A PLOVER reader; it keeps its simdjson parser between inputs.
class plover_reader {
public:
    explicit plover_reader(plover_read_options options = {}) : options_{options} {}
    [[nodiscard]] plover_read_result read(std::string_view text);

private:
    /// Reads `text`; if simdjson rejects a number and `numbers` is null, stops and says so.
    plover_read_result read_records(std::string_view text, const std::vector<detail::json_read::out_of_range_number>* numbers,
                                    bool& number_error);
    plover_read_options options_;
    simdjson::dom::parser parser_;
};

/// `plover_reader{options}.read(text)`.
[[nodiscard]] plover_read_result read_plover(std::string_view text, plover_read_options options = {});

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string plover_read_result::dialect() const {
    std::size_t kinds = 0;
    std::string only = "none";
    for (std::size_t i = 0; i < records_by_dialect.size(); ++i)
        if (records_by_dialect[i] != 0) {
            ++kinds;
            only = std::string{to_string(static_cast<plover_dialect>(i))};
        }
    if (kinds <= 1) return only;
    std::string out = "mixed:";
    for (std::size_t i = 0; i < records_by_dialect.size(); ++i)
        if (records_by_dialect[i] != 0)
            out += (out.size() > 6 ? ", " : " ") + std::string{to_string(static_cast<plover_dialect>(i))} + " " +
                   std::to_string(records_by_dialect[i]);
    return out;
}

inline std::size_t plover_read_result::lost(std::string_view field) const noexcept {
    std::size_t n = 0;
    for (const plover_loss& l : losses)
        if (l.field == field) n += l.count;
    return n;
}

namespace detail::plover_read {

using simdjson::dom::element;
using simdjson::dom::element_type;
using json_read::path_frame;

/// A well-formed id made of `text`: ASCII letters lower-cased, digits and ._- kept, anything else
/// one '-', no leading or trailing separators, at most 64 characters; empty if nothing is left.
[[nodiscard]] inline std::string slug(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum || ((c == '.' || c == '_' || c == '-') && !out.empty() && out.back() != '-')) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && (out.back() == '-' || out.back() == '.' || out.back() == '_')) out.pop_back();
    if (out.size() > 64) out.resize(64);
    while (!out.empty() && (out.back() == '-' || out.back() == '.' || out.back() == '_')) out.pop_back();
    return out;
}

/// `text` if it is a well-formed id already, else its slug.
[[nodiscard]] inline std::string well_formed_id(std::string_view text) {
    return basic_id<void>{text}.ok() ? std::string{text} : slug(text);
}

[[nodiscard]] inline bool is_empty_value(element e) {
    switch (e.type()) {
        case element_type::NULL_VALUE: return true;
        case element_type::STRING: {
            std::string_view s;
            return !e.get_string().get(s) && s.empty();
        }
        case element_type::ARRAY: {
            simdjson::dom::array a;
            return !e.get_array().get(a) && a.begin() == a.end();
        }
        case element_type::OBJECT: {
            simdjson::dom::object o;
            return !e.get_object().get(o) && o.begin() == o.end();
        }
        default: return false;
    }
}

/// A string, or the text of a number ("35801475"), or nothing.
[[nodiscard]] inline std::optional<std::string> text_of_scalar(element e) {
    std::string_view s;
    if (!e.get_string().get(s)) return std::string{s};
    if (e.type() == element_type::INT64 || e.type() == element_type::UINT64) return simdjson::minify(e);
    return std::nullopt;
}

[[nodiscard]] inline std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

/// The legacy (PLOVER 0.5) event types that PLOVER 2021 renamed, with the CAMEO root each stands for.
struct legacy_type {
    std::string_view name;
    std::string_view cameo_root;
};
inline constexpr std::array<legacy_type, 5> legacy_types{{
    {"DEMAND", "10"}, {"DISAPPROVE", "11"}, {"FIGHT", "19"}, {"INVESTIGATE", "09"}, {"YIELD", "08"},
}};

/// Reads records into a dataset, keeping the tables that make actors, places and sources unique.
class state {
public:
    state(plover_read_result& result, const plover_read_options& options) : r_{result}, options_{options} {}

    void problem(std::size_t line, std::size_t column, std::string path, std::string message) {
        if (r_.problems.size() >= options_.max_problems) {
            ++r_.unlisted_problems;
            return;
        }
        r_.problems.push_back({std::move(path), std::move(message), line, column});
    }

    void loss(std::string_view field, std::string_view what, std::string_view example) {
        auto& entry = losses_[{std::string{field}, std::string{what}}];
        if (entry.first++ == 0) entry.second = json_read::shortened(std::string{example}, 60);
    }
    void loss(std::string_view field, std::string_view what, element value) {
        auto& entry = losses_[{std::string{field}, std::string{what}}];
        if (entry.first++ == 0) entry.second = json_read::shown(value);
    }

    void finish() {
        for (auto& [key, value] : losses_)
            r_.losses.push_back({key.first, key.second, value.first, std::move(value.second)});
    }

    /// Reads one record; `line` locates it (0 in a JSON array, where `at` does).
    /// Reads one record; `line` locates it (0 in a JSON array, where `at` does). `numbers` are
    /// the numbers out of range in it (read as null), their paths relative from `first_step`.
    void record(element e, std::size_t line, const path_frame& at,
                const std::vector<const json_read::out_of_range_number*>& numbers = {}, std::size_t first_step = 0);

private:
    static constexpr std::string_view no_field = "not held: the model has no field for it";

    struct event_draft {
        event e{};
        std::vector<actor_id> participants, recipients;
        std::string note;
    };

    // -- ids ---------------------------------------------------------------------------------

    /// The ids given to one kind of record, and for each base the next suffix to try.
    struct id_table {
        std::unordered_set<std::string> used;
        std::unordered_map<std::string, std::size_t> next_suffix;
    };

    /// A unique id of one kind: `base` if free, else base.2, base.3, … The search for a suffix
    /// starts where the last one for this base ended, so n records with one id cost O(n), not O(n²).
    static std::string unique(id_table& ids, std::string base) {
        if (base.empty()) base = "x";
        if (ids.used.insert(base).second) return base;
        std::size_t& n = ids.next_suffix.try_emplace(base, 2).first->second;
        for (;;) {
            std::string suffix = "." + std::to_string(n++);
            std::string candidate = base.substr(0, 64 - suffix.size()) + suffix;
            if (ids.used.insert(candidate).second) return candidate;
        }
    }

    // -- actors ------------------------------------------------------------------------------

    actor_id entity(element e, std::string_view side) {
        simdjson::dom::object fields;
        const std::string entry = std::string{side} + "[]";
        if (e.get_object().get(fields)) {
            if (!is_empty_value(e)) loss(entry, "not held: an entity that is not an object", e);
            return {};
        }
        country state_country{};
        std::vector<sector_code> sectors;   // the CAMEO actor types, which the model holds
        std::vector<std::string> kind_codes;  // every code given, to infer the actor's kind from
        std::string name, office, wikidata, key_code, key_sector;
        for (const auto field : fields) {
            const std::string_view key = field.key;
            const element value = field.value;
            if (is_empty_value(value)) continue;
            const std::string where = entry + "." + std::string{key};
            std::string_view s;
            const bool is_string = !value.get_string().get(s);
            if (key == "entity_text" || key == "actorText" || key == "actor_text") {
                if (is_string) name = std::string{s};
                else loss(where, "not held: not a string", value);
            } else if (key == "code") {
                if (!is_string) {
                    loss(where, "not held: not a string", value);
                    continue;
                }
                key_code = std::string{s};
                if (const country c = alpha3_country(s); c.ok()) {
                    state_country = c;
                } else if (const auto* cameo = codes::find_cameo_country(s); cameo && !cameo->iso_alpha3.empty()) {
                    state_country = country::from_alpha3(cameo->iso_alpha3);
                    loss(where, "changed: a CAMEO country code, held as its ISO 3166-1 equivalent", s);
                } else if (codes::find_cameo_actor_type(s) != nullptr) {
                    sectors.insert(sectors.begin(), sector_code{storage().text(s)});
                    kind_codes.insert(kind_codes.begin(), std::string{s});
                } else if (is_plover_nonstate_code(s)) {
                    kind_codes.insert(kind_codes.begin(), std::string{s});
                    loss(where, "not held: a PLOVER non-state code that is not a CAMEO actor type", s);
                } else {
                    loss(where, "not held: neither an ISO 3166-1 alpha-3 code nor a CAMEO actor type", s);
                }
            } else if (key == "sector") {
                if (!is_string) {
                    loss(where, "not held: not a string", value);
                    continue;
                }
                key_sector = std::string{s};
                if (s.size() % 3 != 0) {
                    loss(where, "not held: not a run of three-letter sector codes", s);
                    continue;
                }
                for (std::size_t i = 0; i < s.size(); i += 3) {
                    const std::string_view part = s.substr(i, 3);
                    if (!sector_code{part}.ok()) {
                        loss(where, "not held: a part that is not a CAMEO sector code (three capital letters)", part);
                        continue;
                    }
                    kind_codes.emplace_back(part);
                    // The model's sectors are CAMEO actor types; religions (MOS), ethnic groups
                    // (KUR) and codes of no CAMEO table (JRN, PTY) are not.
                    if (codes::find_cameo_actor_type(part) != nullptr) sectors.push_back(sector_code{storage().text(part)});
                    else loss(where, "not held: not a CAMEO actor type (codes/cameo_actors.hpp)", part);
                }
            } else if (key == "identifier_id") {
                if (is_string && is_wikidata_id(s)) wikidata = std::string{s};
                else loss(where, "not held: not a Wikidata id (Q and digits)", value);
            } else if (key == "office") {
                if (is_string) office = std::string{s};
                else loss(where, "not held: not a string", value);
            } else {
                loss(where, no_field, value);
            }
        }
        if (name.empty() && !state_country.known() && sectors.empty() && wikidata.empty() && office.empty()) {
            if (!is_empty_value(e)) loss(entry, "not held: an entity with nothing the model holds", e);
            return {};
        }
        if (name.empty()) {
            // An actor has a name: an entity given only by its codes is named after them.
            if (state_country.ok()) name = std::string{state_country.name()};
            else if (!sectors.empty()) name = std::string{codes::find_cameo_actor_type(sectors.front().str())->label};
            else if (!office.empty()) name = office;
            else name = wikidata;
            loss(entry + ".entity_text", "missing: an entity without a name, named after its code", name);
        }
        // One actor per distinct actor the model holds (not per distinct input text).
        std::string dedupe = std::string{state_country.alpha2()} + '\x1f' + name + '\x1f' + wikidata + '\x1f' + office;
        for (const sector_code& c : sectors) dedupe += std::string{'\x1f'} + std::string{c.str()};
        if (const auto it = actor_keys_.find(dedupe); it != actor_keys_.end()) return it->second;
        std::string base = slug(name);
        if (base.empty()) base = slug(key_code + "-" + key_sector);
        const actor_id id{storage().text(unique(actor_ids_, base.empty() ? "actor" : base))};
        actor a{.id = id,
                .kind = kind_of(state_country, kind_codes),
                .name = storage().text(name),
                .country = state_country,
                .office = storage().text(office),
                .sectors = storage().list(sectors),
                .wikidata = storage().text(wikidata)};
        storage().add(a);
        actor_keys_.emplace(dedupe, id);
        return id;
    }

    static actor_kind kind_of(country c, const std::vector<std::string>& codes) {
        if (codes.empty()) return c.ok() ? actor_kind::state : actor_kind::organisation;
        const std::string_view s = codes.front();
        if (s == "GOV" || s == "LEG" || s == "JUD" || s == "COP" || s == "SPY") return actor_kind::government_body;
        if (s == "MIL") return actor_kind::armed_forces;
        if (s == "JRN" || s == "MED") return actor_kind::media;
        return actor_kind::organisation;
    }

    /// The country of an ISO 3166-1 alpha-3 code; a code in lower or mixed case ("syr") is read
    /// upper-cased, with a note. Not ok() if the code is none.
    country alpha3_country(std::string_view code) {
        if (code.size() != 3) return country{"??"};
        const std::string upper = upper_cased(code);
        const country c = country::from_alpha3(upper);
        if (c.ok() && upper != code) loss("country", "normalised to upper case", code);
        return c;
    }

    /// The country of an ISO 3166-1 alpha-2 code, upper-cased with a note like alpha3_country.
    country alpha2_country(std::string_view code) {
        if (code.size() != 2) return country{"??"};
        const std::string upper = upper_cased(code);
        const country c{upper};
        if (c.ok() && upper != code) loss("country", "normalised to upper case", code);
        return c;
    }

    static std::string upper_cased(std::string_view text) {
        std::string out{text};
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return out;
    }

    void entities(element e, std::string_view side, std::vector<actor_id>& into) {
        if (is_empty_value(e)) return;
        simdjson::dom::array items;
        if (e.get_array().get(items)) {
            simdjson::dom::object single;
            if (!e.get_object().get(single)) {  // one entity, not in a list
                if (const actor_id id = entity(e, side); !id.empty()) into.push_back(id);
                return;
            }
            return loss(side, "not held: neither a list of entities nor an entity", e);
        }
        for (const element item : items)
            if (const actor_id id = entity(item, side); !id.empty() && std::find(into.begin(), into.end(), id) == into.end())
                into.push_back(id);
    }

    // -- places ------------------------------------------------------------------------------

    place_id add_place(std::string_view name, place_kind kind, country c, place_id part_of) {
        const std::string dedupe = std::string{name} + '\x1f' + std::string{c.alpha2()} + '\x1f' +
                                   std::string{to_string(kind)} + '\x1f' + std::string{part_of.str()};
        if (const auto it = place_keys_.find(dedupe); it != place_keys_.end()) return it->second;
        std::string base = slug(name);
        const place_id id{storage().text(unique(place_ids_, base.empty() ? "place" : base))};
        storage().add(place{.id = id, .kind = kind, .name = storage().text(name), .country = c, .part_of = part_of});
        place_keys_.emplace(dedupe, id);
        return id;
    }

    /// {"name", "country code", "feature class"} (the manual's geonames names).
    place_id event_location(element e, std::string_view field) {
        simdjson::dom::object fields;
        if (e.get_object().get(fields)) {
            loss(field, "not held: not a location object", e);
            return {};
        }
        std::string_view name, feature;
        country c{};
        bool has_kind = false;
        place_kind kind = place_kind::region;
        for (const auto f : fields) {
            const std::string_view key = f.key;
            if (is_empty_value(f.value)) continue;
            const std::string where = std::string{field} + "." + std::string{key};
            std::string_view s;
            const bool is_string = !f.value.get_string().get(s);
            if (key == "name" && is_string) {
                name = s;
            } else if ((key == "country code" || key == "country_code") && is_string) {
                if (const country c2 = alpha2_country(s); c2.ok()) c = c2;
                else loss(where, "not held: not an ISO 3166-1 alpha-2 code", s);
            } else if (key == "cc3" && is_string) {
                if (const country c3 = alpha3_country(s); c3.ok() && (!c.known() || c == c3)) c = c3;
                else loss(where, "not held: not the ISO 3166-1 alpha-3 code of the place's country", s);
            } else if (key == "feature class" && is_string) {
                feature = s;
                for (const auto& entry : enum_names<place_kind>)
                    if (geonames_feature_class(entry.value) == s) {
                        kind = entry.value;
                        has_kind = true;
                    }
                if (!has_kind) loss(where, "not held: a geonames feature class the model has no place kind for", s);
            } else {
                loss(where, no_field, f.value);
            }
        }
        if (name.empty()) {
            if (c.known() || !feature.empty()) loss(field, "not held: a location without a name", e);
            return {};
        }
        if (!has_kind) loss(std::string{field} + ".feature class", "missing: the place's kind is not given; read as region", name);
        return add_place(name, kind, c, {});
    }

    /// ICEWS "location": [{"city", "province", "district", "country", "lat", "long"}].
    place_id icews_location(element e, country c) {
        simdjson::dom::array items;
        if (e.get_array().get(items)) {
            loss("location", "not held: not a list of locations", e);
            return {};
        }
        place_id first{};
        std::size_t n = 0;
        for (const element item : items) {
            if (n++ != 0) {
                loss("location[]", "not held: a second location (an event has one place)", item);
                continue;
            }
            simdjson::dom::object fields;
            if (item.get_object().get(fields)) {
                loss("location[]", "not held: not a location object", item);
                continue;
            }
            std::string_view city, province;
            for (const auto f : fields) {
                const std::string_view key = f.key;
                if (is_empty_value(f.value)) continue;
                std::string_view s;
                if (f.value.get_string().get(s)) {
                    loss("location[]." + std::string{key}, "not held: not a string", f.value);
                    continue;
                }
                if (s == "NULL") continue;  // ICEWS's word for "not given"
                if (key == "city") city = s;
                else if (key == "province") province = s;
                else if (key == "country") continue;  // the name of "ccode"'s country
                else loss("location[]." + std::string{key}, no_field, s);
            }
            place_id region{};
            if (!province.empty()) region = add_place(province, place_kind::region, c, {});
            if (!city.empty()) first = add_place(city, place_kind::city, c, region);
            else first = region;
        }
        return first;
    }

    // -- sources -----------------------------------------------------------------------------

    source_id add_source(std::string base, const source& details) {
        base = well_formed_id(base);
        if (base.empty()) base = "source";
        if (const auto it = source_keys_.find(base); it != source_keys_.end()) return it->second;
        const source_id id{storage().text(unique(source_ids_, base))};
        source s = details;
        s.id = id;
        // A source has a publisher and a title: one that lacks either says so in a note.
        if (s.title.empty()) {
            s.title = !s.publisher.empty() ? s.publisher : !s.url.empty() ? s.url : s.id.str();
            loss("title", "missing: a source without a title, titled by its publisher", s.title);
        }
        if (s.publisher.empty()) {
            s.publisher = "unknown";
            loss("publication", "missing: a source without a publisher, read as \"unknown\"", s.title);
        }
        storage().add(s);
        source_keys_.emplace(base, id);
        return id;
    }

    /// {"citation", "publication", "title", "url", "language", …}
    source_id citation(element e) {
        simdjson::dom::object fields;
        if (e.get_object().get(fields)) {
            loss("cite_info", "not held: not a citation object", e);
            return {};
        }
        source s{};
        std::string cite;
        for (const auto f : fields) {
            const std::string_view key = f.key;
            if (is_empty_value(f.value)) continue;
            std::string_view v;
            if (f.value.get_string().get(v)) {
                loss("cite_info." + std::string{key}, "not held: not a string", f.value);
                continue;
            }
            if (key == "citation") cite = std::string{v};
            else if (key == "publication") s.publisher = storage().text(v);
            else if (key == "title") s.title = storage().text(v);
            else if (key == "url") s.url = storage().text(v);
            else if (key == "language") s.language = storage().text(v);
            else loss("cite_info." + std::string{key}, no_field, v);
        }
        std::string base = well_formed_id(cite);
        if (base.empty()) base = slug(std::string{s.publisher} + " " + std::string{s.title});
        return add_source(base, s);
    }

    dataset& storage() noexcept { return r_.data; }

    // -- tables ------------------------------------------------------------------------------

    plover_read_result& r_;
    const plover_read_options& options_;
    std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::string>> losses_;
    id_table actor_ids_, place_ids_, source_ids_, event_ids_;
    std::unordered_map<std::string, actor_id> actor_keys_;
    std::unordered_map<std::string, place_id> place_keys_;
    std::unordered_map<std::string, source_id> source_keys_;
    actor_id unknown_actor_{};    // the placeholder for events that name no actor, once made
    source_id unknown_source_{};  // the placeholder for events that name no source, once made

};

[[nodiscard]] inline bool camel_case_key(std::string_view key) noexcept {
    return key == "source" || key == "target" || key == "eventText" || key == "eventLoc" || key == "textInfo" ||
           key == "dateCoded";
}

inline void state::record(element e, std::size_t line, const path_frame& at,
                          const std::vector<const json_read::out_of_range_number*>& numbers, std::size_t first_step) {
    ++r_.records;
    simdjson::dom::object fields;
    if (e.get_object().get(fields)) {
        problem(line, 0, json_read::path_text(at),
                "expected a PLOVER record (an object), got " +
                    (numbers.empty() ? json_read::shown(e) : std::string{"a number out of range"}));
        return;
    }

    // 0. Numbers beyond what the parser reads (read as null): in the id, the type or the date a
    //    problem of the record; anywhere else a counted loss of that field.
    std::array<const json_read::out_of_range_number*, 3> key_numbers{};  // "id", "event", "date"
    constexpr std::array<std::string_view, 3> keys{"id", "event", "date"};
    for (const json_read::out_of_range_number* n : numbers) {
        std::string field;
        for (std::size_t i = first_step; i < n->steps.size(); ++i)
            field += n->steps[i].is_index ? "[]" : (field.empty() ? "" : ".") + n->steps[i].key;
        const auto k = std::find(keys.begin(), keys.end(), field);
        if (k != keys.end()) key_numbers[static_cast<std::size_t>(k - keys.begin())] = n;
        else loss(field, "not held: a number out of range", n->text);
    }

    // 1. What makes a record an event: an id, an event type and (but for a DOCUMENT record, which
    //    documents the file) a date. A record without them is a problem and adds nothing.
    std::optional<element> id_value, event_value, date_value;
    plover_dialect dialect = plover_dialect::plover;
    for (const auto f : fields) {
        if (f.key == "id" && !id_value) id_value = f.value;
        else if (f.key == "event" && !event_value) event_value = f.value;
        else if (f.key == "date" && !date_value) date_value = f.value;
        if (camel_case_key(f.key)) dialect = plover_dialect::plover_gsr;
    }

    enum class type_kind : std::uint8_t { plover, cameo, legacy, document };
    type_kind kind = type_kind::plover;
    std::string_view event_type;
    std::vector<element> more_types;  // the manual allows several event types; the model holds one
    const legacy_type* legacy = nullptr;
    std::optional<std::string> event_problem;
    if (!event_value) {
        event_problem = "missing field \"event\" (the PLOVER event type)";
    } else {
        element first = *event_value;
        simdjson::dom::array list;
        bool any = true;
        if (!event_value->get_array().get(list)) {
            std::size_t n = 0;
            for (const element item : list) {
                if (n++ == 0) first = item;
                else more_types.push_back(item);
            }
            any = n != 0;
        }
        if (!any || first.get_string().get(event_type)) {
            event_problem = "expected a PLOVER event type (a string such as \"CONSULT\"), got " + json_read::shown(*event_value);
        } else if (event_type == "DOCUMENT") {
            kind = type_kind::document;
        } else if (const auto type = enum_from_string<plover_event>(event_type); type && *type != plover_event::none) {
            kind = type_kind::plover;
        } else if (event_type.size() >= 2 && event_type.size() <= 4 && cameo_code{event_type}.ok() &&
                   codes::find_cameo_event(event_type) != nullptr) {
            kind = type_kind::cameo;
            dialect = plover_dialect::icews_derived;
        } else if (const auto it = std::find_if(legacy_types.begin(), legacy_types.end(),
                                                [&](const legacy_type& t) { return t.name == event_type; });
                   it != legacy_types.end() && codes::find_cameo_to_plover(it->cameo_root) != nullptr) {
            kind = type_kind::legacy;
            legacy = &*it;
        } else {
            event_problem = "expected a PLOVER event type (AGREE, CONSULT, \u2026 ASSAULT) or a CAMEO code, got " +
                            json_read::shown(first);
        }
    }
    ++r_.records_by_dialect[static_cast<std::size_t>(dialect)];
    const bool document = !event_problem && kind == type_kind::document;

    std::string id_text;
    std::optional<std::string> id_problem;
    if (!id_value) {
        id_problem = "missing field \"id\"";
    } else if (auto text = text_of_scalar(*id_value); !text || text->empty()) {
        id_problem = "expected the record's id (a string or an integer), got " + json_read::shown(*id_value);
    } else if (well_formed_id(*text).empty()) {
        id_problem = "expected an id with at least one letter or digit, got " + json_read::shown(*id_value);
    } else {
        id_text = std::move(*text);
    }

    std::optional<date> when;
    std::string_view date_text;
    std::optional<std::string> date_problem;
    if (!document) {
        if (!date_value) date_problem = "missing field \"date\" (YYYY-MM-DD)";
        else if (date_value->get_string().get(date_text))
            date_problem = "expected a date \"YYYY-MM-DD\", got " + json_read::shown(*date_value);
        else if (!(when = date::parse(date_text)))
            date_problem = "expected a date \"YYYY-MM-DD\" that exists, got \"" + std::string{date_text} + "\"";
    }
    const auto report = [&](std::string_view key, const std::optional<std::string>& message) {
        const auto* n = key_numbers[static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin())];
        if (n && message) problem(n->line, n->column, json_read::path_text(at.member(key)), "number out of range for " + std::string{key});
        else if (message) problem(line, 0, json_read::path_text(at.member(key)), *message);
    };
    report("id", id_problem);
    report("event", event_problem);
    report("date", date_problem);
    if (id_problem || event_problem || date_problem) return;

    // 2. The record is an event, or the file's DOCUMENT record: read the rest.
    event_draft d;
    {
        const std::string id = well_formed_id(id_text);
        if (id != id_text) loss("id", "changed: lower-cased and made a well-formed id", id_text);
        const std::string unique_id = unique(event_ids_, id);
        if (unique_id != id) loss("id", "changed: an id given before, made unique with a suffix", id_text);
        d.e.id = event_id{storage().text(unique_id)};
    }
    if (when) d.e.date = *when;
    for (const element extra : more_types) loss("event", "not held: a second event type (an event has one)", extra);

    source s{};  // what the record says of its source
    std::string_view citation_text;
    element location{}, cite{};
    bool has_location = false, has_cite = false;
    country icews_country{};
    std::optional<goldstein> scale;
    std::string scale_table;
    std::string_view end_date_text, year_text;
    std::size_t ids_seen = 0, events_seen = 0, dates_seen = 0;

    for (const auto f : fields) {
        const std::string_view key = f.key;
        const element value = f.value;
        std::string_view str;
        const bool is_string = !value.get_string().get(str);
        if (key == "id" || key == "event" || key == "date") {
            std::size_t& seen = key == "id" ? ids_seen : key == "event" ? events_seen : dates_seen;
            if (seen++ != 0) loss(key, "not held: the field given again", value);
        } else if (key == "actor" || key == "source") {
            entities(value, key, d.participants);
        } else if (key == "recipient" || key == "target") {
            entities(value, key, d.recipients);
        } else if (key == "mode" || key == "context") {
            if (is_empty_value(value)) continue;
            std::vector<std::string_view> words;
            simdjson::dom::array list;
            if (is_string) {
                // "diplomatic, military": several in one string
                std::size_t from = 0;
                while (from <= str.size()) {
                    const std::size_t to = std::min(str.find_first_of(",;", from), str.size());
                    if (const auto w = trim(str.substr(from, to - from)); !w.empty()) words.push_back(w);
                    from = to + 1;
                }
            } else if (!value.get_array().get(list)) {
                for (const element item : list) {
                    std::string_view w;
                    if (!item.get_string().get(w) && !trim(w).empty()) words.push_back(trim(w));
                    else if (!is_empty_value(item)) loss(key, "not held: not a string", item);
                }
            } else {
                loss(key, "not held: not a string", value);
                continue;
            }
            bool held = false;
            for (std::string_view w : words) {
                if (held) {
                    loss(key, key == "mode" ? "not held: a second mode (an event has one)"
                                            : "not held: a second context (an event has one)", w);
                } else if (!plover_word{w}.ok()) {
                    loss(key, "not held: not a PLOVER word (lower-case letters, '_' or '-')", w);
                } else {
                    (key == "mode" ? d.e.plover_mode : d.e.plover_context) = plover_word{storage().text(w)};
                    held = true;
                }
            }
        } else if (key == "event_text" || key == "eventText") {
            if (is_string) d.e.description = storage().text(str);
            else if (!is_empty_value(value)) loss(key, "not held: not a string", value);
        } else if (key == "quad_code") {
            std::int64_t q{};
            if (!value.get_int64().get(q) && q >= 1 && q <= 4) d.e.quad_class = static_cast<quad_class>(q);
            else if (!is_empty_value(value)) loss(key, "not held: not a quad code 1-4", value);
        } else if (key == "event_scale") {
            double v{};
            if (value.get_double().get(v) || !(v >= -10.0 && v <= 10.0) ||
                std::fabs(v * 10.0 - std::round(v * 10.0)) > 1e-6) {
                if (!is_empty_value(value)) loss(key, "not held: not a Goldstein value (-10 to 10, in tenths)", value);
            } else {
                scale = goldstein{.tenths = static_cast<std::int16_t>(std::round(v * 10.0))};
            }
        } else if (key == "event_scale_table") {
            if (is_string) scale_table = std::string{str};
            else if (!is_empty_value(value)) loss(key, "not held: not a Goldstein table name", value);
        } else if (key == "cameo_code") {
            if (is_string && str.size() <= 4 && cameo_code{str}.ok() && codes::find_cameo_event(str))
                d.e.cameo = cameo_code{str};
            else if (!is_empty_value(value)) loss(key, "not held: not a code of the CAMEO codebook", value);
        } else if (key == "event_loc" || key == "eventLoc") {
            if (!is_empty_value(value)) d.e.place = event_location(value, key);
        } else if (key == "location") {
            if (!is_empty_value(value)) {
                location = value;
                has_location = true;
            }
        } else if (key == "ccode") {
            if (const country c = is_string ? alpha3_country(str) : country{}; c.ok()) icews_country = c;
            else if (!is_empty_value(value)) loss(key, "not held: not an ISO 3166-1 alpha-3 code", value);
        } else if (key == "country" && dialect == plover_dialect::icews_derived) {
            continue;  // the name of "ccode"'s country, which the place holds
        } else if (key == "cite_info") {
            if (!is_empty_value(value)) {
                cite = value;
                has_cite = true;
            }
        } else if (key == "publication") {
            if (is_string) s.publisher = storage().text(str);
            else if (!is_empty_value(value)) loss(key, "not held: not a string", value);
        } else if (key == "headline") {
            if (is_string) s.title = storage().text(str);
            else if (!is_empty_value(value)) loss(key, "not held: not a string", value);
        } else if (key == "citation") {
            if (is_string) citation_text = str;
            else if (!is_empty_value(value)) loss(key, "not held: not a string", value);
        } else if (key == "language") {
            simdjson::dom::array list;
            if (is_string) {
                s.language = storage().text(str);
            } else if (!value.get_array().get(list)) {
                std::size_t n = 0;
                for (const element item : list) {
                    std::string_view lang;
                    if (n++ == 0 && !item.get_string().get(lang)) s.language = storage().text(lang);
                    else loss(key, "not held: a second language (a source has one)", item);
                }
            } else if (!is_empty_value(value)) {
                loss(key, "not held: not a language tag", value);
            }
        } else if (key == "enddate") {
            if (is_string) end_date_text = str;
            else if (!is_empty_value(value)) loss(key, no_field, value);
        } else if (key == "year") {
            if (is_string) year_text = str;
            else if (!is_empty_value(value)) loss(key, no_field, value);
        } else if (key == "dateCoded" || key == "coded_date") {
            if (is_string && document && date::parse(str)) s.date = *date::parse(str);
            else if (!is_empty_value(value)) loss(key, no_field, value);
        } else if (!is_empty_value(value)) {
            loss(key, no_field, value);
        }
    }

    if (document) {
        // The record documents the file: a source, not an event.
        ++r_.documents;
        if (!d.e.description.empty()) s.title = d.e.description;
        add_source(std::string{d.e.id.str()}, s);
        return;
    }

    // The event type, and what the CAMEO code or the PLOVER 0.5 type gives.
    if (kind == type_kind::plover) {
        d.e.plover = enum_from_string<plover_event>(event_type).value_or(plover_event::none);
    } else if (kind == type_kind::cameo) {
        d.e.cameo = cameo_code{event_type};
        if (const auto* m = codes::find_cameo_to_plover(event_type)) {
            d.e.plover = enum_from_string<plover_event>(m->event).value_or(plover_event::none);
            const auto first_word = [](std::string_view list) { return trim(list.substr(0, list.find(';'))); };
            if (d.e.plover_mode.empty() && !m->mode.empty()) d.e.plover_mode = plover_word{first_word(m->mode)};
            if (d.e.plover_context.empty() && !m->context.empty()) d.e.plover_context = plover_word{first_word(m->context)};
            d.note = "PLOVER type, mode and context mapped from CAMEO " + std::string{event_type} +
                     " by the 2021 CAMEO-to-PLOVER table.";
        }
    } else if (kind == type_kind::legacy) {
        const auto* root = codes::find_cameo_to_plover(legacy->cameo_root);
        d.e.plover = enum_from_string<plover_event>(root->event).value_or(plover_event::none);
        // The CAMEO "not specified below" code of the root gives the mode, if any (090: investigate).
        const auto* unspecified = codes::find_cameo_to_plover(std::string{legacy->cameo_root} + "0");
        if (d.e.plover_mode.empty() && unspecified && !unspecified->mode.empty())
            d.e.plover_mode = plover_word{unspecified->mode};
        loss("event", "changed: a PLOVER 0.5 type, read as its 2021 type through the CAMEO root it stands for",
             std::string{event_type} + " -> " + std::string{root->event});
        d.note = "PLOVER 0.5 type " + std::string{event_type} + " read as " + std::string{root->event} +
                 " through CAMEO root " + std::string{legacy->cameo_root} + " (2021 CAMEO-to-PLOVER table).";
    }

    // A CAMEO code fixes the quad class: a quad code that says otherwise is not held.
    if (!d.e.cameo.empty()) {
        const quad_class q = quad_class_of(d.e.cameo);
        if (d.e.quad_class != quad_class::unknown && d.e.quad_class != q)
            loss("quad_code", "not held: a quad code other than the CAMEO code's",
                 std::to_string(static_cast<int>(d.e.quad_class)) + " (CAMEO " + std::string{d.e.cameo.str()} + ")");
        d.e.quad_class = q;
    }

    // ICEWS's end date and year only say the date again.
    if (!end_date_text.empty() && end_date_text != date_text)
        loss("enddate", "not held: an end date after the date (an event has one date)", end_date_text);
    if (!year_text.empty() && year_text != d.e.date.iso().view().substr(0, 4))
        loss("year", "not held: a year other than the date's", year_text);

    // Goldstein: only with its table.
    if (scale) {
        if (const auto table = enum_from_string<goldstein_table>(scale_table)) {
            scale->table = *table;
            d.e.goldstein = *scale;
        } else {
            loss("event_scale", "not held: a scale value without a Goldstein table the model knows (event_scale_table)",
                 tenths_text(scale->tenths));
        }
    } else if (!scale_table.empty()) {
        loss("event_scale_table", "not held: a table without a value", scale_table);
    }

    // Place and source.
    if (has_location) d.e.place = icews_location(location, icews_country);
    else if (icews_country.ok()) d.e.place = add_place(icews_country.name(), place_kind::country, icews_country, {});
    if (has_cite) {
        d.e.evidence.source = citation(cite);
    } else if (!s.publisher.empty() || !s.title.empty() || !citation_text.empty()) {
        std::string base;
        if (!citation_text.empty()) base = slug(citation_text);
        else if (dialect == plover_dialect::icews_derived) base = "icews-" + std::string{d.e.id.str()};
        else base = slug(s.publisher);
        d.e.evidence.source = add_source(base, s);
    } else if (!s.language.empty()) {
        loss("language", "not held: a language without a source", s.language);
    }
    // An event has a participant and cites a source: where the record gives none, a placeholder
    // stands in, and the note counts the events that have it.
    if (d.participants.empty()) {
        if (unknown_actor_.empty()) {
            unknown_actor_ = actor_id{storage().text(unique(actor_ids_, "unknown-actor"))};
            storage().add(actor{.id = unknown_actor_, .kind = actor_kind::organisation,
                                .name = "unknown (the PLOVER record names no actor)"});
        }
        d.participants.push_back(unknown_actor_);
        loss(dialect == plover_dialect::plover_gsr ? "source" : "actor",
             "missing: no actor; the event's participant is the placeholder actor unknown-actor", d.e.id.str());
    }
    if (d.e.evidence.source.empty()) {
        if (unknown_source_.empty()) {
            unknown_source_ = source_id{storage().text(unique(source_ids_, "unknown-source"))};
            storage().add(source{.id = unknown_source_, .publisher = "unknown",
                                 .title = "not given (the PLOVER record names no source)"});
        }
        d.e.evidence.source = unknown_source_;
        loss("cite_info", "missing: no source; the event cites the placeholder source unknown-source", d.e.id.str());
    }
    if (!d.note.empty()) {
        d.e.evidence.basis = evidence_basis::inferred;
        d.e.evidence.note = storage().text(d.note);
    }

    d.e.participants = storage().list(d.participants);
    d.e.recipients = storage().list(d.recipients);
    storage().add(d.e);
    ++r_.events;
}

/// The first line of `text` that is not blank, trimmed.
[[nodiscard]] inline std::string_view first_line(std::string_view text) noexcept {
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t to = std::min(text.find('\n', from), text.size());
        const std::string_view line = trim(text.substr(from, to - from));
        if (!line.empty()) return line;
        from = to + 1;
    }
    return {};
}

}  // namespace detail::plover_read

inline plover_read_result plover_reader::read(std::string_view text) {
    using detail::json_read::byte_order_mark;
    const bool bom = text.starts_with(byte_order_mark);
    if (bom) text.remove_prefix(byte_order_mark.size());
    bool number_error = false;
    plover_read_result result = read_records(text, nullptr, number_error);
    if (number_error) {
        // A number simdjson cannot read (1e400): read it as null, and the records again.
        const auto numbers = detail::json_read::scan(text).numbers;
        const std::string patched = detail::json_read::without_numbers(text, numbers);
        result = read_records(patched, &numbers, number_error);
    }
    if (bom)  // columns count the bytes of the input
        for (json_problem& p : result.problems)
            if (p.line == 1 && p.column != 0) p.column += byte_order_mark.size();
    return result;
}

inline plover_read_result plover_reader::read_records(std::string_view text,
                                                      const std::vector<detail::json_read::out_of_range_number>* numbers,
                                                      bool& number_error) {
    using namespace detail::plover_read;
    plover_read_result result;
    state st{result, options_};
    // The numbers out of range of each record, in order, as the records come.
    std::size_t next_number = 0;
    const auto numbers_of = [&](auto belongs) {
        std::vector<const detail::json_read::out_of_range_number*> out;
        if (numbers == nullptr) return out;
        while (next_number < numbers->size() && belongs((*numbers)[next_number]) < 0) ++next_number;
        while (next_number < numbers->size() && belongs((*numbers)[next_number]) == 0) out.push_back(&(*numbers)[next_number++]);
        return out;
    };
    const auto compare = [](std::size_t a, std::size_t b) { return a < b ? -1 : a == b ? 0 : 1; };
    const auto stop_for_numbers = [&](simdjson::error_code error) {
        if (error != simdjson::NUMBER_ERROR || numbers != nullptr) return false;
        number_error = true;
        return true;
    };
    const std::string_view head = first_line(text);
    const path_frame root{};

    if (head.starts_with('[')) {
        result.framing = plover_framing::json_array;
        element doc;
        simdjson::dom::array records;
        if (const auto error = parser_.parse(text.data(), text.size()).get(doc)) {
            if (stop_for_numbers(error)) return result;
            const json_problem p = detail::json_read::syntax_problem(text, error);
            st.problem(p.line, p.column, p.path, p.message);
        } else if (doc.get_array().get(records)) {
            st.problem(0, 0, "$", "expected an array of PLOVER records, got " + detail::json_read::shown(doc));
        } else {
            std::size_t i = 0;
            for (const element record : records) {
                const auto in_record = numbers_of([&](const detail::json_read::out_of_range_number& n) {
                    return n.steps.empty() || !n.steps[0].is_index ? -1 : compare(n.steps[0].index, i);
                });
                st.record(record, 0, root.element_at(i++), in_record, 1);
            }
        }
    } else if (head.empty() || (head.starts_with('{') && head.ends_with('}'))) {
        result.framing = plover_framing::jsonl;
        std::size_t from = 0, line_number = 0;
        while (from < text.size()) {
            const std::size_t to = std::min(text.find('\n', from), text.size());
            const std::string_view line = text.substr(from, to - from);
            from = to + 1;
            ++line_number;
            if (trim(line).empty()) continue;
            element doc;
            if (const auto error = parser_.parse(line.data(), line.size()).get(doc)) {
                if (stop_for_numbers(error)) return result;
                const json_problem p = detail::json_read::syntax_problem(line, error);
                st.problem(line_number, p.column, "", p.message);
                ++result.records;
                continue;
            }
            st.record(doc, line_number, root,
                      numbers_of([&](const detail::json_read::out_of_range_number& n) { return compare(n.line, line_number); }));
        }
    } else {
        // Records one after another, over several lines each.
        result.framing = plover_framing::concatenated;
        const simdjson::padded_string padded{text};
        simdjson::dom::document_stream stream;
        const std::size_t batch = std::max<std::size_t>(text.size(), simdjson::dom::DEFAULT_BATCH_SIZE);
        if (const auto error = parser_.parse_many(padded, batch).get(stream)) {
            if (stop_for_numbers(error)) return result;
            const json_problem p = detail::json_read::syntax_problem(text, error);
            st.problem(p.line, p.column, p.path, p.message);
        } else {
            std::size_t counted_to = 0, line_number = 1, document = 0;
            for (auto it = stream.begin(); it != stream.end(); ++it, ++document) {
                const std::size_t at = it.current_index();
                for (; counted_to < at && counted_to < text.size(); ++counted_to)
                    if (text[counted_to] == '\n') ++line_number;
                element doc;
                if (const auto doc_error = (*it).get(doc)) {
                    if (stop_for_numbers(doc_error)) return result;
                    json_problem p = detail::json_read::syntax_problem(text.substr(std::min(at, text.size())), doc_error);
                    if (p.line != 0) {
                        if (p.line == 1) p.column += at - (text.rfind('\n', at == 0 ? 0 : at - 1) + 1);
                        p.line += line_number - 1;
                    } else {
                        p.line = line_number;
                    }
                    st.problem(p.line, p.column, "", p.message);
                    ++result.records;
                    break;  // the stream cannot find the next record after an error
                }
                st.record(doc, line_number, root,
                          numbers_of([&](const detail::json_read::out_of_range_number& n) { return compare(n.document, document); }));
            }
            if (stream.truncated_bytes() != 0) {
                const auto [line, column] = detail::json_read::line_and_column(text, text.size() - stream.truncated_bytes());
                st.problem(line, column, "", "invalid JSON: a record is not closed before the end of the input");
            }
        }
    }
    st.finish();
    return result;
}

inline plover_read_result read_plover(std::string_view text, plover_read_options options) {
    return plover_reader{options}.read(text);
}

}  // namespace bilateral
