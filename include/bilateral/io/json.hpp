// SPDX-License-Identifier: BSL-1.0
/// JSON output for every record type and dataset, driven by reflection (no per-type code).
#pragma once
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/detail/type_traits.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/text.hpp>
#include <bilateral/reflect.hpp>

namespace bilateral {

/// How JSON is laid out. The field order is always the declaration order of the records.
struct json_options {
    int indent = 2;  ///< spaces per level; 0 writes everything on one line
};

/// Appends `value` as JSON to `out`. Records (the library's and users' reflectable structs) become
/// objects (fields in declaration order; an optional member that is empty is left out), lists
/// (`list_view`, `std::vector`) arrays, enums their names, `std::string_view` and `std::string`
/// strings, `bool` true or false, integers exact decimal numbers, `double` the shortest decimal
/// that reads back as the same double ("0.1", "5.0"; NaN and infinities, which JSON has no number
/// for, are written as null and not read back), money {"currency": "USD", "amount":
/// "14500000000.00"} with an exact decimal string, Goldstein values {"value": -2.0, "table":
/// "gdelt"}, and every `value_traits` type (dates, codes, ids, users' own) its text, or null when
/// not given. Strings are escaped per RFC 8259; valid UTF-8 is kept as is, and each maximal
/// invalid subsequence becomes U+FFFD, so the output is always valid UTF-8.
template <class T>
void write_json(std::string& out, const T& value, json_options options = {});

/// `value` as a JSON document.
template <class T>
[[nodiscard]] std::string to_json(const T& value, json_options options = {});

/// Appends `text` as a JSON string literal (quotes included; invalid UTF-8 replaced by U+FFFD).
void write_json_string(std::string& out, std::string_view text);

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::json {

/// Where the writer puts its text: appended to a string, or only counted (`to_json` measures its
/// output first so that the string is allocated once, at its final size).
class string_sink {
public:
    explicit string_sink(std::string& out) noexcept : out_{out} {}
    void put(char c) { out_ += c; }
    void put(std::string_view s) { out_.append(s); }
    void put(std::size_t count, char c) { out_.append(count, c); }

private:
    std::string& out_;
};

struct counting_sink {
    std::size_t size = 0;
    void put(char) noexcept { ++size; }
    void put(std::string_view s) noexcept { size += s.size(); }
    void put(std::size_t count, char) noexcept { size += count; }
};

/// '"', '\\' and the control characters are escaped; every other byte is written as it is.
[[nodiscard]] constexpr bool needs_escape(unsigned char c) noexcept { return c < 0x20 || c == '"' || c == '\\'; }

/// The length of the run of plain ASCII at the start of `text`: nothing to escape, nothing to
/// check. Eight bytes are tested at a time (most text is such); a word that has something else is
/// looked at byte by byte.
[[nodiscard]] inline std::size_t plain_prefix(std::string_view text) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        // Per byte: below 0x20, or equal to '"' or '\\' (a byte is zero after xor when equal), or
        // 0x80 and above (UTF-8 to check).
        const std::uint64_t quote = w ^ (ones * '"');
        const std::uint64_t backslash = w ^ (ones * '\\');
        const std::uint64_t found = ((((w - ones * 0x20) | (quote - ones) | (backslash - ones)) & ~w) | w) & highs;
        if (found != 0) break;
    }
    while (i < text.size() && !needs_escape(static_cast<unsigned char>(text[i])) && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    return i;
}

/// A byte's escape sequence: the short form where JSON has one ("\\n"), otherwise "\\u00XX".
[[nodiscard]] inline std::string_view escape_sequence(unsigned char c, char (&buffer)[6]) noexcept {
    switch (c) {
        case '"': return "\\\"";
        case '\\': return "\\\\";
        case '\b': return "\\b";
        case '\f': return "\\f";
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default: break;
    }
    constexpr char hex[] = "0123456789abcdef";
    buffer[0] = '\\';
    buffer[1] = 'u';
    buffer[2] = '0';
    buffer[3] = '0';
    buffer[4] = hex[c >> 4];
    buffer[5] = hex[c & 0xF];
    return {buffer, 6};
}

/// `text` as a JSON string literal: plain ASCII runs are put whole, UTF-8 sequences after a check
/// (an invalid one becomes U+FFFD).
template <class Sink>
void string_literal(Sink& out, std::string_view text) {
    out.put('"');
    for (;;) {
        const std::size_t plain = plain_prefix(text);
        out.put(text.substr(0, plain));
        if (plain == text.size()) break;
        text.remove_prefix(plain);
        const auto c = static_cast<unsigned char>(text[0]);
        if (c < 0x80) {
            char buffer[6];
            out.put(escape_sequence(c, buffer));
            text.remove_prefix(1);
            continue;
        }
        const int n = utf8::sequence(text);
        if (n > 0) out.put(text.substr(0, static_cast<std::size_t>(n)));
        else out.put(utf8::replacement);
        text.remove_prefix(static_cast<std::size_t>(n > 0 ? n : -n));
    }
    out.put('"');
}

template <class Sink>
class writer {
public:
    writer(Sink& out, json_options options) noexcept : out_{out}, options_{options} {}

    template <class T>
    void value(const T& v) {
        if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, std::string>) {
            string_literal(out_, v);
        } else if constexpr (std::is_same_v<T, bool>) {
            out_.put(v ? std::string_view{"true"} : std::string_view{"false"});
        } else if constexpr (named_enum<T>) {
            string_literal(out_, to_string(v));
        } else if constexpr (std::integral<T>) {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
            out_.put(std::string_view{digits, static_cast<std::size_t>(end - digits)});
        } else if constexpr (std::is_same_v<T, double>) {
            const std::string text = double_text(v);
            out_.put(text.empty() ? std::string_view{"null"} : std::string_view{text});
        } else if constexpr (is_optional<T>) {
            if (v) value(*v);
            else out_.put(std::string_view{"null"});
        } else if constexpr (is_list<T> || is_vector<T>) {
            list(v);
        } else if constexpr (std::is_same_v<T, any_money>) {
            open('{');
            member("currency", v.unit());
            member("amount", std::string_view{v.decimal().view()});
            close('}');
        } else if constexpr (std::is_same_v<T, goldstein>) {
            open('{');
            key("value");
            out_.put(tenths_text(v.tenths));
            member("table", v.table);
            close('}');
        } else if constexpr (text_value<T>) {
            if (value_traits<T>::given(v)) string_literal(out_, std::string_view{value_traits<T>::text(v)});
            else out_.put(std::string_view{"null"});
        } else if constexpr (reflectable<T>) {
            open('{');
            for_each_field(v, [&](std::string_view name, const auto& field) {
                if constexpr (is_optional<std::remove_cvref_t<decltype(field)>>)
                    if (!field) return;  // an empty optional member is left out
                member(name, field);
            });
            close('}');
        } else {
            static_assert(sizeof(T) == 0,
                          "bilateral::write_json: no JSON form for this type; specialise bilateral::value_traits<T> "
                          "(see <bilateral/core/value_traits.hpp>) or make it reflectable (BILATERAL_REFLECT)");
        }
    }

private:
    template <class List>
    void list(const List& items) {
        if (items.empty()) {
            out_.put(std::string_view{"[]"});
            return;
        }
        open('[');
        for (const auto& item : items) {
            separator();
            value(static_cast<const typename List::value_type&>(item));  // std::vector<bool>'s proxies too
        }
        close(']');
    }
    void open(char bracket) {
        out_.put(bracket);
        ++depth_;
        first_ = true;
    }
    void close(char bracket) {
        --depth_;
        if (!first_) newline();
        out_.put(bracket);
        first_ = false;
    }
    void separator() {
        if (!first_) out_.put(',');
        first_ = false;
        newline();
    }
    void newline() {
        if (options_.indent <= 0) return;
        out_.put('\n');
        out_.put(static_cast<std::size_t>(depth_ * options_.indent), ' ');
    }
    /// Member names are C++ identifiers: nothing in them needs escaping.
    void key(std::string_view name) {
        separator();
        out_.put('"');
        out_.put(name);
        out_.put(options_.indent > 0 ? std::string_view{"\": "} : std::string_view{"\":"});
    }
    template <class T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    Sink& out_;
    json_options options_;
    int depth_ = 0;
    bool first_ = true;
};

}  // namespace detail::json

inline void write_json_string(std::string& out, std::string_view text) {
    detail::json::string_sink sink{out};
    detail::json::string_literal(sink, text);
}

template <class T>
void write_json(std::string& out, const T& value, json_options options) {
    detail::json::string_sink sink{out};
    detail::json::writer{sink, options}.value(value);
}

template <class T>
std::string to_json(const T& value, json_options options) {
    // Measuring first costs a pass over the value but saves growing (and copying) the string
    // several times, which for large datasets costs more.
    detail::json::counting_sink size;
    detail::json::writer{size, options}.value(value);
    std::string out;
    out.reserve(size.size);
    write_json(out, value, options);
    return out;
}

}  // namespace bilateral
