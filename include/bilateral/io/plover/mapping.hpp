// SPDX-License-Identifier: BSL-1.0
/// PLOVER records into the model: each field of a record, by what the dialects call it
/// (plover/dialects.hpp), goes to one handler of a table; what the record refers to is
/// plover/references.hpp's. Parses with simdjson (bilateral::json).
#pragma once
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/codes/plover.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/io/import.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover/dialects.hpp>
#include <bilateral/io/plover/framing.hpp>
#include <bilateral/io/plover/references.hpp>
#include <bilateral/io/plover/result.hpp>
#include <bilateral/io/text.hpp>

namespace bilateral::detail::plover_read {

/// What the fields of one record give, gathered before the event is made.
struct record_draft {
    plover_dialect dialect = plover_dialect::plover;
    bool document = false;          ///< the file's DOCUMENT record: a source, not an event
    event e{};
    std::vector<actor_id> participants, recipients;
    std::string note;               ///< why the event is inferred, if it is
    source s{};                     ///< what the record says of its source
    std::string_view citation_text;
    std::optional<element> location, cite;
    country icews_country{};
    std::optional<goldstein> scale;
    std::string scale_table;
    std::string_view end_date_text, year_text;
    std::array<std::size_t, 3> key_fields_seen{};  ///< "id", "event", "date"
};

/// Reads records into a dataset: each field of a record goes to the handler of what it is.
class state : public references {
public:
    state(plover_read_result& result, const plover_read_options& options) : references{result, options} {}

    // The framing's sink (plover/framing.hpp), with add_problem() and finish().
    void unreadable() { ++r_.records; }
    /// Reads one record; `line` locates it (0 in a JSON array, where `at` does). `numbers` are
    /// the numbers out of range in it (read as null), their paths relative from `first_step`.
    void record(element e, std::size_t line, const path_frame& at, const record_numbers& numbers, std::size_t first_step);

private:
    // -- the record's fields: one handler per plover_field ---------------------------------------

    using handler = void (state::*)(record_draft&, std::string_view key, element value);
    struct field_handler {
        plover_field field;
        handler handle;
    };
    /// The handler of each field, in the order of plover_field.
    static constexpr std::array<field_handler, 25> handlers();

    void not_held(record_draft&, std::string_view key, element value) {
        if (!is_empty_value(value)) loss(key, no_field, value);
    }
    void key_field_again(record_draft& d, std::string_view key, element value) {
        std::size_t& seen = d.key_fields_seen[key == "id" ? 0 : key == "event" ? 1 : 2];
        if (seen++ != 0) loss(key, "not held: the field given again", value);
    }
    void participants(record_draft& d, std::string_view key, element value) { entities(value, key, d.participants); }
    void recipients(record_draft& d, std::string_view key, element value) { entities(value, key, d.recipients); }
    void mode_or_context(record_draft& d, std::string_view key, element value);
    /// A string field: `into(text)` takes it; anything else but an empty value is a loss.
    template <class Into>
    void string_field(std::string_view key, element value, std::string_view what_else, Into&& into) {
        std::string_view s;
        if (!value.get_string().get(s)) into(s);
        else if (!is_empty_value(value)) loss(key, what_else, value);
    }
    void description(record_draft& d, std::string_view key, element value) {
        string_field(key, value, not_string, [&](std::string_view s) { d.e.description = storage().text(s); });
    }
    void quad_code(record_draft& d, std::string_view key, element value) {
        std::int64_t q{};
        if (!value.get_int64().get(q) && q >= 1 && q <= 4) d.e.quad_class = static_cast<quad_class>(q);
        else if (!is_empty_value(value)) loss(key, "not held: not a quad code 1-4", value);
    }
    void event_scale(record_draft& d, std::string_view key, element value) {
        double v{};
        if (value.get_double().get(v) || !(v >= -10.0 && v <= 10.0) || std::fabs(v * 10.0 - std::round(v * 10.0)) > 1e-6) {
            if (!is_empty_value(value)) loss(key, "not held: not a Goldstein value (-10 to 10, in tenths)", value);
        } else {
            d.scale = goldstein{.tenths = static_cast<std::int16_t>(std::round(v * 10.0))};
        }
    }
    void event_scale_table(record_draft& d, std::string_view key, element value) {
        string_field(key, value, "not held: not a Goldstein table name", [&](std::string_view s) { d.scale_table = std::string{s}; });
    }
    void cameo(record_draft& d, std::string_view key, element value) {
        std::string_view s;
        if (!value.get_string().get(s) && s.size() <= 4 && cameo_code{s}.ok() && codes::find_cameo_event(s))
            d.e.cameo = cameo_code{s};
        else if (!is_empty_value(value)) loss(key, "not held: not a code of the CAMEO codebook", value);
    }
    void event_loc(record_draft& d, std::string_view key, element value) {
        if (!is_empty_value(value)) d.e.place = event_location(value, key);
    }
    void icews_location_field(record_draft& d, std::string_view, element value) {
        if (!is_empty_value(value)) d.location = value;
    }
    void icews_country(record_draft& d, std::string_view key, element value) {
        std::string_view s;
        if (const country c = value.get_string().get(s) ? country{} : alpha3_country(s); c.ok()) d.icews_country = c;
        else if (!is_empty_value(value)) loss(key, "not held: not an ISO 3166-1 alpha-3 code", value);
    }
    void country_name(record_draft& d, std::string_view key, element value) {
        // In an ICEWS record, the name of "ccode"'s country, which the place holds.
        if (d.dialect != plover_dialect::icews_derived) not_held(d, key, value);
    }
    void cite_info(record_draft& d, std::string_view, element value) {
        if (!is_empty_value(value)) d.cite = value;
    }
    void publication(record_draft& d, std::string_view key, element value) {
        string_field(key, value, not_string, [&](std::string_view s) { d.s.publisher = storage().text(s); });
    }
    void headline(record_draft& d, std::string_view key, element value) {
        string_field(key, value, not_string, [&](std::string_view s) { d.s.title = storage().text(s); });
    }
    void citation_field(record_draft& d, std::string_view key, element value) {
        string_field(key, value, not_string, [&](std::string_view s) { d.citation_text = s; });
    }
    void language(record_draft& d, std::string_view key, element value);
    void end_date(record_draft& d, std::string_view key, element value) {
        string_field(key, value, no_field, [&](std::string_view s) { d.end_date_text = s; });
    }
    void year(record_draft& d, std::string_view key, element value) {
        string_field(key, value, no_field, [&](std::string_view s) { d.year_text = s; });
    }
    void coded_date(record_draft& d, std::string_view key, element value) {
        std::string_view s;
        if (!value.get_string().get(s) && d.document && date::parse(s)) d.s.date = *date::parse(s);
        else if (!is_empty_value(value)) loss(key, no_field, value);
    }

    // -- what a record is, and what is made of it --------------------------------------------

    enum class type_kind : std::uint8_t { plover, cameo, legacy, document };
    /// The event type, its kind and what was wrong with it.
    struct event_type_read {
        type_kind kind = type_kind::plover;
        std::string_view type;
        std::vector<element> more;                 // the manual allows several types; the model holds one
        const plover_legacy_type* legacy = nullptr;
        std::optional<bilateral::problem> problem;  // its code and message; located by record()
    };
    static event_type_read read_event_type(const std::optional<element>& value);
    void type_and_codes(record_draft& d, const event_type_read& t);
    void rest_of_event(record_draft& d, std::string_view date_text);

    unique_ids event_ids_;
    std::vector<plover_field> names_;  // what each field of the record being read is
};

constexpr std::array<state::field_handler, 25> state::handlers() {
    return {{
        {plover_field::not_held, &state::not_held},
        {plover_field::id, &state::key_field_again},
        {plover_field::event, &state::key_field_again},
        {plover_field::date, &state::key_field_again},
        {plover_field::participants, &state::participants},
        {plover_field::recipients, &state::recipients},
        {plover_field::mode, &state::mode_or_context},
        {plover_field::context, &state::mode_or_context},
        {plover_field::description, &state::description},
        {plover_field::quad_code, &state::quad_code},
        {plover_field::event_scale, &state::event_scale},
        {plover_field::event_scale_table, &state::event_scale_table},
        {plover_field::cameo_code, &state::cameo},
        {plover_field::event_location, &state::event_loc},
        {plover_field::icews_location, &state::icews_location_field},
        {plover_field::icews_country, &state::icews_country},
        {plover_field::country_name, &state::country_name},
        {plover_field::cite_info, &state::cite_info},
        {plover_field::publication, &state::publication},
        {plover_field::headline, &state::headline},
        {plover_field::citation, &state::citation_field},
        {plover_field::language, &state::language},
        {plover_field::end_date, &state::end_date},
        {plover_field::year, &state::year},
        {plover_field::coded_date, &state::coded_date},
    }};
}

inline void state::mode_or_context(record_draft& d, std::string_view key, element value) {
    if (is_empty_value(value)) return;
    std::vector<std::string_view> words;
    simdjson::dom::array list;
    std::string_view str;
    if (!value.get_string().get(str)) {
        // "diplomatic, military": several in one string
        std::size_t from = 0;
        while (from <= str.size()) {
            const std::size_t to = std::min(str.find_first_of(",;", from), str.size());
            if (const auto w = trimmed(str.substr(from, to - from)); !w.empty()) words.push_back(w);
            from = to + 1;
        }
    } else if (!value.get_array().get(list)) {
        for (const element item : list) {
            std::string_view w;
            if (!item.get_string().get(w) && !trimmed(w).empty()) words.push_back(trimmed(w));
            else if (!is_empty_value(item)) loss(key, not_string, item);
        }
    } else {
        return loss(key, not_string, value);
    }
    const bool mode = key == "mode";
    bool held = false;
    for (std::string_view w : words) {
        if (held) {
            loss(key, mode ? "not held: a second mode (an event has one)" : "not held: a second context (an event has one)", w);
        } else if (!plover_word{w}.ok()) {
            loss(key, "not held: not a PLOVER word (lower-case letters, '_' or '-')", w);
        } else {
            (mode ? d.e.plover_mode : d.e.plover_context) = plover_word{storage().text(w)};
            held = true;
        }
    }
}

inline void state::language(record_draft& d, std::string_view key, element value) {
    simdjson::dom::array list;
    std::string_view str;
    if (!value.get_string().get(str)) {
        d.s.language = storage().text(str);
    } else if (!value.get_array().get(list)) {
        std::size_t n = 0;
        for (const element item : list) {
            std::string_view lang;
            if (n++ == 0 && !item.get_string().get(lang)) d.s.language = storage().text(lang);
            else loss(key, "not held: a second language (a source has one)", item);
        }
    } else if (!is_empty_value(value)) {
        loss(key, "not held: not a language tag", value);
    }
}
// -- records ---------------------------------------------------------------------------------

inline state::event_type_read state::read_event_type(const std::optional<element>& value) {
    event_type_read t;
    if (!value) {
        t.problem = {.code = problem_code::missing_field, .message = "missing field \"event\" (the PLOVER event type)"};
        return t;
    }
    element first = *value;
    simdjson::dom::array list;
    bool any = true;
    if (!value->get_array().get(list)) {
        std::size_t n = 0;
        for (const element item : list) {
            if (n++ == 0) first = item;
            else t.more.push_back(item);
        }
        any = n != 0;
    }
    if (!any || first.get_string().get(t.type)) {
        t.problem = {.code = problem_code::wrong_type,
                     .message = "expected a PLOVER event type (a string such as \"CONSULT\"), got " + json_read::shown(*value)};
    } else if (t.type == "DOCUMENT") {
        t.kind = type_kind::document;
    } else if (const auto type = enum_from_string<plover_event>(t.type); type && *type != plover_event::none) {
        t.kind = type_kind::plover;
    } else if (t.type.size() >= 2 && t.type.size() <= 4 && cameo_code{t.type}.ok() && codes::find_cameo_event(t.type) != nullptr) {
        t.kind = type_kind::cameo;
    } else if (const auto it = std::find_if(plover_legacy_types.begin(), plover_legacy_types.end(),
                                            [&](const plover_legacy_type& l) { return l.name == t.type; });
               it != plover_legacy_types.end() && codes::find_cameo_to_plover(it->cameo_root) != nullptr) {
        t.kind = type_kind::legacy;
        t.legacy = &*it;
    } else {
        t.problem = {.code = problem_code::unknown_code,
                     .message = "expected a PLOVER event type (AGREE, CONSULT, \u2026 ASSAULT) or a CAMEO code, got " +
                                json_read::shown(first)};
    }
    return t;
}

/// The event type, and what a CAMEO code or a PLOVER 0.5 type gives.
inline void state::type_and_codes(record_draft& d, const event_type_read& t) {
    if (t.kind == type_kind::plover) {
        d.e.plover = enum_from_string<plover_event>(t.type).value_or(plover_event::none);
    } else if (t.kind == type_kind::cameo) {
        d.e.cameo = cameo_code{t.type};
        if (const auto* m = codes::find_cameo_to_plover(t.type)) {
            d.e.plover = enum_from_string<plover_event>(m->event).value_or(plover_event::none);
            const auto first_word = [](std::string_view list) { return trimmed(list.substr(0, list.find(';'))); };
            if (d.e.plover_mode.empty() && !m->mode.empty()) d.e.plover_mode = plover_word{first_word(m->mode)};
            if (d.e.plover_context.empty() && !m->context.empty()) d.e.plover_context = plover_word{first_word(m->context)};
            d.note = "PLOVER type, mode and context mapped from CAMEO " + std::string{t.type} +
                     " by the 2021 CAMEO-to-PLOVER table.";
        }
    } else if (t.kind == type_kind::legacy) {
        const auto* root = codes::find_cameo_to_plover(t.legacy->cameo_root);
        d.e.plover = enum_from_string<plover_event>(root->event).value_or(plover_event::none);
        // The CAMEO "not specified below" code of the root gives the mode, if any (090: investigate).
        const auto* unspecified = codes::find_cameo_to_plover(std::string{t.legacy->cameo_root} + "0");
        if (d.e.plover_mode.empty() && unspecified && !unspecified->mode.empty())
            d.e.plover_mode = plover_word{unspecified->mode};
        loss("event", "changed: a PLOVER 0.5 type, read as its 2021 type through the CAMEO root it stands for",
             std::string{t.type} + " -> " + std::string{root->event});
        d.note = "PLOVER 0.5 type " + std::string{t.type} + " read as " + std::string{root->event} +
                 " through CAMEO root " + std::string{t.legacy->cameo_root} + " (2021 CAMEO-to-PLOVER table).";
    }
    // A CAMEO code fixes the quad class: a quad code that says otherwise is not held.
    if (!d.e.cameo.empty()) {
        const quad_class q = quad_class_of(d.e.cameo);
        if (d.e.quad_class != quad_class::unknown && d.e.quad_class != q)
            loss("quad_code", "not held: a quad code other than the CAMEO code's",
                 std::to_string(static_cast<int>(d.e.quad_class)) + " (CAMEO " + std::string{d.e.cameo.str()} + ")");
        d.e.quad_class = q;
    }
}

/// Dates, Goldstein, place, source and the placeholders: what the fields left to gather.
inline void state::rest_of_event(record_draft& d, std::string_view date_text) {
    // ICEWS's end date and year only say the date again.
    if (!d.end_date_text.empty() && d.end_date_text != date_text)
        loss("enddate", "not held: an end date after the date (an event has one date)", d.end_date_text);
    if (!d.year_text.empty() && d.year_text != d.e.date.iso().view().substr(0, 4))
        loss("year", "not held: a year other than the date's", d.year_text);

    // Goldstein: only with its table.
    if (d.scale) {
        if (const auto table = enum_from_string<goldstein_table>(d.scale_table)) {
            d.scale->table = *table;
            d.e.goldstein = *d.scale;
        } else {
            loss("event_scale", "not held: a scale value without a Goldstein table the model knows (event_scale_table)",
                 tenths_text(d.scale->tenths));
        }
    } else if (!d.scale_table.empty()) {
        loss("event_scale_table", "not held: a table without a value", d.scale_table);
    }

    // Place and source.
    if (d.location) d.e.place = icews_location(*d.location, d.icews_country);
    else if (d.icews_country.ok())
        d.e.place = import_place(places_, d.icews_country.name(), place_kind::country, d.icews_country);
    if (d.cite) {
        d.e.evidence.source = citation(*d.cite);
    } else if (!d.s.publisher.empty() || !d.s.title.empty() || !d.citation_text.empty()) {
        std::string base;
        if (!d.citation_text.empty()) base = text_id(d.citation_text);
        else if (d.dialect == plover_dialect::icews_derived) base = "icews-" + std::string{d.e.id.str()};
        else base = text_id(d.s.publisher);
        d.e.evidence.source = add_source(base, d.s);
    } else if (!d.s.language.empty()) {
        loss("language", "not held: a language without a source", d.s.language);
    }
    // An event has a participant and cites a source: where the record gives none, a placeholder
    // stands in, and the note counts the events that have it.
    if (d.participants.empty()) {
        d.participants.push_back(unknown_actor());
        loss(d.dialect == plover_dialect::plover_gsr ? "source" : "actor",
             "missing: no actor; the event's participant is the placeholder actor unknown-actor", d.e.id.str());
    }
    if (d.e.evidence.source.empty()) {
        d.e.evidence.source = unknown_source();
        loss("cite_info", "missing: no source; the event cites the placeholder source unknown-source", d.e.id.str());
    }
    if (!d.note.empty()) {
        d.e.evidence.basis = evidence_basis::inferred;
        d.e.evidence.note = storage().text(d.note);
    }
}

inline void state::record(element e, std::size_t line, const path_frame& at, const record_numbers& numbers,
                          std::size_t first_step) {
    static_assert([] {
        for (std::size_t i = 0; i < handlers().size(); ++i)
            if (static_cast<std::size_t>(handlers()[i].field) != i) return false;
        return true;
    }(), "state::handlers() lists each plover_field at its own index");
    ++r_.records;
    simdjson::dom::object fields;
    if (e.get_object().get(fields)) {
        add_problem({.code = problem_code::wrong_type,
                     .line = line,
                     .path = json_read::path_text(at),
                     .message = "expected a PLOVER record (an object), got " +
                                (numbers.empty() ? json_read::shown(e) : std::string{"a number out of range"})});
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
    record_draft d;
    names_.clear();  // each field's name, looked up once
    for (const auto f : fields) {
        const plover_field_name* name = find_plover_field(f.key);
        names_.push_back(name ? name->field : plover_field::not_held);
        if (name && name->gold_standard) d.dialect = plover_dialect::plover_gsr;
        if (names_.back() == plover_field::id && !id_value) id_value = f.value;
        else if (names_.back() == plover_field::event && !event_value) event_value = f.value;
        else if (names_.back() == plover_field::date && !date_value) date_value = f.value;
    }
    const event_type_read type = read_event_type(event_value);
    if (!type.problem && type.kind == type_kind::cameo) d.dialect = plover_dialect::icews_derived;
    ++r_.records_by_dialect[static_cast<std::size_t>(d.dialect)];
    d.document = !type.problem && type.kind == type_kind::document;

    std::string id_text;
    std::optional<problem> id_problem;  // its code and message; located below
    if (!id_value) {
        id_problem = {.code = problem_code::missing_field, .message = "missing field \"id\""};
    } else if (auto text = text_of_scalar(*id_value); !text || text->empty()) {
        id_problem = {.code = problem_code::wrong_type,
                      .message = "expected the record's id (a string or an integer), got " + json_read::shown(*id_value)};
    } else if (text_id(*text).empty()) {
        id_problem = {.code = problem_code::malformed_id,
                      .message = "expected an id with at least one letter or digit, got " + json_read::shown(*id_value)};
    } else {
        id_text = std::move(*text);
    }

    std::optional<date> when;
    std::string_view date_text;
    std::optional<problem> date_problem;
    if (!d.document) {
        if (!date_value)
            date_problem = {.code = problem_code::missing_field, .message = "missing field \"date\" (YYYY-MM-DD)"};
        else if (date_value->get_string().get(date_text))
            date_problem = {.code = problem_code::wrong_type,
                            .message = "expected a date \"YYYY-MM-DD\", got " + json_read::shown(*date_value)};
        else if (!(when = date::parse(date_text)))
            date_problem = {.code = problem_code::invalid_date,
                            .message = "expected a date \"YYYY-MM-DD\" that exists, got \"" + std::string{date_text} + "\""};
    }
    const auto report = [&](std::string_view key, const std::optional<problem>& found) {
        if (!found) return;
        const auto* n = key_numbers[static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin())];
        if (n) {
            add_problem({.code = problem_code::out_of_range,
                         .line = n->line,
                         .column = n->column,
                         .path = json_read::path_text(at.member(key)),
                         .message = "number out of range for " + std::string{key}});
            return;
        }
        problem p = *found;
        p.line = line;
        p.path = json_read::path_text(at.member(key));
        add_problem(std::move(p));
    };
    report("id", id_problem);
    report("event", type.problem);
    report("date", date_problem);
    if (id_problem || type.problem || date_problem) return;

    // 2. The record is an event, or the file's DOCUMENT record: read the rest, each field by its
    //    handler.
    {
        const std::string id = text_id(id_text);
        if (id != id_text) loss("id", "changed: lower-cased and made a well-formed id", id_text);
        const std::string unique_id = event_ids_.take(id);
        if (unique_id != id) loss("id", "changed: an id given before, made unique with a suffix", id_text);
        d.e.id = event_id{storage().text(unique_id)};
    }
    if (when) d.e.date = *when;
    for (const element extra : type.more) loss("event", "not held: a second event type (an event has one)", extra);

    std::size_t i = 0;
    for (const auto f : fields) {
        const handler handle = handlers()[static_cast<std::size_t>(names_[i++])].handle;
        (this->*handle)(d, f.key, f.value);
    }

    if (d.document) {
        // The record documents the file: a source, not an event.
        ++r_.documents;
        if (!d.e.description.empty()) d.s.title = d.e.description;
        add_source(d.e.id.str(), d.s);
        return;
    }
    type_and_codes(d, type);
    rest_of_event(d, date_text);
    d.e.participants = storage().list(d.participants);
    d.e.recipients = storage().list(d.recipients);
    storage().add(d.e);
    ++r_.events;
}

}  // namespace bilateral::detail::plover_read
