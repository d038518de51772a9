// SPDX-License-Identifier: BSL-1.0
/// The one problem type: what the validator, every reader and every writer
/// report. A problem has a stable code (switch on it, never on the text), a
/// severity, a location (record/id/field in a dataset, line/column in a text
/// input, a JSON path), the offending value and a message.
#pragma once
#include <array>
#include <bilateral/core/enum_names.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace bilateral {

/// What kind of problem. The numbers are stable: a code is never renumbered or
/// reused, new codes are appended to their group (1xx a dataset's content, 2xx
/// the form of an input, 3xx what a model or a target format cannot hold).
/// `to_string(code)` gives the name used in output.
enum class problem_code : std::uint16_t {
    // A dataset's content (the validator; readers too, where they check the same thing).
    malformed_id = 101,           ///< an id that is not [a-z0-9._-], 1–64 characters
    duplicate_id = 102,           ///< an id (or a source's key) used by an earlier record
    missing_value = 103,          ///< a required value not given, or given empty
    unknown_reference = 104,      ///< an id that names no record of the dataset
    invalid_date = 105,           ///< not a calendar date, or a period whose ends are out of order
    malformed_code = 106,         ///< a code not of its scheme's form (CAMEO digits, sector letters, Wikidata Q…)
    unknown_code = 107,           ///< a well-formed code that is not in its table (ISO 3166-1, ISO 4217, CAMEO…)
    out_of_range = 108,           ///< a value outside what its field can hold or mean
    inconsistent_values = 109,    ///< values that contradict each other (quad class and CAMEO root, …)
    part_of_cycle = 110,          ///< a record that is, through part_of, part of itself
    unexplained_inference = 111,  ///< an inferred datum whose evidence does not say why
    // The form of an input.
    invalid_syntax = 201,     ///< not JSON, an unterminated quote, text after a closing quote
    invalid_utf8 = 202,       ///< bytes that are not UTF-8
    wrong_type = 203,         ///< a JSON value of the wrong type
    malformed_value = 204,    ///< a field whose text is not of the form its column or member holds
    unknown_field = 205,      ///< a field the record does not have
    repeated_field = 206,     ///< a field, or a header's column, given twice
    missing_field = 207,      ///< a required field or column absent
    wrong_field_count = 208,  ///< a row with more or fewer fields than its layout
    too_long = 209,           ///< a line or an input over the reader's limit
    read_failed = 210,        ///< the input could not be read (the system's reason is the message)
    unknown_layout = 211,     ///< a header or a first line that names no layout the reader knows
    repaired_value = 212,     ///< a value a tool changed and the reader restored (a note)
    several_values = 213,     ///< several values where the model holds one, the first taken (a note)
    // What cannot be held.
    not_held = 301,     ///< a value the model (on reading) or the target format (on writing) has no place for
    not_written = 302,  ///< a record the target format cannot hold at all, left out
};

template <>
inline constexpr auto enum_names<problem_code> = std::array{
    enum_name<problem_code>{problem_code::malformed_id, "malformed_id"},
    enum_name<problem_code>{problem_code::duplicate_id, "duplicate_id"},
    enum_name<problem_code>{problem_code::missing_value, "missing_value"},
    enum_name<problem_code>{problem_code::unknown_reference, "unknown_reference"},
    enum_name<problem_code>{problem_code::invalid_date, "invalid_date"},
    enum_name<problem_code>{problem_code::malformed_code, "malformed_code"},
    enum_name<problem_code>{problem_code::unknown_code, "unknown_code"},
    enum_name<problem_code>{problem_code::out_of_range, "out_of_range"},
    enum_name<problem_code>{problem_code::inconsistent_values, "inconsistent_values"},
    enum_name<problem_code>{problem_code::part_of_cycle, "part_of_cycle"},
    enum_name<problem_code>{problem_code::unexplained_inference, "unexplained_inference"},
    enum_name<problem_code>{problem_code::invalid_syntax, "invalid_syntax"},
    enum_name<problem_code>{problem_code::invalid_utf8, "invalid_utf8"},
    enum_name<problem_code>{problem_code::wrong_type, "wrong_type"},
    enum_name<problem_code>{problem_code::malformed_value, "malformed_value"},
    enum_name<problem_code>{problem_code::unknown_field, "unknown_field"},
    enum_name<problem_code>{problem_code::repeated_field, "repeated_field"},
    enum_name<problem_code>{problem_code::missing_field, "missing_field"},
    enum_name<problem_code>{problem_code::wrong_field_count, "wrong_field_count"},
    enum_name<problem_code>{problem_code::too_long, "too_long"},
    enum_name<problem_code>{problem_code::read_failed, "read_failed"},
    enum_name<problem_code>{problem_code::unknown_layout, "unknown_layout"},
    enum_name<problem_code>{problem_code::repaired_value, "repaired_value"},
    enum_name<problem_code>{problem_code::several_values, "several_values"},
    enum_name<problem_code>{problem_code::not_held, "not_held"},
    enum_name<problem_code>{problem_code::not_written, "not_written"},
};

/// How much a problem matters.
enum class severity : std::uint8_t {
    error,  ///< the value or record is wrong: strict reading stops, validation fails
    loss,   ///< something true that a model or format could not hold, counted, never silent
    note,   ///< something a reader did that a user may want to know (a restored zero, a repeated key)
};

template <>
inline constexpr auto enum_names<severity> = std::array{
    enum_name<severity>{severity::error, "error"},
    enum_name<severity>{severity::loss, "loss"},
    enum_name<severity>{severity::note, "note"},
};

/// Text of a problem. By default it owns a copy (a problem outlives the line or
/// buffer it was found in); `problem_text::borrow` keeps a view instead, for
/// text that outlives the problem (string literals, and the validated dataset's
/// own strings: the validator borrows, so that it allocates nothing and runs at
/// compile time). Built on std::vector, not std::string, because clang 14
/// cannot evaluate libstdc++'s std::string in constant expressions.
class problem_text {
public:
    constexpr problem_text() noexcept = default;
    constexpr problem_text(std::string_view text)
        : owned_(text.begin(), text.end()), owns_{true} {}                              // NOLINT: implicit on purpose
    constexpr problem_text(const char* text) : problem_text{std::string_view{text}} {}  // NOLINT
    problem_text(const std::string& text) : problem_text{std::string_view{text}} {}     // NOLINT

    /// A view of `text`, which must outlive the problem.
    [[nodiscard]] static constexpr problem_text borrow(std::string_view text) noexcept {
        problem_text out;
        out.borrowed_ = text;
        return out;
    }

    [[nodiscard]] constexpr std::string_view view() const noexcept {
        return owns_ ? std::string_view{owned_.data(), owned_.size()} : borrowed_;
    }
    constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: implicit on purpose
    [[nodiscard]] std::string str() const { return std::string{view()}; }
    [[nodiscard]] constexpr bool empty() const noexcept { return view().empty(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return view().size(); }

    friend constexpr bool operator==(const problem_text& a, const problem_text& b) noexcept {
        return a.view() == b.view();
    }
    template <class Text>
    requires(!std::is_same_v<Text, problem_text> &&
             std::is_convertible_v<const Text&, std::string_view>) friend constexpr bool
    operator==(const problem_text& a, const Text& b) noexcept {
        return a.view() == std::string_view{b};
    }

private:
    std::vector<char> owned_;
    std::string_view borrowed_;
    bool owns_ = false;
};

/// One problem. Which location fields are set depends on where it was found:
/// `record`, `id` and `field` in a dataset (validation, writing, what a model
/// could not hold); `line`, `column` and `column_name` in a delimited text;
/// `path` (and for invalid JSON `line`, `column`) in JSON.
struct problem {
    problem_code code{};  ///< what kind of problem (stable; switch on it)
    bilateral::severity severity = bilateral::severity::error;
    problem_text record{};       ///< record kind: "statement", "event"
    problem_text id{};           ///< the record's id: "s4"
    problem_text field{};        ///< "speaker", "amount.value", "source[].sector"
    std::uint64_t line = 0;      ///< 1-based line of a text input; 0 if not located by line
    std::size_t column = 0;      ///< 1-based field of a row (a byte for invalid JSON); 0 if none
    problem_text column_name{};  ///< the column's label ("SQLDATE"); empty if not known
    problem_text path{};         ///< a JSON path: "$.events[2].date"
    problem_text value{};        ///< the offending text (at most 80 bytes, a cut marked "…")
    problem_text expected{};     ///< what the place must hold: "a date as YYYYMMDD"
    problem_text message{};      ///< what is wrong, where `expected` alone does not say it
    std::size_t count = 1;       ///< how many times it happened (losses are counted per field)
    friend constexpr bool operator==(const problem&, const problem&) = default;
};

/// The problem as one line, never cut:
/// - in a dataset: "statement `s4`: speaker `tokayv` is not an actor of this dataset" (without the
///   id in backticks for a record that has none);
/// - in a text input: "line 2, column 2 (SQLDATE): `20141331`: expected a date as YYYYMMDD"
///   ("nothing" for an empty field), or the message alone for a problem of the   input as a whole;
/// - in JSON: "$.events[2].date: expected …", "line 3, column 7: invalid JSON:
/// …". A count above one is added: " (3 times)".
[[nodiscard]] std::string describe(const problem& p);

// --------------------------------------------------------------------------------------------- Implementation

namespace detail {

/// Appends `v` in decimal.
template <class Text>
constexpr void append_decimal(Text& out, std::uint64_t v) {
    char digits[20]{};
    std::size_t n = 0;
    do digits[n++] = static_cast<char>('0' + v % 10);
    while ((v /= 10) != 0);
    while (n != 0) out.append(std::string_view{&digits[--n], 1});
}

/// The "what" part of a problem: its message, else "expected …" (after "nothing: " for a missing field value).
template <class Text>
constexpr void describe_what(Text& out, const problem& p) {
    if (!p.message.empty()) {
        out.append(p.message);
        return;
    }
    if (p.expected.empty()) return;
    if (p.value.empty() && p.column != 0) out.append("nothing: ");
    out.append("expected ").append(p.expected);
}

/// `describe` into any text with `append(string_view)`: std::string at run
/// time, a fixed_text (which marks a cut) where a problem must be described at compile time.
template <class Text>
constexpr void describe_into(Text& out, const problem& p) {
    if (!p.record.empty()) {  // in a dataset
        out.append(p.record);
        if (!p.id.empty()) out.append(" `").append(p.id).append("`");
        out.append(": ").append(p.field).append(" ");
        if (!p.value.empty()) out.append("`").append(p.value).append("` ");
        describe_what(out, p);
    } else if (p.line != 0 || !p.path.empty()) {  // in a text input, or in JSON
        if (p.line != 0) {
            out.append("line ");
            append_decimal(out, p.line);
            if (p.column != 0) {
                out.append(", column ");
                append_decimal(out, p.column);
                if (!p.column_name.empty()) out.append(" (").append(p.column_name).append(")");
            }
            if (!p.path.empty()) out.append(" (").append(p.path).append(")");
        } else {
            out.append(p.path);
        }
        out.append(": ");
        if (!p.value.empty()) out.append("`").append(p.value).append("`: ");
        describe_what(out, p);
    } else {  // the input as a whole, or a field of every record
              // ("source[].sector")
        if (!p.field.empty()) out.append(p.field).append(": ");
        if (!p.value.empty()) out.append("`").append(p.value).append("`: ");
        describe_what(out, p);
    }
    if (p.count > 1) {
        out.append(" (");
        append_decimal(out, p.count);
        out.append(" times)");
    }
}

}  // namespace detail

inline std::string describe(const problem& p) {
    std::string out;
    detail::describe_into(out, p);
    return out;
}

}  // namespace bilateral
