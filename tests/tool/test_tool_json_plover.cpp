// SPDX-License-Identifier: BSL-1.0
// Tests of the tool's commands on the library's JSON and PLOVER (tool/convert.cpp, validate.cpp,
// export.cpp), run in-process on string streams and on files.
#include "app.hpp"

#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover_writer.hpp>

#include <doctest/doctest.h>

#include "../test_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace bilateral;

static_assert(tool::exit_ok == 0 && tool::exit_data == 1 && tool::exit_usage == 2);

namespace {

/// A command's exit code and what it wrote.
struct run_result {
    int code;
    std::string out, err;
};

/// Runs `bilateral COMMAND ARGS...` in-process with `input` as standard input.
run_result run(std::string_view command, std::vector<std::string> args, std::string input = {}) {
    std::istringstream in{std::move(input)};
    std::ostringstream out, err;
    args.insert(args.begin(), std::string{command});
    const int code = tool::run(args, tool::streams{.in = &in, .out = &out, .err = &err});
    return {code, out.str(), err.str()};
}

run_result convert(std::vector<std::string> args, std::string input = {}) { return run("convert", std::move(args), std::move(input)); }
run_result validate(std::vector<std::string> args, std::string input = {}) { return run("validate", std::move(args), std::move(input)); }
run_result export_plover(std::vector<std::string> args) { return run("export", std::move(args)); }

/// A fresh directory for files, removed at the end of the test.
struct scratch_dir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("bilateral-tool-test-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    scratch_dir() { std::filesystem::create_directories(path); }
    ~scratch_dir() { std::filesystem::remove_all(path); }
    [[nodiscard]] std::string file(std::string_view name) const { return (path / name).string(); }
};

std::string file_text(const std::string& path) { return bilateral_test::file_bytes(path); }

const std::string astana_json = to_json(data::astana_2024) + "\n";
const std::string astana_plover = to_plover(data::astana_2024);

}  // namespace

TEST_CASE("tool json/plover: convert --from json --to plover writes PLOVER JSONL and notes what it leaves out") {
    const run_result r = convert({"--from", "json", "--to", "plover"}, astana_json);
    CHECK(r.code == tool::exit_ok);
    CHECK(r.out == astana_plover);
    CHECK(r.err.find("have no PLOVER type") != std::string::npos);
    CHECK(r.err.find("flypast") != std::string::npos);
    // --option=value works as well, and - names stdin and stdout.
    CHECK(convert({"--from=json", "--to=plover", "-", "-"}, astana_json).out == astana_plover);
}

TEST_CASE("tool json/plover: convert --from plover --to json gives the library's JSON, which reads back") {
    const run_result r = convert({"--to", "json", "--from", "plover"}, astana_plover);
    CHECK(r.code == tool::exit_ok);
    CHECK(r.err.find("note: 16 PLOVER record(s) (plover, jsonl): 16 event(s)") != std::string::npos);
    const json_read_result back = read_json(r.out);
    CHECK(back.ok());
    CHECK(back.data.view().events.size() == 16);
    // json to json is a check and a rewrite: the same bytes.
    CHECK(convert({"--from", "json", "--to", "json"}, astana_json).out == astana_json);
}

TEST_CASE("tool json/plover: convert lists every problem with its location, writes nothing and exits 1") {
    const run_result bad_json = convert({"--from", "json", "--to", "plover"}, "{\n  \"sources\": [] \"actors\": []\n}");
    CHECK(bad_json.code == tool::exit_data);
    CHECK(bad_json.out.empty());
    CHECK(bad_json.err.starts_with("<stdin>:2:17: invalid JSON: "));
    const run_result bad_plover = convert({"--from", "plover", "--to", "json"},
                                          "{\"id\": \"a\", \"date\": \"2024-02-30\", \"event\": \"AGREE\"}\n[1]\n");
    CHECK(bad_plover.code == tool::exit_data);
    CHECK(bad_plover.out.empty());
    CHECK(bad_plover.err == "<stdin>:1: $.date: expected a date \"YYYY-MM-DD\" that exists, got \"2024-02-30\"\n"
                            "<stdin>:2: expected a PLOVER record (an object), got [1]\n");
}

TEST_CASE("tool json/plover: usage errors exit 2 and say what is wrong") {
    CHECK(convert({"--from", "json"}).code == tool::exit_usage);
    CHECK(convert({"--from", "json"}).err.starts_with("bilateral convert: --to is required\n"
                                                      "Run 'bilateral convert --help' for usage."));
    CHECK(convert({"--from", "xml", "--to", "json"}).err.starts_with("bilateral convert: --from: xml not in {gdelt,gdelt-csv,icews,polecat,phoenix,plover,json,auto}"));
    CHECK(convert({"--from", "json", "--to", "json", "--pretty"}).code == tool::exit_usage);
    CHECK(convert({"--from", "json", "--to", "json", "a", "b", "c"}).code == tool::exit_usage);
    CHECK(convert({"--from", "json", "--to"}).err.starts_with("bilateral convert: --to: 1 required"));
    CHECK(convert({"--from", "json", "--from", "json", "--to", "json"}).code == tool::exit_usage);
    CHECK(convert({"--from", "json", "--to", "json", "/nonexistent/in.json"}).code == tool::exit_usage);
    CHECK(validate({}).code == tool::exit_usage);
    CHECK(validate({"--format", "xml"}).err.starts_with("bilateral validate: --format: xml not in {gdelt,gdelt-csv,icews,polecat,phoenix,plover,json,auto}"));
    CHECK(export_plover({"--format", "xml"}).code == tool::exit_usage);
    CHECK(convert({"--from", "json", "--to", "gdelt"}).err.starts_with("bilateral convert: GDELT rows are written from GDELT input only"));
    CHECK(export_plover({}).code == tool::exit_usage);
}

TEST_CASE("tool json/plover: validate lists every problem with its location and exits 1 if there is one") {
    const run_result ok = validate({"--format", "json"}, astana_json);
    CHECK(ok.code == tool::exit_ok);
    CHECK(ok.out == "<stdin>: ok\n");

    // Readable JSON, but a statement's speaker is no actor of the dataset: the dataset's own check.
    std::string dangling = astana_json;
    const std::string speaker = R"("speaker": "xi-jinping")";
    dangling.replace(dangling.find(speaker), speaker.size(), R"("speaker": "xi-jinpin")");
    const run_result bad = validate({"--format", "json"}, dangling);
    CHECK(bad.code == tool::exit_data);
    CHECK(bad.out.find("<stdin>: statement `") != std::string::npos);
    CHECK(bad.out.find("speaker `xi-jinpin` is not an actor of this dataset") != std::string::npos);
    CHECK(bad.out.ends_with("<stdin>: 1 problem(s)\n"));

    const run_result unreadable = validate({"--format", "json"}, R"({"sources": 1})");
    CHECK(unreadable.code == tool::exit_data);
    CHECK(unreadable.out.starts_with("<stdin>: $.sources: expected an array, got 1\n"));

    const run_result plover = validate({"--format", "plover"}, astana_plover + "{\"id\": \"x\"}\n");
    CHECK(plover.code == tool::exit_data);
    CHECK(plover.out.find("<stdin>:17: $.event: missing field \"event\"") != std::string::npos);
    CHECK(plover.out.find("<stdin>:17: $.date: missing field \"date\"") != std::string::npos);
    CHECK(validate({"--format", "plover"}, astana_plover).code == tool::exit_ok);
}

TEST_CASE("tool json/plover: export --format plover writes the built-in dataset's events") {
    const run_result r = export_plover({"--format", "plover"});
    CHECK(r.code == tool::exit_ok);
    CHECK(r.out == astana_plover);
    CHECK(r.err.find("flypast") != std::string::npos);
}

TEST_CASE("tool json/plover: IN and OUT may be files") {
    const scratch_dir dir;
    const std::string json_file = dir.file("astana.json"), plover_file = dir.file("astana.jsonl");
    CHECK(export_plover({"--format", "plover", plover_file}).code == tool::exit_ok);
    CHECK(file_text(plover_file) == astana_plover);
    CHECK(convert({"--from", "plover", "--to", "json", plover_file, json_file}).code == tool::exit_ok);
    CHECK(validate({"--format", "json", json_file}).out == json_file + ": ok\n");
    CHECK(convert({"--from", "json", "--to", "json", json_file, dir.file("no/such/dir/out.json")}).code ==
          tool::exit_usage);
}

#ifdef BILATERAL_DATA_DIR
TEST_CASE("tool json/plover (real data): the gold-standard records convert to JSON and validate as PLOVER") {
    const std::string gsr = std::string{BILATERAL_DATA_DIR} + "/plover/plover_PLOVER_GSR_CAMEO.jsonl";
    const run_result to_json_run = convert({"--from", "plover", "--to", "json", gsr});
    CHECK(to_json_run.code == tool::exit_ok);
    CHECK(to_json_run.err.find("323 PLOVER record(s) (plover_gsr, jsonl): 322 event(s), 1 DOCUMENT record(s)") !=
          std::string::npos);
    CHECK(to_json_run.err.find("note: text: not held: the model has no field for it (322;") != std::string::npos);
    CHECK(read_json(to_json_run.out).data.view().events.size() == 322);
    const run_result checked = validate({"--format", "plover", gsr});
    CHECK(checked.code == tool::exit_ok);
    CHECK(checked.out.ends_with(": ok\n"));
}
#endif
