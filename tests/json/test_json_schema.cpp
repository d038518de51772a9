// SPDX-License-Identifier: BSL-1.0
// Tests of io/json_schema.hpp: the JSON Schema generated from the C++ types, and the committed
// schema/bilateral.schema.json, which must be exactly what the types generate.
#include <bilateral/io/json_schema.hpp>

#include <bilateral/core/enum_names.hpp>
#include <bilateral/io/json_reader.hpp>

#include <doctest/doctest.h>

#include "user_record.hpp"

#include "../test_files.hpp"

#include <boost/hana/adapt_struct.hpp>

#include <simdjson.h>

#include <cstdint>
#include <fstream>
#include <limits>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace user {
struct note {
    std::string_view text;
    std::optional<int> rank;
    bilateral::list_view<bilateral::date> days;
};
}  // namespace user
BOOST_HANA_ADAPT_STRUCT(user::note, text, rank, days);

using namespace bilateral;

static_assert(std::is_same_v<decltype(dataset_json_schema()), std::string>);
static_assert(std::is_same_v<decltype(json_schema<user::note>()), std::string>);
// Value types written as one string get their schema from value_traits, the reader's customisation point too.
static_assert(value_traits<date>::pattern.starts_with("^") && text_value<event_id>);

namespace {

std::string file_text(const char* path) { return bilateral_test::file_bytes(path); }

simdjson::dom::element parsed(simdjson::dom::parser& parser, const std::string& text) {
    simdjson::dom::element root;
    REQUIRE(parser.parse(text).get(root) == simdjson::SUCCESS);
    return root;
}

std::vector<std::string_view> strings_of(simdjson::dom::element array) {
    std::vector<std::string_view> out;
    for (simdjson::dom::element e : array.get_array()) out.push_back(e.get_string().value());
    return out;
}

}  // namespace

TEST_CASE("json schema: schema/bilateral.schema.json is exactly the schema the C++ types generate") {
    const std::string generated = dataset_json_schema();
    const std::string committed = file_text(BILATERAL_SCHEMA_FILE);
    if (committed != generated) {
        std::ofstream{BILATERAL_SCHEMA_GENERATED, std::ios::binary} << generated;
        FAIL("schema/bilateral.schema.json differs from the schema the C++ types generate. If the types changed on "
             "purpose, regenerate the file with\n  cp " BILATERAL_SCHEMA_GENERATED " " BILATERAL_SCHEMA_FILE);
    }
}

TEST_CASE("json schema: the schema is draft 2020-12, for an object with the dataset's eight lists") {
    simdjson::dom::parser parser;
    const std::string text = dataset_json_schema();
    const simdjson::dom::element schema = parsed(parser, text);
    CHECK(schema["$schema"].get_string().value() == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["type"].get_string().value() == "object");
    constexpr auto lists = field_names<dataset_view>();
    CHECK(strings_of(schema["required"]) == std::vector<std::string_view>(lists.begin(), lists.end()));
    CHECK(schema["additionalProperties"].get_bool().value() == false);
    CHECK(schema["properties"]["events"]["items"]["$ref"].get_string().value() == "#/$defs/event");
}

TEST_CASE("json schema: every record is a closed object with its fields in declaration order, all required but the optional ones") {
    simdjson::dom::parser parser;
    const std::string text = dataset_json_schema();
    const simdjson::dom::element defs = parsed(parser, text)["$defs"];
    const auto check_record = [&]<class Record>(std::type_identity<Record>, std::string_view name) {
        CAPTURE(name);
        const simdjson::dom::element def = defs[name];
        const auto names = field_names<Record>();
        std::vector<std::string_view> required;
        for_each_field(Record{}, [&](std::string_view field, const auto& value) {
            if (!detail::is_optional<std::remove_cvref_t<decltype(value)>>) required.push_back(field);
        });
        CHECK(strings_of(def["required"]) == required);
        CHECK(def["additionalProperties"].get_bool().value() == false);
        std::vector<std::string_view> properties;
        for (const auto field : def["properties"].get_object()) properties.push_back(field.key);
        CHECK(properties == std::vector<std::string_view>(names.begin(), names.end()));
    };
    check_record(std::type_identity<source>{}, "source");
    check_record(std::type_identity<actor>{}, "actor");
    check_record(std::type_identity<place>{}, "place");
    check_record(std::type_identity<event>{}, "event");
    check_record(std::type_identity<statement>{}, "statement");
    check_record(std::type_identity<agreement>{}, "agreement");
    check_record(std::type_identity<indicator>{}, "indicator");
    check_record(std::type_identity<relation>{}, "relation");
    check_record(std::type_identity<evidence>{}, "evidence");
    check_record(std::type_identity<reported_amount>{}, "reported_amount");
    check_record(std::type_identity<period>{}, "period");
}

TEST_CASE("json schema: enums are their names from enum_names; leaves have their JSON types") {
    simdjson::dom::parser parser;
    const std::string text = dataset_json_schema();
    const simdjson::dom::element defs = parsed(parser, text)["$defs"];
    const auto check_enum = [&]<named_enum E>(std::type_identity<E>, std::string_view name) {
        CAPTURE(name);
        std::vector<std::string_view> names;
        for (const auto& entry : enum_names<E>) names.push_back(entry.name);
        CHECK(strings_of(defs[name]["enum"]) == names);
    };
    check_enum(std::type_identity<actor_kind>{}, "actor_kind");
    check_enum(std::type_identity<plover_event>{}, "plover_event");
    check_enum(std::type_identity<goldstein_table>{}, "goldstein_table");
    check_enum(std::type_identity<amount_qualifier>{}, "amount_qualifier");
    const simdjson::dom::element event = defs["event"]["properties"];
    CHECK(event["description"]["type"].get_string().value() == "string");
    CHECK(event["participants"]["type"].get_string().value() == "array");
    CHECK(event["participants"]["items"]["$ref"].get_string().value() == "#/$defs/actor_id");
    CHECK(event["goldstein"]["$ref"].get_string().value() == "#/$defs/goldstein");
    CHECK(defs["evidence"]["properties"]["paragraph"]["maximum"].get_int64().value() == 65535);
    CHECK(strings_of(defs["date"]["type"]) == std::vector<std::string_view>{"string", "null"});
    const simdjson::dom::element count = defs["agreement"]["properties"]["count"]["anyOf"];
    CHECK(count.at(0)["type"].get_string().value() == "null");
    CHECK(count.at(1)["type"].get_string().value() == "integer");
    CHECK(strings_of(defs["money"]["required"]) == std::vector<std::string_view>{"currency", "amount"});
}

TEST_CASE("json schema: a user's own record gets a schema without any code of theirs") {
    simdjson::dom::parser parser;
    const std::string text = json_schema<user::note>();
    const simdjson::dom::element schema = parsed(parser, text);
    CHECK(schema["title"].get_string().value() == "user.note");
    CHECK(strings_of(schema["required"]) == std::vector<std::string_view>{"text", "days"});  // rank is optional
    CHECK(schema["properties"]["days"]["items"]["$ref"].get_string().value() == "#/$defs/date");
    CHECK(json_schema_type_name<user::note>() == "user.note");
    CHECK(json_schema_type_name<event>() == "event");
    CHECK(json_schema_type_name<actor_kind>() == "actor_kind");
}

TEST_CASE("json schema: text the reader accepts matches the schema's pattern for its type") {
    dataset storage;
    // exact: the reader accepts what the pattern matches and nothing else; otherwise the reader is
    // stricter (a date must also exist).
    const auto agree = [&]<class T>(std::type_identity<T>, bool exact, std::vector<std::string_view> samples) {
        const std::string name = value_schema_name<T>();
        CAPTURE(name);
        const std::regex pattern{std::string{value_traits<T>::pattern}, std::regex::ECMAScript};
        for (std::string_view s : samples) {
            CAPTURE(s);
            const bool read = value_traits<T>::parse(s, storage).has_value();
            const bool matches = std::regex_search(s.begin(), s.end(), pattern);
            if (exact) CHECK(read == matches);
            else if (read) CHECK(matches);
        }
    };
    agree(std::type_identity<date>{}, false, {"2024", "2024-07", "2024-07-03", "0000", "0001", "2024-13", "2024-00", "24",
                                       "2024-02-30", "2024-7-3", "2024-07-03T00:00", "x"});
    agree(std::type_identity<country>{}, true, {"KZ", "XX", "kz", "KAZ", "K", ""});
    agree(std::type_identity<currency>{}, true, {"USD", "XAU", "usd", "US", "USDT"});
    agree(std::type_identity<cameo_code>{}, true, {"01", "010", "0874", "20", "204", "21", "00", "1", "12345", "x1"});
    agree(std::type_identity<event_id>{}, true, {"talks", "a.b_c-d", "-x", "Talks", "x y", "t"});
    agree(std::type_identity<plover_word>{}, true, {"visit", "heavy-weapons", "pro_autocracy", "Visit", "-x", "a b"});
    agree(std::type_identity<sector_code>{}, true, {"GOV", "gov", "GO", "GOVT"});
    CHECK(!value_traits<date>::parse("2024-02-30", storage));  // matches the pattern
}

TEST_CASE("json schema: a user's struct of standard types, nested structs and its own value type") {
    simdjson::dom::parser parser;
    const std::string text = json_schema<user::survey>();
    const simdjson::dom::element schema = parsed(parser, text);
    CHECK(schema["title"].get_string().value() == "user.survey");
    // The optional members are not required (the writer leaves an empty one out).
    CHECK(strings_of(schema["required"]) ==
          std::vector<std::string_view>{"title", "score", "published", "smallest", "largest", "count", "small", "samples",
                                        "tags", "office", "branches", "logo"});
    const simdjson::dom::element properties = schema["properties"];
    CHECK(properties["title"]["type"].get_string().value() == "string");
    CHECK(properties["score"]["type"].get_string().value() == "number");
    CHECK(properties["published"]["type"].get_string().value() == "boolean");
    CHECK(properties["smallest"]["minimum"].get_int64().value() == std::numeric_limits<std::int64_t>::min());
    CHECK(properties["count"]["maximum"].get_uint64().value() == std::numeric_limits<std::uint64_t>::max());
    CHECK(properties["samples"]["items"]["type"].get_string().value() == "number");
    CHECK(properties["tags"]["items"]["type"].get_string().value() == "string");
    CHECK(properties["weight"]["anyOf"].at(0)["type"].get_string().value() == "null");
    CHECK(properties["weight"]["anyOf"].at(1)["type"].get_string().value() == "number");
    CHECK(properties["office"]["$ref"].get_string().value() == "#/$defs/user.address");
    CHECK(properties["branches"]["items"]["$ref"].get_string().value() == "#/$defs/user.address");
    CHECK(properties["logo"]["$ref"].get_string().value() == "#/$defs/user.colour");
    const simdjson::dom::element defs = schema["$defs"];
    CHECK(strings_of(defs["user.address"]["required"]) == std::vector<std::string_view>{"city"});
    CHECK(defs["user.colour"]["pattern"].get_string().value() == "^#[0-9a-f]{6}$");
    CHECK(defs["user.colour"]["description"].get_string().value() == "An RGB colour; null when not given.");
}
