// SPDX-License-Identifier: BSL-1.0
/// Reading POLECAT event files (the Dataverse `ngecEvents*.txt` files): the columns by their
/// header names, "None" as not given, strict or lenient, every problem located by line, column
/// number and column name.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <bilateral/core/date.hpp>
#include <bilateral/core/dyad.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/detail/temporary_string.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/import/delimited.hpp>
#include <bilateral/io/import/fields.hpp>
#include <bilateral/io/import/shown_field.hpp>
#include <bilateral/io/import/row_reading.hpp>
#include <bilateral/io/polecat/record.hpp>

namespace bilateral::polecat {

/// The columns a file must have: without them a row is no dyadic event (who, to whom, what,
/// when, which). Every other column may be missing (its fields are then not given): files of
/// other releases, or cut down by a user, still read.
inline constexpr std::array<column, 5> required_columns{column::event_id, column::event_date, column::event_type,
                                                        column::actor_country, column::recipient_country};

/// Reads POLECAT rows one at a time from text in memory (a whole file). The first line that is
/// not blank is the header: POLECAT's columns are found by name in any order (case, ' ', '_' and
/// '.' not minding, as R and pandas rename them; "Event Intensity", the name some releases use,
/// is Intensity), other columns (Headline, Event Text, Feed, Story ID, …) are ignored and counted
/// in `extra_columns`; a missing required column or a column named twice stops the read. Fields
/// are tab-separated; double quotes around a field are removed; "None" and empty are not given;
/// lists are "; "-separated. A UTF-8 BOM and CRLF line ends are accepted.
///
/// Each row is checked (the typed columns, UTF-8 text, as many fields as the header); a bad row
/// stops a strict read and is skipped and counted in a lenient one. Rows read are noted, and
/// kept, when their Event ID repeats an earlier row's or when Actor Country or Recipient Country
/// lists several countries (a panel takes the first).
///
/// Zero-copy: the record returned views the text, which must outlive it.
class reader {
public:
    explicit reader(std::string_view text, row_read_options options = {});
    /// Refused: the records would view a string about to be destroyed.
    template <detail::temporary_string S>
    explicit reader(S&& text, row_read_options options = {}) = delete;

    /// The next good row, or nullptr at the end of the text or, in strict mode, at the first error.
    [[nodiscard]] const record* next();
    /// The line number of the row last returned (1-based, the header is line 1 of a usual file).
    [[nodiscard]] std::uint64_t line_number() const noexcept { return line_number_; }
    [[nodiscard]] const row_read_summary& summary() const noexcept { return summary_; }

private:
    bool read_header();
    bool parse(std::span<const std::string_view> fields, std::vector<problem>& errors);
    void note_row();

    delimited_reader in_;
    row_read_options options_;
    row_read_summary summary_{};
    bool header_read_ = false;
    std::size_t fields_ = 0;                                  // fields a row must have (the header's)
    std::array<std::size_t, column_count> index_{};           // column → field index, or absent
    std::array<std::string_view, column_count> names_{};      // column → its label as the file spells it
    std::uint64_t line_number_ = 0;
    record record_{};
    std::unordered_map<std::string_view, std::uint64_t> ids_{};  // Event ID (a view of the text) → first line
};

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::polecat

namespace bilateral::detail::polecat {

inline constexpr std::size_t absent = header_columns::absent;

// The reader walks a side's eight columns from its name.
using bilateral::polecat::column;
static_assert(static_cast<int>(column::wikipedia_actor_id) - static_cast<int>(column::actor_name) == 7);
static_assert(static_cast<int>(column::wikipedia_recipient_id) - static_cast<int>(column::recipient_name) == 7);

/// ASCII letters equal but for case.
[[nodiscard]] constexpr bool same_letters(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

/// POLECAT writes types in capitals ("CONSULT"); another case is the same type.
[[nodiscard]] constexpr std::optional<plover_event> event_type(std::string_view s) noexcept {
    for (const auto& e : enum_names<plover_event>)
        if (e.value != plover_event::none && same_letters(e.name, s)) return e.value;
    return std::nullopt;
}

/// The quad classes as POLECAT writes them ("VERBAL COOPERATION"), case aside.
[[nodiscard]] constexpr std::optional<quad_class> quad_code(std::string_view s) noexcept {
    constexpr std::array<std::pair<std::string_view, quad_class>, 4> words{{
        {"VERBAL COOPERATION", quad_class::verbal_cooperation},
        {"MATERIAL COOPERATION", quad_class::material_cooperation},
        {"VERBAL CONFLICT", quad_class::verbal_conflict},
        {"MATERIAL CONFLICT", quad_class::material_conflict},
    }};
    for (const auto& w : words)
        if (same_letters(w.first, s)) return w.second;
    return std::nullopt;
}

/// A PLOVER mode or context as a file may write it: ASCII letters, with '_' or '-' inside. The
/// model's words are lower-case; the mapping lower-cases them.
[[nodiscard]] constexpr bool is_word(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && (i == 0 || (c != '_' && c != '-'))) return false;
    }
    return true;
}

/// True if every item of the "; " list passes `ok`.
template <class Ok>
[[nodiscard]] constexpr bool all_items(std::string_view list, Ok ok) {
    bool all = true;
    bilateral::polecat::for_each_item(list, [&](std::string_view item) { all = all && ok(item); });
    return all;
}

}  // namespace bilateral::detail::polecat

namespace bilateral::polecat {

inline reader::reader(std::string_view text, row_read_options options)
    : in_{text, {.delimiter = '\t', .quoting = quoting::strip}, options.max_line_length}, options_{std::move(options)} {
    index_.fill(detail::polecat::absent);
}

inline bool reader::read_header() {
    header_read_ = true;
    if (!next_header(in_, summary_, options_)) return false;  // empty (no rows, no problem), or a header refused
    const std::uint64_t line = in_.line();
    const auto stop = [&](problem e) { return stop_read(summary_, options_, std::move(e)); };
    const auto same_name = [](std::string_view label, std::string_view name) {
        return same_column_name(label, name) || (label == "Intensity" && same_column_name("Event Intensity", name));
    };
    const std::span<const std::string_view> header = in_.fields();
    const header_columns h = match_header(header, column_labels, same_name);
    fields_ = h.fields;
    summary_.extra_columns = h.extra.size();
    if (!h.repeated.empty()) {
        // The second field that names the column is the one in the way.
        bool seen = false;
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (!same_name(h.repeated.front(), trimmed(header[i]))) continue;
            if (seen)
                return stop({.code = problem_code::repeated_field, .line = line, .column = i + 1, .column_name = h.repeated.front(),
                             .value = shown_field(trimmed(header[i])), .expected = "a header naming each column once",
                             .message = "the column is named twice"});
            seen = true;
        }
    }
    for (std::size_t c = 0; c < column_count; ++c) {
        index_[c] = h.index[c];
        names_[c] = column_labels[c];
    }
    const std::size_t at = index_[static_cast<std::size_t>(column::intensity)];
    if (at != detail::polecat::absent && same_column_name("Event Intensity", trimmed(header[at])))
        names_[static_cast<std::size_t>(column::intensity)] = "Event Intensity";
    std::string missing;
    for (const column c : required_columns)
        if (index_[static_cast<std::size_t>(c)] == detail::polecat::absent) missing.append(missing.empty() ? "" : ", ").append(label(c));
    if (missing.empty()) return true;
    // A problem of the header as a whole: located by its line alone, the message says what.
    if (h.extra.size() == h.fields)
        return stop({.code = problem_code::unknown_layout, .line = line,
                     .message = "not a POLECAT header: the first line names none of POLECAT's columns "
                                "(Event ID, Event Date, Event Type, ...)"});
    return stop({.code = problem_code::missing_field, .line = line, .message = "the header has no column " + missing});
}

inline bool reader::parse(std::span<const std::string_view> fields, std::vector<problem>& errors) {
    namespace d = detail::polecat;
    const std::uint64_t line = in_.line();
    if (fields.size() != fields_) {
        errors.push_back({.code = problem_code::wrong_field_count, .line = line, .expected = "a row with as many fields as the header",
                          .message = "found " + std::to_string(fields.size()) + " fields; the header has " + std::to_string(fields_)});
        return false;
    }
    const auto field = [&](column c) {
        const std::size_t i = index_[static_cast<std::size_t>(c)];
        const std::string_view f = i == d::absent ? std::string_view{} : fields[i];
        return f == "None" ? std::string_view{} : f;
    };
    const auto bad = [&](problem_code code, column c, std::string_view expected, std::string message = {}) {
        errors.push_back({.code = code, .line = line, .column = index_[static_cast<std::size_t>(c)] + 1,
                          .column_name = names_[static_cast<std::size_t>(c)], .value = shown_field(field(c)), .expected = expected,
                          .message = std::move(message)});
    };
    // A number refused: out of the field's range, or not a number at all.
    const auto number_code = [](std::string_view v, std::uint64_t limit) {
        return detail::number_beyond(v, limit) ? problem_code::out_of_range : problem_code::malformed_value;
    };
    // A date refused: of the form YYYY-MM-DD but no calendar day, or not of the form.
    const auto date_code = [](std::string_view v) {
        return detail::iso_day_form(v) ? problem_code::invalid_date : problem_code::malformed_value;
    };
    // Text: as it is, but valid UTF-8.
    const auto text = [&](column c, std::string_view& out) {
        out = field(c);
        const std::size_t invalid = detail::utf8::first_invalid(out);
        if (invalid != std::string_view::npos)
            bad(problem_code::invalid_utf8, c, "UTF-8 text", "invalid UTF-8 at byte " + std::to_string(invalid + 1) + " of the field");
        return invalid == std::string_view::npos;
    };
    const auto countries = [&](column c, std::string_view& out) {
        if (text(c, out) && !d::all_items(out, is_alpha3_form))
            bad(problem_code::malformed_code, c, "ISO 3166-1 alpha-3 codes (three capital letters), separated by \"; \"");
    };
    const auto degrees = [&](column c, std::string_view& out, int limit, std::string_view expected) {
        out = field(c);
        if (!out.empty() && !detail::degrees(out, limit)) bad(number_code(out, static_cast<std::uint64_t>(limit)), c, expected);
    };
    record r{};
    text(column::event_id, r.event_id);
    if (r.event_id.empty()) bad(problem_code::missing_value, column::event_id, "the event's id");
    const std::string_view day = field(column::event_date);
    const std::optional<date> parsed = date::parse(day);
    if (parsed && parsed->precision() == date_precision::day) r.event_date = *parsed;
    else bad(day.empty() ? problem_code::missing_value : date_code(day), column::event_date, "a date as YYYY-MM-DD");
    if (const std::optional<plover_event> type = d::event_type(field(column::event_type))) r.event_type = *type;
    else bad(field(column::event_type).empty() ? problem_code::missing_value : problem_code::unknown_code, column::event_type,
             "a PLOVER event type (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, "
             "ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT)");
    r.event_mode = field(column::event_mode);
    if (!r.event_mode.empty() && !d::is_word(r.event_mode))
        bad(problem_code::malformed_value, column::event_mode, "a PLOVER mode (a word: letters, '_' or '-' inside)");
    if (const std::string_view v = field(column::intensity); !v.empty()) {
        r.intensity = intensity::parse(v);
        if (!r.intensity)
            bad(number_code(v, 10), column::intensity, "a POLECAT intensity: a number from -10 to 10 with at most two decimals");
    }
    if (const std::string_view v = field(column::quad_code); !v.empty()) {
        if (const std::optional<quad_class> q = d::quad_code(v)) r.quad = *q;
        else bad(problem_code::unknown_code, column::quad_code,
                 "a quad code: VERBAL COOPERATION, MATERIAL COOPERATION, VERBAL CONFLICT or MATERIAL CONFLICT");
    }
    r.contexts = field(column::contexts);
    if (!d::all_items(r.contexts, d::is_word))
        bad(problem_code::malformed_value, column::contexts, "PLOVER contexts (words: letters, '_' or '-' inside), separated by \"; \"");
    const auto side = [&](polecat::actor& a, column name) {
        // The eight columns of a side follow one another in `column`, from the name.
        const auto at = [&](int k) { return static_cast<column>(static_cast<int>(name) + k); };
        text(name, a.name);
        countries(at(1), a.country);
        a.cow = field(at(2));
        if (!d::all_items(a.cow, [](std::string_view n) { return detail::unsigned_number(n, 999).has_value(); }))
            bad(problem_code::malformed_code, at(2), "COW state numbers (whole numbers below 1000), separated by \"; \"");
        text(at(3), a.primary_sector);
        text(at(4), a.sectors);
        text(at(5), a.title);
        text(at(6), a.name_raw);
        text(at(7), a.wikipedia_id);
    };
    side(r.actor, column::actor_name);
    side(r.recipient, column::recipient_name);
    text(column::placename, r.place.placename);
    text(column::city, r.place.city);
    text(column::district, r.place.district);
    text(column::province, r.place.province);
    countries(column::country, r.place.country);
    degrees(column::latitude, r.place.latitude, 90, "degrees from -90 to 90");
    degrees(column::longitude, r.place.longitude, 180, "degrees from -180 to 180");
    text(column::geonames_id, r.place.geonames_id);
    text(column::raw_placename, r.place.raw_placename);
    text(column::feature_type, r.place.feature_type);
    text(column::source, r.source);
    if (const std::string_view v = field(column::publication_date); !v.empty()) {
        r.publication_date = date::parse(v);
        if (!r.publication_date || r.publication_date->precision() != date_precision::day)
            bad(date_code(v), column::publication_date, "a date as YYYY-MM-DD");
    }
    text(column::story_people, r.story_people);
    text(column::story_organizations, r.story_organizations);
    text(column::story_locations, r.story_locations);
    text(column::language, r.language);
    text(column::version, r.version);
    if (!errors.empty()) return false;
    record_ = r;
    return true;
}

inline void reader::note_row() {
    const auto where = [&](problem_code code, column c) {
        return problem{.code = code, .severity = severity::note, .line = line_number_, .column = index_[static_cast<std::size_t>(c)] + 1,
                       .column_name = names_[static_cast<std::size_t>(c)]};
    };
    if (const auto [it, added] = ids_.try_emplace(record_.event_id, line_number_); !added) {
        problem e = where(problem_code::duplicate_id, column::event_id);
        e.value = shown_field(record_.event_id);
        e.expected = "an Event ID of its own";
        e.message = "Event ID repeats line " + std::to_string(it->second) + " (both rows kept)";
        summary_.note(std::move(e), options_);
    }
    const std::array<std::pair<column, std::string_view>, 2> sides{{{column::actor_country, record_.actor.country},
                                                                     {column::recipient_country, record_.recipient.country}}};
    for (const auto& side : sides) {
        if (item_count(side.second) < 2) continue;
        problem e = where(problem_code::several_values, side.first);
        e.value = shown_field(side.second);
        e.expected = "one country";
        e.message = "several countries; a dyad is the first's (" + std::string{first_item(side.second)} + ")";
        summary_.note(std::move(e), options_);
    }
}

inline const record* reader::next() {
    if (summary_.stopped) return nullptr;
    if (!header_read_ && !read_header()) return nullptr;
    const auto parse_row = [&](std::span<const std::string_view> fields, std::vector<problem>& errors) { return parse(fields, errors); };
    if (!next_row(in_, summary_, options_, parse_row)) return nullptr;
    line_number_ = in_.line();
    note_row();
    return &record_;
}

}  // namespace bilateral::polecat
