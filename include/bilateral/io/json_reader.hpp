// SPDX-License-Identifier: BSL-1.0
/// Reads the library's JSON (the format io/json.hpp writes) back into records and datasets.
// Parses with simdjson: link the target bilateral::json. Not part of <bilateral/bilateral.hpp>.
//
// The reader is the mirror of the writer, driven by the same reflection: one parser per leaf type
// (strings, enums, integers, optionals, lists, money, Goldstein values, codes, dates, ids) and one
// generic object reader for every `reflectable` record, the library's or a user's. There is no
// per-record code. `to_json(read_json(to_json(d)).data.view())` is byte-identical to `to_json(d)`.
//
// What the reader accepts (the JSON Schema in schema/bilateral.schema.json says the same):
// - Every field of a record is required, except `std::optional` members: the writer leaves an
//   empty one out, and the reader reads one that is absent or null as empty (so files written by
//   other programs may say null). Values that are not given (an unknown date, an empty id) are
//   written as null and read back as "not given". Fields may come in any order; a field given
//   twice is an error.
// - Unknown fields: an error by default (`unknown_fields::error`), so a typo such as "speakr" is
//   not silently dropped; `unknown_fields::ignore` skips them (their values must still be valid
//   JSON). The schema says the same with "additionalProperties": false.
// - Text that is not a value of its vocabulary type is an error at its path: a date that is not
//   YYYY, YYYY-MM or YYYY-MM-DD or does not exist ("2024-02-30"), a country that is not two
//   upper-case letters, a currency that is not three, an amount with more decimals than its
//   currency has, an id that is not well formed, a CAMEO code that is not 2–4 digits with a root
//   01–20, a PLOVER word or sector code that is not well formed, an enum name not in its table, an
//   integer out of its type's range, a Goldstein value outside −10…+10 or finer than tenths.
//   Whether a code is in its table (ISO 3166-1 "XX") and whether references resolve is
//   `validate()`'s job, not the reader's.
// - Every problem is reported with its JSON path and what was expected, up to `max_problems`
//   (more are only counted): "$.statements[3].speaker: expected an id (a string of a-z, 0-9,
//   '.', '_', '-') or null, got 12". Invalid JSON stops the reading with one problem, located by
//   line and column (a raw control character in a string and a byte order mark in mid-file are
//   named as such). A number that is valid JSON but beyond what the parser reads (an integer
//   beyond 64 bits, 1e400) is not invalid JSON: it is a problem at its path, line and column,
//   "number out of range for value", and the rest is read. A UTF-8 byte order mark at the start
//   of the input is skipped.
#pragma once
#include <algorithm>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include <simdjson.h>

#include <bilateral/core/country.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/core/problem.hpp>
#include <bilateral/detail/type_traits.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/reflect.hpp>

namespace bilateral {

/// What the reader does with a field a record does not have.
enum class unknown_fields : std::uint8_t {
    error,   ///< report it (the default: a misspelt field is not silently lost)
    ignore,  ///< skip it
};

template <>
inline constexpr auto enum_names<unknown_fields> = std::array{
    enum_name<unknown_fields>{unknown_fields::error, "error"},
    enum_name<unknown_fields>{unknown_fields::ignore, "ignore"},
};

/// How JSON is read.
struct json_read_options {
    unknown_fields unknown = unknown_fields::error;
    std::size_t max_problems = 100;  ///< problems listed; more are only counted
};

/// A problem of a JSON input is a `problem` (core/problem.hpp) located by its JSON path
/// (`path`: "$" is the document, "$.events[2].date" a member) and, for invalid JSON and numbers
/// out of range, by `line` and `column` (1-based, the column in bytes); `message` says what is
/// wrong ("expected a string, got 12") and `expected`, where there is one, what the place holds.
/// Codes: invalid_syntax (invalid_utf8, too_long), wrong_type, unknown_field, repeated_field,
/// missing_field, out_of_range, and for text not of its type's form malformed_value,
/// invalid_date, malformed_code or malformed_id. `describe(p)` gives
/// "$.events[2].date: expected …" or "line 3, column 7: invalid JSON: …".

/// A dataset read from JSON, with every problem found. When there are problems, `data` holds what
/// could be read (a field with a problem keeps its default); do not take it for the whole input.
struct json_read_result {
    dataset data;
    std::vector<problem> problems;
    std::size_t unlisted_problems = 0;  ///< problems beyond `max_problems`, counted only
    [[nodiscard]] bool ok() const noexcept { return problems.empty(); }
};

/// One value of type T read from JSON; its text and lists live in the dataset passed to the reader.
template <class T>
struct json_value_result {
    T value{};
    std::vector<problem> problems;
    std::size_t unlisted_problems = 0;
    [[nodiscard]] bool ok() const noexcept { return problems.empty(); }
};

/// A JSON reader. It keeps its simdjson parser (and the parser's buffers) between inputs, so
/// reading many documents with one reader allocates once.
class json_reader {
public:
    explicit json_reader(json_read_options options = {}) : options_{options} {}

    /// A whole dataset: an object with the fields of `dataset_view` ("sources", "actors", …).
    [[nodiscard]] json_read_result read(std::string_view json);

    /// One value of any type the writer writes (a record, a list, a date, a user's record…). Text
    /// and lists are stored in `storage`, which must outlive the value.
    template <class T>
    [[nodiscard]] json_value_result<T> read_value(std::string_view json, dataset& storage);

private:
    json_read_options options_;
    simdjson::dom::parser parser_;
};

/// `json_reader{options}.read(json)`. Each call makes a new parser, whose buffers are as large as
/// the input: to read many or large documents, keep one json_reader (bench/bench_json.cpp measures
/// the difference).
[[nodiscard]] json_read_result read_json(std::string_view json, json_read_options options = {});

/// `json_reader{options}.read_value<T>(json, storage)`.
template <class T>
[[nodiscard]] json_value_result<T> read_json_value(std::string_view json, dataset& storage,
                                                  json_read_options options = {});

// Value types written as one JSON string (dates, codes, ids, users' own) are read through
// `value_traits<T>::parse` (core/value_traits.hpp): the one customisation point for such types.

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::json_read {

using simdjson::dom::element;
using simdjson::dom::element_type;

/// A step of a JSON path, kept on the stack while a value is read and turned into text only when
/// a problem is reported.
struct path_frame {
    const path_frame* parent = nullptr;
    std::string_view key{};      ///< a member name, or empty for an array index
    std::size_t index = 0;
    bool is_index = false;

    [[nodiscard]] path_frame member(std::string_view name) const noexcept { return {this, name, 0, false}; }
    [[nodiscard]] path_frame element_at(std::size_t i) const noexcept { return {this, {}, i, true}; }
};

[[nodiscard]] inline bool plain_key(std::string_view key) noexcept {
    if (key.empty()) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

/// "$.events[2].date"; a member whose name is not [A-Za-z0-9_]+ is written ["like this"].
inline void append_path(std::string& out, const path_frame* f) {
    if (f == nullptr) return;
    append_path(out, f->parent);
    if (f->parent == nullptr) {
        out += '$';
        return;
    }
    if (f->is_index) {
        out += '[' + std::to_string(f->index) + ']';
    } else if (plain_key(f->key)) {
        out += '.';
        out += f->key;
    } else {
        out += '[';
        write_json_string(out, f->key);
        out += ']';
    }
}

[[nodiscard]] inline std::string path_text(const path_frame& f) {
    std::string out;
    append_path(out, &f);
    return out;
}

/// At most `limit` bytes of `text`, cut at a UTF-8 character boundary, with "…" if cut.
[[nodiscard]] inline std::string shortened(std::string text, std::size_t limit = 48) {
    if (text.size() <= limit) return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return text + "\u2026";
}

/// The value as it appears in JSON (minified), shortened: `12`, `"Tokayev"`, `{"a":1,…`.
[[nodiscard]] inline std::string shown(element e) { return shortened(simdjson::minify(e)); }

/// The line and column (1-based, in bytes) of `offset` in `text`.
[[nodiscard]] inline std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    return {line, offset - line_start + 1};
}

/// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or npos.
/// Used only to locate an error simdjson has already reported.
[[nodiscard]] inline std::size_t first_invalid_utf8(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        std::size_t n = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b < 0x80) { ++i; continue; }
        if (b >= 0xC2 && b <= 0xDF) n = 1;
        else if (b == 0xE0) { n = 2; lo = 0xA0; }
        else if (b >= 0xE1 && b <= 0xEC) n = 2;
        else if (b == 0xED) { n = 2; hi = 0x9F; }
        else if (b >= 0xEE && b <= 0xEF) n = 2;
        else if (b == 0xF0) { n = 3; lo = 0x90; }
        else if (b >= 0xF1 && b <= 0xF3) n = 3;
        else if (b == 0xF4) { n = 3; hi = 0x8F; }
        else return i;
        if (i + n >= text.size()) return i;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) return i;
        }
        i += n + 1;
    }
    return std::string_view::npos;
}

/// True if `token` is a number by JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
[[nodiscard]] constexpr bool valid_number(std::string_view token) noexcept {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9') ++i;
        return i > start;
    };
    if (i < token.size() && token[i] == '-') ++i;
    if (i < token.size() && token[i] == '0') ++i;
    else if (!digits()) return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == token.size();
}

/// A step of the path to a value found by `scan`: a member name (as written, escapes kept) or an
/// array index.
struct scan_step {
    std::string key;
    std::size_t index = 0;
    bool is_index = false;
};

/// A number that is valid JSON but beyond what simdjson reads (an integer beyond 64 bits, a
/// number beyond ±1.8e308), which it rejects with the whole document.
struct out_of_range_number {
    std::size_t offset = 0, length = 0;  ///< of its text
    std::size_t line = 0, column = 0;    ///< 1-based; the column in bytes
    std::size_t document = 0;            ///< which top-level value it is in (0: the first)
    std::vector<scan_step> steps;        ///< the path to it from its top-level value
    std::string text;                    ///< as written, shortened: "1e400"
};

/// What `scan` finds in JSON text, where simdjson only says that something is wrong (or nothing).
struct scan_findings {
    std::vector<out_of_range_number> numbers;
    std::size_t byte_order_mark = std::string_view::npos;    ///< offset of the first U+FEFF outside strings
};

/// "$" and the steps: "$.events[2].x", a member whose name is not [A-Za-z0-9_]+ as ["like this"].
[[nodiscard]] inline std::string steps_path(const std::vector<scan_step>& steps) {
    std::string out = "$";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].is_index) {
            out += '[' + std::to_string(steps[i].index) + ']';
        } else if (plain_key(steps[i].key)) {
            out += '.' + steps[i].key;
        } else {
            out += "[\"" + steps[i].key + "\"]";
        }
    }
    return out;
}

/// The nearest member name of the path ("value" for "$.events[0].goldstein.value"), or "$".
[[nodiscard]] inline std::string_view steps_field(const std::vector<scan_step>& steps) noexcept {
    for (std::size_t i = steps.size(); i-- > 0;)
        if (!steps[i].is_index) return steps[i].key;
    return "$";
}

/// True if `token`, a JSON number by its grammar, is beyond what simdjson reads.
[[nodiscard]] inline bool number_out_of_range(std::string_view token) {
    std::string_view digits = token;
    const bool negative = digits.starts_with('-');
    if (negative) digits.remove_prefix(1);
    if (digits.find_first_of(".eE") == std::string_view::npos) {
        // An integer: simdjson reads -2^63 … 2^64-1.
        const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
        return digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit);
    }
    double value{};
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc::result_out_of_range) return false;
    // Out of range either way; only a number too large is an error (simdjson reads 1e-400 as 0).
    const std::size_t e = digits.find_first_of("eE");
    const std::string_view mantissa = digits.substr(0, e);
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const std::size_t first = mantissa.find_first_not_of("0.");
    if (first == std::string_view::npos) return false;  // zero
    long long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view x = digits.substr(e + 1);
        const bool minus = x.starts_with('-');
        if (x.starts_with('-') || x.starts_with('+')) x.remove_prefix(1);
        for (char c : x) exponent = std::min<long long>(exponent * 10 + (c - '0'), 1'000'000'000);
        if (minus) exponent = -exponent;
    }
    // The position of the first significant digit relative to the point gives the magnitude.
    const long long magnitude = first < point ? static_cast<long long>(point - first) - 1
                                              : -static_cast<long long>(first - point);
    return exponent + magnitude > 0;
}

/// Scans JSON text (one value, or values one after another) for what simdjson rejects without
/// saying where: numbers out of range and byte order marks.
/// It follows the structure only as far as it needs to: text that is not JSON gives no findings
/// past the point where it stops being JSON.
[[nodiscard]] inline scan_findings scan(std::string_view text) {
    scan_findings found;
    struct frame {
        bool is_array = false;
        bool expect_key = false;
        std::size_t index = 0;
        std::string key;
    };
    std::vector<frame> stack;
    std::size_t document = 0, line = 1, line_start = 0;
    const auto steps = [&] {
        std::vector<scan_step> out;
        out.reserve(stack.size());
        for (const frame& f : stack) out.push_back(f.is_array ? scan_step{{}, f.index, true} : scan_step{f.key, 0, false});
        return out;
    };
    const auto value_done = [&] {
        if (stack.empty()) ++document;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            line_start = ++i;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == ':') {
            ++i;
        } else if (c == '"') {
            const std::size_t start = ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\n') {
                    ++line;
                    line_start = i + 1;
                }
                i += text[i] == '\\' ? 2 : 1;
            }
            const std::string_view content = text.substr(start, std::min(i, text.size()) - start);
            ++i;
            if (!stack.empty() && stack.back().expect_key) {
                stack.back().key = std::string{content};
                stack.back().expect_key = false;
            } else {
                value_done();
            }
        } else if (c == '{' || c == '[') {
            stack.push_back({c == '[', c == '{', 0, {}});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.empty()) stack.pop_back();
            value_done();
            ++i;
        } else if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().is_array) ++stack.back().index;
                else stack.back().expect_key = true;
            }
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const std::size_t start = i;
            while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '-' || text[i] == '+' ||
                                       text[i] == '.' || text[i] == 'e' || text[i] == 'E'))
                ++i;
            const std::string_view token = text.substr(start, i - start);
            if (valid_number(token) && number_out_of_range(token))
                found.numbers.push_back(
                    {start, token.size(), line, start - line_start + 1, document, steps(), shortened(std::string{token})});
            value_done();
        } else if (text.substr(i).starts_with("\xEF\xBB\xBF")) {
            if (found.byte_order_mark == std::string_view::npos) found.byte_order_mark = i;
            i += 3;
        } else {
            // true, false, null, or text that is not JSON
            const std::size_t start = i;
            while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
            if (i == start) ++i;
            else value_done();
        }
    }
    return found;
}

/// A copy of `text` with each number of `numbers` replaced by null and blanks, so that simdjson
/// reads the rest and every offset, line and column stays where it was.
[[nodiscard]] inline std::string without_numbers(std::string_view text, const std::vector<out_of_range_number>& numbers) {
    std::string out{text};
    for (const out_of_range_number& n : numbers) {
        out.replace(n.offset, n.length, std::string(n.length, ' '));
        out.replace(n.offset, 4, "null");  // an out-of-range number has at least 5 characters
    }
    return out;
}

/// Walks a value completely with simdjson's On-Demand API, which (unlike the DOM parser) knows
/// where it is when it meets an error. Returns the first error.
inline simdjson::error_code walk(simdjson::ondemand::value v, std::size_t depth) {
    using namespace simdjson;
    if (depth > 1024) return DEPTH_ERROR;
    ondemand::json_type type{};
    if (auto error = v.type().get(type)) return error;
    switch (type) {
        case ondemand::json_type::array: {
            ondemand::array items;
            if (auto error = v.get_array().get(items)) return error;
            for (auto item : items) {
                ondemand::value child;
                if (auto error = item.get(child)) return error;
                if (auto error = walk(child, depth + 1)) return error;
            }
            return SUCCESS;
        }
        case ondemand::json_type::object: {
            ondemand::object fields;
            if (auto error = v.get_object().get(fields)) return error;
            for (auto field : fields) {
                std::string_view key;
                if (auto error = field.unescaped_key().get(key)) return error;
                ondemand::value child;
                if (auto error = field.value().get(child)) return error;
                if (auto error = walk(child, depth + 1)) return error;
            }
            return SUCCESS;
        }
        case ondemand::json_type::number: {
            double d{};
            return v.get_double().get(d);
        }
        case ondemand::json_type::string: {
            std::string_view s;
            return v.get_string().get(s);
        }
        case ondemand::json_type::boolean: {
            bool b{};
            return v.get_bool().get(b);
        }
        case ondemand::json_type::null: {
            bool is_null{};
            if (auto error = v.is_null().get(is_null)) return error;
            return is_null ? SUCCESS : INCORRECT_TYPE;
        }
    }
    return SUCCESS;
}

/// The byte offset where `text` stops being valid JSON, if On-Demand can tell.
[[nodiscard]] inline std::optional<std::size_t> error_offset(std::string_view text) {
    using namespace simdjson;
    const std::size_t bad_utf8 = first_invalid_utf8(text);
    if (bad_utf8 != std::string_view::npos) return bad_utf8;
    const padded_string padded{text};
    ondemand::parser parser;
    ondemand::document doc;
    error_code error = parser.iterate(padded).get(doc);
    if (error == UNCLOSED_STRING) return text.size();  // the string runs to the end
    if (error) return std::nullopt;
    ondemand::json_type type{};
    error = doc.type().get(type);
    if (!error) {
        if (type == ondemand::json_type::array || type == ondemand::json_type::object) {
            ondemand::value root;
            error = doc.get_value().get(root);
            if (!error) error = walk(root, 0);
        } else {
            std::string_view token;
            error = doc.raw_json_token().get(token);
        }
    }
    const char* at = nullptr;
    if (doc.current_location().get(at)) return error ? std::optional<std::size_t>{text.size()} : std::nullopt;
    return static_cast<std::size_t>(at - padded.data());
}

/// The offset of the first control character (U+0000 to U+001F, a line break too) inside a
/// string, as simdjson finds strings: by counting the quotes that no backslash escapes, wherever the
/// backslash is and whatever the structure around them; failing that, the first one anywhere that
/// is not a blank. `text.size()` if there is none.
[[nodiscard]] inline std::size_t control_in_string(std::string_view text) noexcept {
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {  // simdjson takes a backslash as an escape even outside strings
            if (in_string && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0x20) return i + 1;
            ++i;
        } else if (c == '"') {
            in_string = !in_string;
        } else if (in_string && static_cast<unsigned char>(c) < 0x20) {
            return i;
        }
    }
    // Not found so: the first control character that is not a blank, wherever it is.
    for (std::size_t i = 0; i < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) < 0x20 && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') return i;
    return text.size();
}

/// A located problem for JSON that simdjson rejects.
[[nodiscard]] inline problem syntax_problem(std::string_view text, simdjson::error_code error) {
    problem p{.code = problem_code::invalid_syntax};
    p.message = std::string{"invalid JSON: "} + simdjson::error_message(error);
    if (error == simdjson::UTF8_ERROR) p.code = problem_code::invalid_utf8;
    if (error == simdjson::CAPACITY) p.code = problem_code::too_long;     // larger than the parser takes
    if (error == simdjson::MEMALLOC) p.code = problem_code::read_failed;  // no memory to read it with
    if (error == simdjson::CAPACITY || error == simdjson::MEMALLOC) return p;
    if (error == simdjson::EMPTY) {
        p.message = "invalid JSON: the input is empty";
        return p;
    }
    std::optional<std::size_t> offset = error_offset(text);
    if (error == simdjson::UNESCAPED_CHARS || error == simdjson::TAPE_ERROR || error == simdjson::STRING_ERROR ||
        !offset) {
        // What On-Demand does not locate: a raw control character in a string, a byte order mark
        // in mid-file (the one at the start is skipped before parsing).
        const scan_findings found = scan(text);
        const std::size_t control = error == simdjson::UNESCAPED_CHARS ? control_in_string(text) : text.size();
        if (control < text.size()) {
            offset = control;
            const auto code = static_cast<unsigned char>(text[*offset]);
            constexpr char hex[] = "0123456789ABCDEF";
            const std::string u = std::string{"00"} + hex[code >> 4] + hex[code & 0xF];
            p.message = "invalid JSON: a control character (U+" + u + ") in a string; write it as \\u" + u;
        } else if (found.byte_order_mark != std::string_view::npos && (!offset || *offset >= found.byte_order_mark)) {
            offset = found.byte_order_mark;
            p.message = "invalid JSON: a byte order mark (U+FEFF) in mid-file; only the first bytes of the input may be one";
        }
    }
    if (offset) {
        const auto [line, column] = line_and_column(text, *offset);
        p.line = line;
        p.column = column;
    }
    return p;
}

/// The UTF-8 byte order mark.
inline constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

/// A JSON document parsed with simdjson, with what it needs from the text: a byte order mark at
/// the start is skipped, and numbers beyond simdjson's range are read as null and listed, so that
/// the caller reports each at its path instead of the whole document being invalid.
struct parsed_document {
    element root;
    std::vector<out_of_range_number> numbers;
    std::optional<problem> invalid;       ///< set if the text is not JSON
    std::size_t skipped = 0;              ///< bytes of a byte order mark skipped at the start
    std::string patched;                  ///< the text with the numbers replaced, if there were any
};

[[nodiscard]] inline parsed_document parse_document(simdjson::dom::parser& parser, std::string_view text) {
    parsed_document d;
    if (text.starts_with(byte_order_mark)) {
        text.remove_prefix(byte_order_mark.size());
        d.skipped = byte_order_mark.size();
    }
    auto error = parser.parse(text.data(), text.size()).get(d.root);
    if (error == simdjson::NUMBER_ERROR) {
        d.numbers = scan(text).numbers;
        if (!d.numbers.empty()) {
            d.patched = without_numbers(text, d.numbers);
            text = d.patched;
            error = parser.parse(text.data(), text.size()).get(d.root);
        }
    }
    if (error) {
        d.invalid = syntax_problem(text, error);
        if (d.invalid->line == 1) d.invalid->column += d.skipped;
    }
    for (out_of_range_number& n : d.numbers)
        if (n.line == 1) n.column += d.skipped;
    return d;
}

/// The problem of a number out of range: "number out of range for value", at its path, line and column.
[[nodiscard]] inline problem number_problem(const out_of_range_number& n) {
    return {.code = problem_code::out_of_range,
            .line = n.line,
            .column = n.column,
            .path = steps_path(n.steps),
            .message = "number out of range for " + std::string{steps_field(n.steps)}};
}

/// What a Goldstein value is read as: the JSON number (−10 … +10, the Goldstein scale), in exact tenths.
struct tenths {
    std::int16_t value = 0;
};

/// The records of one kind of a dataset, added to the dataset as they are read.
template <class Record>
struct added_records {};

/// "one of \"state\", \"person\", …".
template <named_enum E>
[[nodiscard]] std::string enum_expectation() {
    std::string out = "one of ";
    bool first = true;
    for (const auto& entry : enum_names<E>) {
        if (!first) out += ", ";
        first = false;
        write_json_string(out, entry.name);
    }
    return out;
}

/// Parses an optionally negative decimal integer ("-120"), without overflow.
[[nodiscard]] inline std::optional<std::int64_t> parse_integer_text(std::string_view text) noexcept {
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty()) return std::nullopt;
    std::int64_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        // With its sign: INT64_MIN, which the writer writes, has no positive counterpart to negate.
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, negative ? '0' - c : c - '0', &v))
            return std::nullopt;
    }
    return v;
}

template <class T>
inline constexpr bool is_id = false;
template <class Tag>
inline constexpr bool is_id<basic_id<Tag>> = true;

/// The code of a string that `value_traits<T>::parse` does not take: invalid_date for a date,
/// malformed_id for an id, malformed_code for a code, malformed_value for any other type.
template <class T>
[[nodiscard]] constexpr problem_code unparsed() noexcept {
    if constexpr (std::is_same_v<T, date>) return problem_code::invalid_date;
    else if constexpr (is_id<T>) return problem_code::malformed_id;
    else if constexpr (std::is_same_v<T, country> || std::is_same_v<T, currency> || std::is_same_v<T, cameo_code> ||
                       std::is_same_v<T, plover_word> || std::is_same_v<T, sector_code>)
        return problem_code::malformed_code;
    else return problem_code::malformed_value;
}

class reader {
public:
    reader(dataset& storage, const json_read_options& options) : storage_{storage}, options_{options} {}

    [[nodiscard]] std::vector<problem> take_problems() { return std::move(problems_); }
    [[nodiscard]] std::size_t unlisted() const noexcept { return unlisted_; }

    /// Reports a problem at `at`: "`message`", with what the place holds if `expected` is given.
    void report(const path_frame& at, problem_code code, std::string message, std::string_view expected = {}) {
        // A value already reported (a number out of range, read as null) is not reported again.
        if (!reported_.empty() && std::find(reported_.begin(), reported_.end(), path_text(at)) != reported_.end()) return;
        if (problems_.size() >= options_.max_problems) {
            ++unlisted_;
            return;
        }
        problems_.push_back({.code = code, .path = path_text(at), .expected = expected, .message = std::move(message)});
    }

    /// Reports the numbers simdjson could not read, each at its path, line and column.
    void numbers_out_of_range(const std::vector<out_of_range_number>& numbers) {
        for (const out_of_range_number& n : numbers) {
            problem p = number_problem(n);
            reported_.push_back(p.path.str());
            if (problems_.size() >= options_.max_problems) ++unlisted_;
            else problems_.push_back(std::move(p));
        }
    }

    /// "expected `expected`, got `e`": by default a value of the wrong JSON type; `code` says
    /// otherwise (a string not of its type's form, a number out of its type's range).
    void mismatch(const path_frame& at, std::string_view expected, element e,
                  problem_code code = problem_code::wrong_type) {
        if (problems_.size() >= options_.max_problems) {
            ++unlisted_;
            return;
        }
        report(at, code, "expected " + std::string{expected} + ", got " + shown(e), expected);
    }

    /// Reads `e` into `out`; on a problem, reports it and leaves `out` as it was.
    template <class T>
    void value(element e, T& out, const path_frame& at) {
        if constexpr (std::is_same_v<T, std::string_view>) {
            std::string_view s;
            if (e.get_string().get(s)) return mismatch(at, "a string", e);
            out = storage_.text(s);
        } else if constexpr (std::is_same_v<T, std::string>) {
            std::string_view s;
            if (e.get_string().get(s)) return mismatch(at, "a string", e);
            out.assign(s);
        } else if constexpr (std::is_same_v<T, double>) {
            // simdjson reads the shortest form the writer writes back to the same double.
            double d{};
            if (e.get_double().get(d)) return mismatch(at, "a number", e);
            out = d;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (e.get_bool().get(out)) return mismatch(at, "true or false", e);
        } else if constexpr (named_enum<T>) {
            std::string_view s;
            if (e.get_string().get(s)) return mismatch(at, enum_expectation<T>(), e);
            const auto v = enum_from_string<T>(s);
            if (!v) return mismatch(at, enum_expectation<T>(), e, problem_code::malformed_value);
            out = *v;
        } else if constexpr (std::integral<T>) {
            integer(e, out, at);
        } else if constexpr (is_optional<T>) {
            if (e.is_null()) {
                out.reset();
                return;
            }
            typename T::value_type inner{};
            if (out) inner = *out;
            const std::size_t before = problems_.size() + unlisted_;
            value(e, inner, at);
            if (problems_.size() + unlisted_ == before) out = inner;
        } else if constexpr (is_list<T> || is_vector<T>) {
            list(e, out, at);
        } else if constexpr (std::is_same_v<T, any_money>) {
            money(e, out, at);
        } else if constexpr (std::is_same_v<T, goldstein>) {
            // {"value": -2.0, "table": "gdelt"}
            tenths value{out.tenths};
            goldstein_table table = out.table;
            const std::size_t before = problems_.size() + unlisted_;
            object(e, at, [&](auto&& visit) {
                visit(std::string_view{"value"}, value);
                visit(std::string_view{"table"}, table);
            });
            if (problems_.size() + unlisted_ == before) out = goldstein{.tenths = value.value, .table = table};
        } else if constexpr (std::is_same_v<T, tenths>) {
            tenths_number(e, out, at);
        } else if constexpr (text_value<T>) {
            if (e.is_null()) {
                out = T{};
                return;
            }
            const std::string_view expected = value_traits<T>::expected;
            std::string_view s;
            if (e.get_string().get(s)) return mismatch(at, expected, e);
            std::optional<T> v = value_traits<T>::parse(s, storage_);
            if (!v) return mismatch(at, expected, e, unparsed<T>());
            out = std::move(*v);
        } else if constexpr (reflectable<T>) {
            static_assert(field_count<T> <= 64, "bilateral::json_reader: a record of more than 64 fields "
                                                "(object() marks the fields it has seen in 64 bits)");
            object(e, at, [&](auto&& visit) { for_each_field(out, visit); });
        } else {
            static_assert(sizeof(T) == 0,
                          "bilateral::json_reader: no JSON form for this type; specialise bilateral::value_traits<T> "
                          "(see <bilateral/core/value_traits.hpp>) or make it reflectable (BILATERAL_REFLECT)");
        }
    }

    /// Reads an array of records of one kind, adding each to the dataset.
    template <class Record>
    void value(element e, added_records<Record>&, const path_frame& at) {
        simdjson::dom::array items;
        if (e.get_array().get(items)) return mismatch(at, "an array", e);
        std::size_t i = 0;
        for (element item : items) {
            Record r{};
            value(item, r, at.element_at(i++));
            storage_.add(r);
        }
    }

    /// Reads an object whose members are visited by `members(visit)`, which calls
    /// `visit(name, target)` for each member in declaration order. Members may come in any order;
    /// unknown, repeated and missing ones are reported.
    template <class Members>
    void object(element e, const path_frame& at, Members&& members) {
        simdjson::dom::object fields;
        if (e.get_object().get(fields)) return mismatch(at, "an object", e);
        std::uint64_t seen = 0;
        std::size_t count = 0;
        auto it = fields.begin();
        const auto end = fields.end();
        // Fast path: the members in declaration order, as the writer writes them.
        bool in_order = true;
        members([&](std::string_view name, auto& target) {
            if (in_order && it != end && it.key() == name) {
                value(it.value(), target, at.member(name));
                seen |= std::uint64_t{1} << count;
                ++it;
            } else {
                in_order = false;
            }
            ++count;
        });
        // Anything else: look each remaining member up by name.
        for (; it != end; ++it) {
            const std::string_view key = it.key();
            std::size_t found = count;
            std::size_t i = 0;
            members([&](std::string_view name, auto&) {
                if (found == count && name == key) found = i;
                ++i;
            });
            if (found == count) {
                if (options_.unknown == unknown_fields::error)
                    report(at.member(key), problem_code::unknown_field, "unknown field (the record has no field of this name)");
                continue;
            }
            if (seen & (std::uint64_t{1} << found)) {
                report(at.member(key), problem_code::repeated_field, "field given more than once");
                continue;
            }
            seen |= std::uint64_t{1} << found;
            i = 0;
            members([&](std::string_view name, auto& target) {
                if (i++ == found) value(it.value(), target, at.member(name));
            });
        }
        std::string missing;
        std::size_t missing_count = 0, i = 0;
        members([&](std::string_view name, auto& target) {
            // An optional member may be left out: the writer leaves out an empty one.
            if (!(seen & (std::uint64_t{1} << i)) && !is_optional<std::remove_cvref_t<decltype(target)>>) {
                missing += missing.empty() ? "" : ", ";
                write_json_string(missing, name);
                ++missing_count;
            }
            ++i;
        });
        if (missing_count != 0)
            report(at, problem_code::missing_field, (missing_count == 1 ? "missing field " : "missing fields ") + missing);
    }

private:
    template <class T>
    void integer(element e, T& out, const path_frame& at) {
        const auto expected = [] {
            return "an integer from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
                   std::to_string(std::numeric_limits<T>::max());
        };
        std::int64_t signed_value{};
        std::uint64_t unsigned_value{};
        if (e.type() == element_type::INT64 && !e.get_int64().get(signed_value)) {
            if (!std::in_range<T>(signed_value)) return mismatch(at, expected(), e, problem_code::out_of_range);
            out = static_cast<T>(signed_value);
        } else if (e.type() == element_type::UINT64 && !e.get_uint64().get(unsigned_value)) {
            if (!std::in_range<T>(unsigned_value)) return mismatch(at, expected(), e, problem_code::out_of_range);
            out = static_cast<T>(unsigned_value);
        } else {
            mismatch(at, expected(), e);
        }
    }

    void tenths_number(element e, tenths& out, const path_frame& at) {
        constexpr std::string_view expected = "a number from -10 to 10 with at most one decimal";
        double d{};
        if (e.get_double().get(d)) return mismatch(at, expected, e);
        const double scaled = d * 10.0;
        if (!(scaled >= -100.000001 && scaled <= 100.000001)) return mismatch(at, expected, e, problem_code::out_of_range);
        const double rounded = std::round(scaled);
        if (std::fabs(scaled - rounded) > 1e-6) return mismatch(at, expected, e, problem_code::malformed_value);
        out.value = static_cast<std::int16_t>(rounded);
    }

    template <class T>
    void list(element e, std::vector<T>& out, const path_frame& at) {
        simdjson::dom::array items;
        if (e.get_array().get(items)) return mismatch(at, "an array", e);
        out.clear();
        out.reserve(items.size());
        std::size_t i = 0;
        for (element item : items) {
            T v{};
            value(item, v, at.element_at(i++));
            out.push_back(std::move(v));
        }
    }

    template <class T>
    void list(element e, list_view<T>& out, const path_frame& at) {
        simdjson::dom::array items;
        if (e.get_array().get(items)) return mismatch(at, "an array", e);
        std::vector<T> values;
        values.reserve(items.size());
        std::size_t i = 0;
        for (element item : items) {
            T v{};
            value(item, v, at.element_at(i++));
            values.push_back(v);
        }
        out = storage_.list(values);
    }

    // {"currency": "USD", "amount": "14500000000.00"}
    void money(element e, any_money& out, const path_frame& at) {
        currency c = out.unit();
        std::string_view amount_text;
        const std::size_t before = problems_.size() + unlisted_;
        object(e, at, [&](auto&& visit) {
            visit(std::string_view{"currency"}, c);
            visit(std::string_view{"amount"}, amount_text);
        });
        if (problems_.size() + unlisted_ != before) return;
        if (c.ok()) {
            const auto parsed = any_money::parse(c, amount_text);
            if (!parsed) {
                std::string expected = "an exact decimal amount in " + std::string{c.code()} + " (at most " +
                                       std::to_string(c.minor_digits()) + " decimals, no exponent)";
                std::string got;
                write_json_string(got, amount_text);
                return report(at.member("amount"), problem_code::malformed_value,
                              "expected " + expected + ", got " + shortened(got), expected);
            }
            out = *parsed;
            return;
        }
        // No currency, or one without a minor unit in ISO 4217: the writer writes whole units.
        const auto whole = parse_integer_text(amount_text);
        if (!whole) {
            std::string got;
            write_json_string(got, amount_text);
            const std::string expected = std::string{"a whole amount (the currency "} +
                                         (c.code().empty() ? "is not given" : "has no minor unit in ISO 4217") + ")";
            return report(at.member("amount"), problem_code::malformed_value,
                          "expected " + expected + ", got " + shortened(got), expected);
        }
        out = any_money{c, *whole};
    }

    dataset& storage_;
    json_read_options options_;
    std::vector<problem> problems_;
    std::vector<std::string> reported_;  // paths of the numbers out of range
    std::size_t unlisted_ = 0;
};

}  // namespace detail::json_read

inline json_read_result json_reader::read(std::string_view json) {
    json_read_result result;
    const detail::json_read::parsed_document doc = detail::json_read::parse_document(parser_, json);
    if (doc.invalid) {
        result.problems.push_back(*doc.invalid);
        return result;
    }
    detail::json_read::reader r{result.data, options_};
    r.numbers_out_of_range(doc.numbers);
    const detail::json_read::path_frame at{};
    r.object(doc.root, at, [&](auto&& visit) {
        dataset_view shape{};
        for_each_field(shape, [&](std::string_view name, const auto& list) {
            using record = typename std::remove_cvref_t<decltype(list)>::value_type;
            detail::json_read::added_records<record> target;
            visit(name, target);
        });
    });
    result.problems = r.take_problems();
    result.unlisted_problems = r.unlisted();
    return result;
}

template <class T>
json_value_result<T> json_reader::read_value(std::string_view json, dataset& storage) {
    json_value_result<T> result;
    const detail::json_read::parsed_document doc = detail::json_read::parse_document(parser_, json);
    if (doc.invalid) {
        result.problems.push_back(*doc.invalid);
        return result;
    }
    detail::json_read::reader r{storage, options_};
    r.numbers_out_of_range(doc.numbers);
    r.value(doc.root, result.value, detail::json_read::path_frame{});
    result.problems = r.take_problems();
    result.unlisted_problems = r.unlisted();
    return result;
}

inline json_read_result read_json(std::string_view json, json_read_options options) {
    return json_reader{options}.read(json);
}

template <class T>
json_value_result<T> read_json_value(std::string_view json, dataset& storage, json_read_options options) {
    return json_reader{options}.read_value<T>(json, storage);
}

}  // namespace bilateral
