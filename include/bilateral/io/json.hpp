// SPDX-License-Identifier: BSL-1.0
/// JSON output for every record type and dataset, driven by reflection (no per-type code).
#pragma once
#include <concepts>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/list_view.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/detail/type_traits.hpp>
#include <bilateral/io/text.hpp>
#include <bilateral/reflect.hpp>

namespace bilateral {

/// How JSON is laid out. The field order is always the declaration order of the records.
struct json_options {
    int indent = 2;  ///< spaces per level; 0 writes everything on one line
};

/// Appends `value` as JSON to `out`. Records become objects (fields in declaration order), lists
/// arrays, enums their names, codes and dates strings (null when not given), money
/// {"currency": "USD", "amount": "14500000000.00"} with an exact decimal string, Goldstein values
/// {"value": -2.0, "table": "gdelt"}. Strings are escaped per RFC 8259; UTF-8 is kept as is.
template <class T>
void write_json(std::string& out, const T& value, json_options options = {});

/// `value` as a JSON document.
template <class T>
[[nodiscard]] std::string to_json(const T& value, json_options options = {}) {
    std::string out;
    write_json(out, value, options);
    return out;
}

/// Appends `text` as a JSON string literal (quotes included).
void write_json_string(std::string& out, std::string_view text);

// ---------------------------------------------------------------------------------------------
// Implementation

inline void write_json_string(std::string& out, std::string_view text) {
    constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\\u00";
                    out += hex[(c >> 4) & 0xF];
                    out += hex[c & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

namespace detail::json {

using detail::is_list;
using detail::is_optional;

class writer {
public:
    writer(std::string& out, json_options options) : out_{out}, options_{options} {}

    template <class T>
    void value(const T& v) {
        if constexpr (std::is_same_v<T, std::string_view>) {
            write_json_string(out_, v);
        } else if constexpr (std::is_same_v<T, bool>) {
            out_ += v ? "true" : "false";
        } else if constexpr (named_enum<T>) {
            write_json_string(out_, to_string(v));
        } else if constexpr (std::integral<T>) {
            out_ += std::to_string(v);
        } else if constexpr (is_optional<T>) {
            if (v) value(*v);
            else out_ += "null";
        } else if constexpr (is_list<T>) {
            list(v);
        } else if constexpr (std::is_same_v<T, any_money>) {
            open('{');
            member("currency", v.unit());
            member("amount", std::string_view{v.decimal().view()});
            close('}');
        } else if constexpr (std::is_same_v<T, goldstein>) {
            open('{');
            key("value");
            out_ += tenths_text(v.tenths);
            member("table", v.table);
            close('}');
        } else if constexpr (text_value<T>) {
            if (is_given(v)) write_json_string(out_, text_of(v));
            else out_ += "null";
        } else if constexpr (reflectable<T>) {
            open('{');
            for_each_field(v, [&](std::string_view name, const auto& field) { member(name, field); });
            close('}');
        } else {
            static_assert(sizeof(T) == 0, "bilateral::write_json: no JSON form for this type");
        }
    }

private:
    template <class List>
    void list(const List& items) {
        if (items.empty()) {
            out_ += "[]";
            return;
        }
        open('[');
        for (const auto& item : items) {
            separator();
            value(item);
        }
        close(']');
    }
    void open(char bracket) {
        out_ += bracket;
        ++depth_;
        first_ = true;
    }
    void close(char bracket) {
        --depth_;
        if (!first_) newline();
        out_ += bracket;
        first_ = false;
    }
    void separator() {
        if (!first_) out_ += ',';
        first_ = false;
        newline();
    }
    void newline() {
        if (options_.indent <= 0) return;
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_ * options_.indent), ' ');
    }
    void key(std::string_view name) {
        separator();
        write_json_string(out_, name);
        out_ += options_.indent > 0 ? ": " : ":";
    }
    template <class T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    std::string& out_;
    json_options options_;
    int depth_ = 0;
    bool first_ = true;
};

}  // namespace detail::json

template <class T>
void write_json(std::string& out, const T& value, json_options options) {
    detail::json::writer{out, options}.value(value);
}

}  // namespace bilateral
