// SPDX-License-Identifier: BSL-1.0
// Tests of examples/tool/command_line.hpp: how the tool's commands split their words.
#include "../examples/tool/command_line.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

using bilateral::tool::command_line;
using bilateral::tool::parse_command_line;

namespace {
command_line parse(std::vector<std::string_view> words) {
    return parse_command_line(words, {"--from", "--to"}, {"--lenient"});
}
}  // namespace

TEST_CASE("tool command line: options take a value after a space or an '=', flags take none, the rest are files") {
    const command_line c = parse({"--from", "gdelt", "in.tsv", "--to=json", "--lenient", "-"});
    CHECK(c.error.empty());
    CHECK(c.option("--from") == "gdelt");
    CHECK(c.option("--to") == "json");
    CHECK_FALSE(c.option("--format").has_value());
    CHECK(c.flag("--lenient"));
    CHECK(c.files == std::vector<std::string_view>{"in.tsv", "-"});
    CHECK(c.file(0) == "in.tsv");
    CHECK(c.file(1) == "-");
    CHECK_FALSE(c.file(2).has_value());
    // An empty value is a value.
    CHECK(parse({"--to="}).option("--to") == "");
}

TEST_CASE("tool command line: what is wrong is said, naming the option") {
    CHECK(parse({"--frobnicate"}).error == "unknown option '--frobnicate'");
    CHECK(parse({"-x"}).error == "unknown option '-x'");
    CHECK(parse({"--to"}).error == "--to needs a value");
    CHECK(parse({"--to", "json", "--to=plover"}).error == "--to given twice");
    CHECK(parse({"--lenient=yes"}).error == "--lenient takes no value");
    // The first problem stops the parse.
    CHECK(parse({"--nope", "--to"}).error == "unknown option '--nope'");
}
