// SPDX-License-Identifier: BSL-1.0
/// Validation of a dataset: the same checks at compile time (static_assert) and at run time.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/codes/cameo_actor_types.hpp>
#include <bilateral/codes/cameo_event_codes.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/problem.hpp>
#include <bilateral/detail/delayed.hpp>
#include <bilateral/detail/fixed_text.hpp>
#include <bilateral/detail/table_index.hpp>

namespace bilateral {

/// Calls `sink(problem)` for every problem in `data`, in record order.
/// Checked: ids well formed and unique per record kind; every reference resolves; no actor,
/// place or event is part of itself through `part_of` (each record on such a cycle is reported, with the
/// next id on the cycle as the value, so the problems name every id on it); dates valid and
/// present where required; periods ordered; country, currency, CAMEO, PLOVER, sector and Wikidata
/// codes well formed, and country, currency, CAMEO event and CAMEO actor type codes in their tables
/// (codes/) as the tables write them (`kz` is not `KZ`; the message names `KZ`); an event has a
/// CAMEO code or a PLOVER type; quad class and CAMEO root agree (by CAMEO's rule or GDELT's,
/// core/event_codes.hpp); amounts non-negative, in a currency with a minor unit, and plausible for
/// their scale; enum fields hold named values; evidence cites a
/// source of the dataset and says why when a datum is inferred; statements have text.
template <class Sink>
constexpr void validate(const dataset_view& data, Sink&& sink);

// problems, first_problem and is_valid are templates only so that the validator is compiled in
// the files that call them, not in every file that includes the library.

/// Every problem of `data` (usable in constant expressions as long as the vector does not escape).
template <class = void>
[[nodiscard]] constexpr std::vector<problem> problems(const dataset_view& data);

/// The first problem of `data`, if any.
template <class = void>
[[nodiscard]] constexpr std::optional<problem> first_problem(const dataset_view& data);

/// True if `data` has no problem.
template <class Lazy = void>
[[nodiscard]] constexpr bool is_valid(const dataset_view& data) {
    return !first_problem<Lazy>(data).has_value();  // <Lazy>: clang would otherwise compile it here
}

/// For `static_assert(bilateral::require_valid<my_data>())`: true for a valid dataset; for an
/// invalid one compilation stops and the compiler's message names the first problem (g++ prints
/// it as the template argument of `dataset_problem`, clang as the arguments of the call).
template <const dataset_view& Data>
consteval bool require_valid();

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail {

/// The ids of one record kind with their positions, sorted, for reference checks in O(log n).
class id_index {
public:
    template <class Records>
    constexpr explicit id_index(const Records& records) {
        entries_.reserve(records.size());
        std::size_t position = 0;
        for (const auto& r : records) entries_.push_back({r.id.str(), position++});
        sort<Records>();
    }
    [[nodiscard]] constexpr bool contains(std::string_view id) const {
        const auto it = lower_bound(id);
        return it != entries_.end() && it->id == id;
    }
    /// The position of the first record with this id (the id must be present).
    [[nodiscard]] constexpr std::size_t first_position(std::string_view id) const { return lower_bound(id)->position; }

private:
    struct entry {
        std::string_view id;
        std::size_t position;
    };
    // A template only so that std::sort is instantiated where an index is built, not in every
    // file that includes this header (that alone cost a tenth of the umbrella's compile time).
    template <class>
    constexpr void sort() {
        std::sort(entries_.begin(), entries_.end(), [](const entry& x, const entry& y) {
            return x.id < y.id || (x.id == y.id && x.position < y.position);
        });
    }
    [[nodiscard]] constexpr std::vector<entry>::const_iterator lower_bound(std::string_view id) const {
        return std::lower_bound(entries_.begin(), entries_.end(), id,
                                [](const entry& e, std::string_view key) { return e.id < key; });
    }
    std::vector<entry> entries_;
};

/// "is not an ISO 3166-1 code (codes are upper case: `KZ`)" for every code of ISO 3166-1, in the
/// table's order: the message for a code given in lower case, which names the expected form and,
/// being static, costs a problem no allocation. A variable template, so that it is only built
/// where the validator is.
template <class = void>
inline constexpr auto upper_case_country_messages = [] {
    std::array<fixed_text<64>, codes::iso3166.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].append("is not an ISO 3166-1 code (codes are upper case: `").append(codes::iso3166[i].alpha2).append("`)");
    return out;
}();

template <class Sink>
class validator {
public:
    // Parameter names that user code is unlikely to declare globally: this is a template, and
    // g++ -Wshadow would otherwise warn in the user's file.
    constexpr validator(const dataset_view& checked, Sink& problem_sink)
        : data_{checked}, sink_{problem_sink}, sources_{checked.sources}, actors_{checked.actors},
          places_{checked.places}, events_{checked.events}, statements_{checked.statements},
          agreements_{checked.agreements}, indicators_{checked.indicators},
          actor_cycles_{on_part_of_cycle(checked.actors, actors_)},
          place_cycles_{on_part_of_cycle(checked.places, places_)},
          event_cycles_{on_part_of_cycle(checked.events, events_)} {}

    /// Checks record kind after record kind, each record's problems in field order.
    constexpr void run() {
        check_all("source", data_.sources, sources_);
        check_all("actor", data_.actors, actors_);
        check_all("place", data_.places, places_);
        check_all("event", data_.events, events_);
        check_all("statement", data_.statements, statements_);
        check_all("agreement", data_.agreements, agreements_);
        check_all("indicator", data_.indicators, indicators_);
        check_all("relation", data_.relations, id_index{data_.relations});
    }

private:
    using enum problem_code;  // the codes, short, in the checks below

    struct at {
        std::string_view record, id;
    };

    // Every text is a literal or a view into the dataset: borrowed, so validating allocates
    // nothing per problem and runs at compile time.
    constexpr void report(problem_code code, at where, std::string_view field, std::string_view value,
                          std::string_view message) {
        sink_(problem{.code = code,
                      .record = problem_text::borrow(where.record),
                      .id = problem_text::borrow(where.id),
                      .field = problem_text::borrow(field),
                      .value = problem_text::borrow(value),
                      .message = problem_text::borrow(message)});
    }

    template <class Records>
    constexpr void check_all(std::string_view kind, const Records& records, const id_index& index) {
        std::size_t position = 0;
        for (const auto& r : records) {
            const at w{kind, r.id.str()};
            if (!r.id.ok())
                report(malformed_id, w, "id", r.id.str(), "is not a well-formed id ([a-z0-9._-], 1-64 characters)");
            else if (index.first_position(r.id.str()) != position)
                report(duplicate_id, w, "id", r.id.str(), "is used by an earlier record of this kind");
            check(r);
            ++position;
        }
    }

    // References ----------------------------------------------------------------------------
    template <class Id>
    constexpr void ref(at w, std::string_view field, Id id, const id_index& index, std::string_view message,
                       bool required = false) {
        if (id.empty()) {
            if (required) report(missing_value, w, field, "", "is not given");
            return;
        }
        if (!index.contains(id.str())) report(unknown_reference, w, field, id.str(), message);
    }
    constexpr void actor_ref(at w, std::string_view field, actor_id id, bool required = false) {
        ref(w, field, id, actors_, "is not an actor of this dataset", required);
    }
    constexpr void place_ref(at w, std::string_view field, place_id id) {
        ref(w, field, id, places_, "is not a place of this dataset");
    }
    constexpr void event_ref(at w, std::string_view field, event_id id) {
        ref(w, field, id, events_, "is not an event of this dataset");
    }

    // Values --------------------------------------------------------------------------------
    constexpr void date_field(at w, std::string_view field, date d, bool required) {
        if (!d.known()) {
            if (required) report(missing_value, w, field, "", "is not given");
        } else if (!d.ok()) {
            report(invalid_date, w, field, "", "is not a valid calendar date");
        }
    }
    constexpr void country_field(at w, std::string_view field, const country& c, bool required = false) {
        if (!c.known()) {
            if (required) report(missing_value, w, field, "", "is not given");
        } else if (!c.ok()) {
            // Codes are checked as the table defines them: "kz" is not "KZ", but the message says so.
            const std::string_view given = c.alpha2();
            std::array<char, 2> upper{given[0], given[1]};
            for (char& ch : upper)
                if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
            const std::size_t i = table_index<&codes::iso3166_entry::alpha2>(
                codes::iso3166, std::string_view{upper.data(), upper.size()});
            if (i < codes::iso3166.size())
                report(unknown_code, w, field, given, upper_case_country_messages<>[i].view());
            else report(unknown_code, w, field, given, "is not an ISO 3166-1 alpha-2 code");
        }
    }
    template <named_enum E>
    constexpr void enum_field(at w, std::string_view field, E e) {
        if (!is_named(e)) report(out_of_range, w, field, "", "holds a value outside its enumeration");
    }
    constexpr void text_field(at w, std::string_view field, std::string_view text) {
        if (text.empty()) report(missing_value, w, field, "", "is empty");
    }
    constexpr void evidence_field(at w, const evidence& e) {
        ref(w, "evidence.source", e.source, sources_, "is not a source of this dataset", true);
        enum_field(w, "evidence.basis", e.basis);
        if (e.basis == evidence_basis::inferred && e.note.empty())
            report(unexplained_inference, w, "evidence.note", "", "must say why the datum is inferred");
    }
    /// `field` names the amount ("amount"); `qualifier_field` and `scale_field` its parts.
    constexpr void amount_field(at w, std::string_view field, std::string_view qualifier_field,
                                std::string_view scale_field, const reported_amount& a) {
        const currency& unit = a.value.unit();  // a reference: the reported code must outlive this call
        enum_field(w, qualifier_field, a.qualifier);
        enum_field(w, scale_field, a.scale);
        if (!unit.ok()) {
            report(unknown_code, w, field, unit.code(), "is not an ISO 4217 currency with a minor unit");
            return;
        }
        if (a.value.minor_units() < 0) {
            report(out_of_range, w, field, "", "is negative");
            return;
        }
        if (!is_named(a.scale) || a.scale == amount_scale::one || a.value.minor_units() == 0) return;
        // A figure reported in billions has at most three decimals at that scale ("14.5 billion")
        // and is at least 0.001 of it; more digits mean the scale or the value is wrong.
        std::int64_t minor_per_unit = 1;
        for (int i = 0; i < unit.minor_digits(); ++i) minor_per_unit *= 10;
        const std::int64_t step = scale_factor(a.scale) / 1000 * minor_per_unit;
        if (a.value.minor_units() % step != 0)
            report(inconsistent_values, w, field, "", "has more digits than a figure reported at its scale can have");
    }

    // Records -------------------------------------------------------------------------------
    constexpr void check(const source& s) {
        const at w{"source", s.id.str()};
        text_field(w, "publisher", s.publisher);
        text_field(w, "title", s.title);
        date_field(w, "date", s.date, false);
    }
    constexpr void check(const actor& a) {
        const at w{"actor", a.id.str()};
        enum_field(w, "kind", a.kind);
        text_field(w, "name", a.name);
        country_field(w, "country", a.country);
        for (const auto& s : a.sectors)
            if (!s.ok())
                report(malformed_code, w, "sectors", s.str(), "is not a CAMEO sector code (three capital letters)");
            else if (!codes::find_cameo_actor_type(s.str()))
                report(unknown_code, w, "sectors", s.str(), "is not a CAMEO actor type (codes/cameo_actors.hpp)");
        actor_ref(w, "part_of", a.part_of);
        if (on_cycle(actor_cycles_, a)) report(part_of_cycle, w, "part_of", a.part_of.str(), cycle_message);
        if (!is_wikidata_id(a.wikidata))
            report(malformed_code, w, "wikidata", a.wikidata, "is not a Wikidata id (Q and digits)");
    }
    constexpr void check(const place& p) {
        const at w{"place", p.id.str()};
        enum_field(w, "kind", p.kind);
        text_field(w, "name", p.name);
        country_field(w, "country", p.country);
        place_ref(w, "part_of", p.part_of);
        if (on_cycle(place_cycles_, p)) report(part_of_cycle, w, "part_of", p.part_of.str(), cycle_message);
        if (!is_wikidata_id(p.wikidata))
            report(malformed_code, w, "wikidata", p.wikidata, "is not a Wikidata id (Q and digits)");
    }
    constexpr void check(const event& e) {
        const at w{"event", e.id.str()};
        date_field(w, "date", e.date, true);
        place_ref(w, "place", e.place);
        enum_field(w, "format", e.format);
        if (e.participants.empty()) report(missing_value, w, "participants", "", "is empty");
        for (auto id : e.participants) actor_ref(w, "participants", id);
        for (auto id : e.recipients) actor_ref(w, "recipients", id);
        // PLOVER-coded data (POLECAT) has no CAMEO code: either code is enough, but one is needed.
        if (e.cameo.empty()) {
            if (e.plover == plover_event::none)
                report(missing_value, w, "cameo", "",
                       "is empty, and so is plover: an event needs a CAMEO code or a PLOVER type");
        } else if (!e.cameo.ok())
            report(malformed_code, w, "cameo", e.cameo.str(), "is not a CAMEO event code (2-4 digits, root 01-20)");
        else if (!codes::is_cameo_event_code(e.cameo.str()))
            report(unknown_code, w, "cameo", e.cameo.str(), "is not in the CAMEO codebook (codes/cameo_events.hpp)");
        else if (e.quad_class != quad_class_of(e.cameo) && e.quad_class != gdelt_quad_class_of(e.cameo))
            report(inconsistent_values, w, "quad_class", to_string(e.quad_class),
                   "does not match the quad class of the CAMEO root (by CAMEO's rule or GDELT's)");
        enum_field(w, "plover", e.plover);
        if (!e.plover_mode.empty() && !e.plover_mode.ok())
            report(malformed_code, w, "plover_mode", e.plover_mode.str(), "is not a PLOVER mode word");
        if (!e.plover_context.empty() && !e.plover_context.ok())
            report(malformed_code, w, "plover_context", e.plover_context.str(), "is not a PLOVER context word");
        if (e.goldstein && !e.goldstein->ok())
            report(out_of_range, w, "goldstein", "", "is outside -10..+10 or has no table");
        event_ref(w, "part_of", e.part_of);
        if (on_cycle(event_cycles_, e)) report(part_of_cycle, w, "part_of", e.part_of.str(), cycle_message);
        evidence_field(w, e.evidence);
    }
    constexpr void check(const statement& s) {
        const at w{"statement", s.id.str()};
        actor_ref(w, "speaker", s.speaker, true);
        actor_ref(w, "addressee", s.addressee);
        date_field(w, "date", s.date, true);
        enum_field(w, "form", s.form);
        text_field(w, "text", s.text);
        event_ref(w, "event", s.event);
        evidence_field(w, s.evidence);
    }
    constexpr void check(const agreement& a) {
        const at w{"agreement", a.id.str()};
        enum_field(w, "kind", a.kind);
        text_field(w, "name", a.name);
        for (auto id : a.parties) actor_ref(w, "parties", id);
        if (a.value) amount_field(w, "value", "value.qualifier", "value.scale", *a.value);
        enum_field(w, "status", a.status);
        date_field(w, "date", a.date, false);
        place_ref(w, "place", a.place);
        event_ref(w, "event", a.event);
        evidence_field(w, a.evidence);
    }
    constexpr void check(const indicator& i) {
        const at w{"indicator", i.id.str()};
        enum_field(w, "measure", i.measure);
        country_field(w, "reporter", i.reporter, true);
        country_field(w, "counterpart", i.counterpart);
        if (!i.period.ok())
            report(invalid_date, w, "period", "", "is not a valid period (both ends valid, first not after last)");
        amount_field(w, "amount", "amount.qualifier", "amount.scale", i.amount);
        actor_ref(w, "stated_by", i.stated_by);
        ref(w, "statement", i.statement, statements_, "is not a statement of this dataset");
        ref(w, "agreement", i.agreement, agreements_, "is not an agreement of this dataset");
        evidence_field(w, i.evidence);
    }
    constexpr void check(const relation& r) {
        const at w{"relation", r.id.str()};
        country_field(w, "first", r.first, true);
        country_field(w, "second", r.second, true);
        if (r.first == r.second && r.first.known())
            report(inconsistent_values, w, "second", r.second.alpha2(), "is the same state as first");
        text_field(w, "status", r.status);
        date_field(w, "since", r.since, false);
        evidence_field(w, r.evidence);
    }

    // part_of cycles ------------------------------------------------------------------------
    static constexpr std::string_view cycle_message =
        "leads, through part_of, back to this record (a cycle: each record on it is reported)";

    /// For each record, whether it lies on a part_of cycle. Each record is walked once: a walk
    /// stops at a record an earlier walk reached, so this is O(n log n).
    template <class Records>
    static constexpr std::vector<char> on_part_of_cycle(const Records& records, const id_index& index) {
        const std::size_t n = records.size();
        std::vector<std::size_t> walk(n, 0);  // which walk reached the record (1-based), 0: none
        std::vector<char> cycle(n, 0);
        const auto up = [&](std::size_t i) -> std::size_t {  // the record i is part of, or n
            const auto id = records[i].part_of;
            return id.empty() || !index.contains(id.str()) ? n : index.first_position(id.str());
        };
        for (std::size_t start = 0; start < n; ++start) {
            std::size_t i = start;
            while (i != n && walk[i] == 0) {
                walk[i] = start + 1;
                i = up(i);
            }
            if (i != n && walk[i] == start + 1)  // back on this walk: i is on a new cycle
                for (std::size_t j = i; cycle[j] == 0; j = up(j)) cycle[j] = 1;
        }
        return cycle;
    }
    /// Whether `r` is on a cycle (the flags are per position; `r` is an element of its list).
    template <class Record>
    constexpr bool on_cycle(const std::vector<char>& flags, const Record& r) const {
        const auto& records = [&]() -> const list_view<Record>& {
            if constexpr (std::is_same_v<Record, actor>) return data_.actors;
            else if constexpr (std::is_same_v<Record, place>) return data_.places;
            else return data_.events;
        }();
        return flags[static_cast<std::size_t>(&r - records.begin())] != 0;
    }

    const dataset_view& data_;
    Sink& sink_;
    id_index sources_, actors_, places_, events_, statements_, agreements_, indicators_;
    std::vector<char> actor_cycles_, place_cycles_, event_cycles_;
};

// Called, never defined as constexpr, only when a dataset is invalid: the compiler's error
// then shows this call and its arguments (clang prints the string arguments).
inline void the_dataset_has_a_problem() {}

template <class = void>  // a template, so that it is only checked where it is called
constexpr bool report_invalid(std::string_view record, std::string_view id, std::string_view field,
                              std::string_view value, std::string_view message) {
    (void)record, (void)id, (void)field, (void)value, (void)message;
    the_dataset_has_a_problem();
    return false;
}

/// `describe(p)` in a fixed-size text, for the compiler's message; a cut is marked with "...".
constexpr fixed_text<256> compile_time_description(const problem& p) {
    fixed_text<256> out;
    describe_into(out, p);
    if (out.truncated()) {
        out.length -= 3;
        out.append("...");
    }
    return out;
}

// g++ prints the template argument: the message (256 bytes at most, a cut marked).
template <fixed_text<256> Problem>
constexpr bool dataset_problem(const problem& p) {
    if constexpr (Problem.empty()) return true;
    else return report_invalid(p.record, p.id, p.field, p.value, p.message);
}

}  // namespace detail

template <class Sink>
constexpr void validate(const dataset_view& data, Sink&& sink) {
    detail::validator<std::remove_reference_t<Sink>> v{data, sink};
    v.run();
}

template <class Lazy>
constexpr std::vector<problem> problems(const dataset_view& data) {
    typename detail::delayed<std::vector<problem>, Lazy>::type out;  // see `delayed`
    validate(data, [&](const problem& p) { out.push_back(p); });
    return out;
}

template <class Lazy>
constexpr std::optional<problem> first_problem(const dataset_view& data) {
    typename detail::delayed<std::optional<problem>, Lazy>::type first;
    validate(data, [&](const problem& p) {
        if (!first) first = p;
    });
    return first;
}

template <const dataset_view& Data>
consteval bool require_valid() {
    // The argument depends on Data, so that clang compiles the validator only where this is used.
    constexpr std::optional<problem> first = first_problem<std::remove_cvref_t<decltype(Data)>>(Data);
    if constexpr (first.has_value()) {
        return detail::dataset_problem<detail::compile_time_description(*first)>(*first);
    } else {
        return true;
    }
}

}  // namespace bilateral
