// SPDX-License-Identifier: BSL-1.0
/// A JSON Schema (draft 2020-12) of the library's JSON, generated from the C++ types by reflection.
//
// The schema says what io/json.hpp writes and io/json_reader.hpp accepts: every record is an
// object with all its fields required but its optional ones, and no others
// ("additionalProperties": false); `std::string` is a string, `double` a number, `std::vector` an
// array, an optional member its value or null (or absent); enums are
// their names; dates, countries, currencies, codes and ids are strings with the pattern of their
// type, or null when not given; money is {"currency", "amount"} with an exact decimal string;
// Goldstein values are {"value", "table"}. Each record, enum and value type is a "$defs" entry
// named after its C++ type ("event", "actor_kind", "date", "actor_id"). Checks a pattern cannot
// express (that a date exists, that an amount has no more decimals than its currency) are the
// reader's; references and code tables are `validate()`'s.
//
// The committed schema/bilateral.schema.json is `dataset_json_schema()`; a test fails when the two
// differ and says how to regenerate the file.
#pragma once
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <bilateral/core/country.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/enum_names.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/core/value_traits.hpp>
#include <bilateral/detail/type_name.hpp>
#include <bilateral/detail/type_traits.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/reflect.hpp>

namespace bilateral {

/// The JSON Schema of T as `to_json` writes it, pretty-printed (2 spaces, stable order).
template <reflectable T>
[[nodiscard]] std::string json_schema();

/// The JSON Schema of a whole dataset (`to_json(dataset_view)`): schema/bilateral.schema.json.
[[nodiscard]] std::string dataset_json_schema();

/// The name of a type without the namespace `bilateral::` ("event", "actor_kind"); other
/// namespaces are kept, with "." for "::" ("user.note").
template <class T>
[[nodiscard]] std::string json_schema_type_name() {
    return detail::type_name<T>();
}

// Value types written as one JSON string (dates, codes, ids, users' own) get their "$defs" entry
// from `value_traits<T>` (core/value_traits.hpp): `pattern`, `description` and `schema_name()`.

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::json_schema {

/// An ordered JSON value: what the schema is built of before it is written.
struct node {
    enum class form : std::uint8_t { scalar, array, object };
    form shape = form::scalar;
    std::string scalar;               ///< JSON text of a scalar
    std::vector<std::string> keys;    ///< object member names
    std::vector<node> values;         ///< object member values, or array items

    [[nodiscard]] static node text(std::string_view s) {
        node n;
        write_json_string(n.scalar, s);
        return n;
    }
    [[nodiscard]] static node raw(std::string s) {
        node n;
        n.scalar = std::move(s);
        return n;
    }
    [[nodiscard]] static node object() {
        node n;
        n.shape = form::object;
        return n;
    }
    [[nodiscard]] static node array() {
        node n;
        n.shape = form::array;
        return n;
    }
    node& set(std::string_view key, node value) {
        keys.emplace_back(key);
        values.push_back(std::move(value));
        return *this;
    }
    node& push(node value) {
        values.push_back(std::move(value));
        return *this;
    }
    [[nodiscard]] bool all_scalars() const {
        for (const node& v : values)
            if (v.shape != form::scalar) return false;
        return true;
    }
};

/// Objects one member per line; arrays of scalars on one line ("required", "enum").
inline void write(std::string& out, const node& n, int depth) {
    const auto newline = [&](int d) {
        out += '\n';
        out.append(static_cast<std::size_t>(d) * 2, ' ');
    };
    switch (n.shape) {
        case node::form::scalar: out += n.scalar; return;
        case node::form::array:
            if (n.values.empty()) {
                out += "[]";
            } else if (n.all_scalars()) {
                out += '[';
                for (std::size_t i = 0; i < n.values.size(); ++i) out += (i ? ", " : "") + n.values[i].scalar;
                out += ']';
            } else {
                out += '[';
                for (std::size_t i = 0; i < n.values.size(); ++i) {
                    if (i) out += ',';
                    newline(depth + 1);
                    write(out, n.values[i], depth + 1);
                }
                newline(depth);
                out += ']';
            }
            return;
        case node::form::object:
            if (n.keys.empty()) {
                out += "{}";
                return;
            }
            out += '{';
            for (std::size_t i = 0; i < n.keys.size(); ++i) {
                if (i) out += ',';
                newline(depth + 1);
                write_json_string(out, n.keys[i]);
                out += ": ";
                write(out, n.values[i], depth + 1);
            }
            newline(depth);
            out += '}';
            return;
    }
}

[[nodiscard]] inline node reference(std::string_view name) {
    return node::object().set("$ref", node::text("#/$defs/" + std::string{name}));
}

[[nodiscard]] inline node type_is(std::string_view type) { return node::object().set("type", node::text(type)); }

/// Builds the schema of T, collecting named definitions in first-use order.
class builder {
public:
    template <class T>
    node schema_of() {
        if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, std::string>) {
            return type_is("string");
        } else if constexpr (std::is_same_v<T, double>) {
            return type_is("number");
        } else if constexpr (std::is_same_v<T, bool>) {
            return type_is("boolean");
        } else if constexpr (named_enum<T>) {
            const std::string name = json_schema_type_name<T>();
            if (begin_definition(name)) {
                node values = node::array();
                for (const auto& entry : enum_names<T>) values.push(node::text(entry.name));
                end_definition(name, node::object().set("enum", std::move(values)));
            }
            return reference(name);
        } else if constexpr (std::integral<T>) {
            return type_is("integer")
                .set("minimum", node::raw(std::to_string(std::numeric_limits<T>::min())))
                .set("maximum", node::raw(std::to_string(std::numeric_limits<T>::max())));
        } else if constexpr (is_optional<T>) {
            node any = node::array();
            any.push(type_is("null")).push(schema_of<typename T::value_type>());
            return node::object().set("anyOf", std::move(any));
        } else if constexpr (is_list<T> || is_vector<T>) {
            return type_is("array").set("items", schema_of<typename T::value_type>());
        } else if constexpr (std::is_same_v<T, any_money>) {
            if (begin_definition("money")) {
                node properties = node::object();
                properties.set("currency", schema_of<currency>());
                properties.set("amount", type_is("string")
                                             .set("pattern", node::text("^-?[0-9]+(\\.[0-9]+)?$"))
                                             .set("description", node::text(
                                                  "Exact decimal amount in the currency, with at most as many "
                                                  "decimals as its ISO 4217 minor unit; a whole number when the "
                                                  "currency is null or has no minor unit.")));
                end_definition("money", closed_object("Money: an exact amount and its currency.",
                                                      std::move(properties), {"currency", "amount"}));
            }
            return reference("money");
        } else if constexpr (std::is_same_v<T, goldstein>) {
            if (begin_definition("goldstein")) {
                node properties = node::object();
                properties.set("value", type_is("number")
                                            .set("minimum", node::raw("-10"))
                                            .set("maximum", node::raw("10"))
                                            .set("description", node::text("In tenths: -2.0, 7.5.")));
                properties.set("table", schema_of<goldstein_table>());
                end_definition("goldstein", closed_object("A Goldstein value and the table it comes from.",
                                                          std::move(properties), {"value", "table"}));
            }
            return reference("goldstein");
        } else if constexpr (text_value<T>) {
            const std::string name = value_schema_name<T>();
            if (begin_definition(name)) {
                node types = node::array();
                types.push(node::text("string")).push(node::text("null"));
                end_definition(name, node::object()
                                         .set("description", node::text(value_traits<T>::description))
                                         .set("type", std::move(types))
                                         .set("pattern", node::text(value_traits<T>::pattern)));
            }
            return reference(name);
        } else if constexpr (reflectable<T>) {
            const std::string name = json_schema_type_name<T>();
            if (begin_definition(name)) end_definition(name, record<T>());
            return reference(name);
        } else {
            static_assert(sizeof(T) == 0,
                          "bilateral::json_schema: no JSON form for this type; specialise bilateral::value_traits<T> "
                          "(see <bilateral/core/value_traits.hpp>) or make it reflectable (BILATERAL_REFLECT)");
        }
    }

    template <class T>
    node record() {
        node properties = node::object();
        node required = node::array();
        T sample{};
        for_each_field(sample, [&](std::string_view name, const auto& field) {
            using F = std::remove_cvref_t<decltype(field)>;
            properties.set(name, schema_of<F>());
            // The writer leaves an empty optional out; the reader takes it absent or null.
            if constexpr (!is_optional<F>) required.push(node::text(name));
        });
        return type_is("object")
            .set("properties", std::move(properties))
            .set("required", std::move(required))
            .set("additionalProperties", node::raw("false"));
    }

    [[nodiscard]] node definitions() && {
        node defs = node::object();
        for (std::size_t i = 0; i < names_.size(); ++i) defs.set(names_[i], std::move(defs_[i]));
        return defs;
    }

private:
    static node closed_object(std::string_view description, node properties,
                              std::initializer_list<std::string_view> required_names) {
        node required = node::array();
        for (std::string_view name : required_names) required.push(node::text(name));
        return node::object()
            .set("description", node::text(description))
            .set("type", node::text("object"))
            .set("properties", std::move(properties))
            .set("required", std::move(required))
            .set("additionalProperties", node::raw("false"));
    }

    /// True if `name` is new: its slot is reserved (so recursion and order are stable).
    bool begin_definition(const std::string& name) {
        for (const std::string& n : names_)
            if (n == name) return false;
        names_.push_back(name);
        defs_.emplace_back();
        return true;
    }
    void end_definition(const std::string& name, node definition) {
        for (std::size_t i = 0; i < names_.size(); ++i)
            if (names_[i] == name) defs_[i] = std::move(definition);
    }

    std::vector<std::string> names_;
    std::vector<node> defs_;
};

template <reflectable T>
[[nodiscard]] std::string schema_text(std::string_view title, std::string_view description) {
    builder b;
    node root = node::object();
    root.set("$schema", node::text("https://json-schema.org/draft/2020-12/schema"));
    root.set("title", node::text(title));
    root.set("description", node::text(description));
    node body = b.record<T>();
    for (std::size_t i = 0; i < body.keys.size(); ++i) root.set(body.keys[i], std::move(body.values[i]));
    root.set("$defs", std::move(b).definitions());
    std::string out;
    write(out, root, 0);
    out += '\n';
    return out;
}

}  // namespace detail::json_schema

template <reflectable T>
std::string json_schema() {
    return detail::json_schema::schema_text<T>(
        json_schema_type_name<T>(),
        "The JSON that bilateral::to_json writes for this type and bilateral::read_json_value reads. "
        "Generated from the C++ types by include/bilateral/io/json_schema.hpp.");
}

inline std::string dataset_json_schema() {
    return detail::json_schema::schema_text<dataset_view>(
        "bilateral dataset",
        "A dataset of the bilateral library as bilateral::to_json writes it and bilateral::read_json reads "
        "it: sources, actors, places, events, statements, agreements, indicators and relations. Generated "
        "from the C++ types by include/bilateral/io/json_schema.hpp; do not edit (a test compares the two).");
}

}  // namespace bilateral
