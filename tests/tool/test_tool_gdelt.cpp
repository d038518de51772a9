// SPDX-License-Identifier: BSL-1.0
// Tests of the tool's commands on GDELT input (tool/convert.cpp, validate.cpp, stats.cpp), run
// in-process on string streams and files.
#include "app.hpp"

#include "../test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include "../test_files.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace gdelt_fixtures;

namespace {
struct run_result {
    int code = -1;
    std::string out, err;
};
/// Runs `bilateral COMMAND ARGS...` in-process with `input` as standard input.
run_result run(std::string_view command, std::vector<std::string> args, const std::string& input) {
    std::istringstream in{input};
    std::ostringstream out, err;
    args.insert(args.begin(), std::string{command});
    run_result r;
    r.code = bilateral::tool::run(args, bilateral::tool::streams{.in = &in, .out = &out, .err = &err});
    r.out = out.str();
    r.err = err.str();
    return r;
}
constexpr std::string_view convert = "convert", validate = "validate", stats = "stats";
}  // namespace

TEST_CASE("tool gdelt: convert --to gdelt gives back the input byte for byte, BOM, CRLF and missing newline included") {
    for (const std::string& input : {lines({v2_row(), v1_daily_row(), v1_historical_row()}),
                                     "\xEF\xBB\xBF" + v2_row() + "\r\n" + v1_daily_row() + "\n" + v1_historical_row()}) {
        const run_result r = run(convert, {"--from", "gdelt", "--to", "gdelt"}, input);
        CHECK(r.code == 0);
        CHECK(r.out == input);
        CHECK(r.err.empty());
    }
    const run_result dash = run(convert, {"--from=gdelt", "--to=gdelt", "-", "-"}, v2_row());
    CHECK(dash.code == 0);
    CHECK(dash.out == v2_row());
}

TEST_CASE("tool gdelt: convert --to json writes one typed record per line") {
    const run_result r = run(convert, {"--from", "gdelt", "--to", "json"}, lines({v2_row(), v1_historical_row()}));
    CHECK(r.code == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
    CHECK(r.out.starts_with(R"({"format":"v2","id":1000001,)"));
    CHECK(r.out.find(R"({"format":"v1_historical","id":1000003,)") != std::string::npos);
}

TEST_CASE("tool gdelt: convert --to plover writes PLOVER JSONL") {
    const run_result r = run(convert, {"--from", "gdelt", "--to", "plover"}, lines({v2_row()}));
    CHECK(r.code == 0);
    CHECK(r.out.find("CONSULT") != std::string::npos);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
}

TEST_CASE("tool gdelt: convert stops at a bad row (exit 1), or skips it with --lenient") {
    const std::string input = lines({v2_row(), join(with(v2_fields(), 2, "2024")), v1_daily_row()});
    const run_result strict = run(convert, {"--from", "gdelt", "--to", "gdelt"}, input);
    CHECK(strict.code == 1);
    CHECK(strict.out == v2_row() + "\n");
    CHECK(strict.err.find("<stdin>: line 2, column 2 (SQLDATE): `2024`: expected a date as YYYYMMDD") != std::string::npos);
    const run_result lenient = run(convert, {"--from", "gdelt", "--to", "gdelt", "--lenient"}, input);
    CHECK(lenient.code == 1);
    CHECK(lenient.out == lines({v2_row(), v1_daily_row()}));
    CHECK(lenient.err.find("1 of 3 lines skipped") != std::string::npos);
}

TEST_CASE("tool gdelt: usage errors exit 2") {
    CHECK(run(convert, {"--from", "plover", "--to", "gdelt"}, "").code == 2);
    CHECK(run(convert, {"--from", "gdelt"}, "").code == 2);
    CHECK(run(convert, {"--from", "gdelt", "--to", "csv"}, "").code == 2);
    CHECK(run(convert, {"--from", "gdelt", "--to", "gdelt", "--frobnicate"}, "").code == 2);
    CHECK(run(convert, {"--from", "gdelt", "--to"}, "").code == 2);
    CHECK(run(convert, {"--from", "gdelt", "--to", "gdelt", "a", "b", "c"}, "").code == 2);
    CHECK(run(convert, {"--from", "gdelt", "--to", "gdelt", "/nonexistent/file.tsv"}, "").code == 2);
    CHECK(run(validate, {}, "").code == 2);
    CHECK(run(validate, {"--format", "xml"}, "").code == 2);
    CHECK(run(stats, {"--format", "gdelt", "--dyad", "CHINA-USA"}, "").code == 2);
    CHECK(run(stats, {"--format", "gdelt", "--top", "x"}, "").code == 2);
    const run_result r = run(stats, {"--format", "gdelt", "--top", "1001"}, "");
    CHECK(r.code == 2);
    CHECK(r.err.starts_with("bilateral stats: --top: Value 1001 not in range 0 to 1000"));
}

TEST_CASE("tool gdelt: validate lists every problem with its line and column, exit 1 if any") {
    auto bad = with(with(v2_fields(), 30, "0"), 60, "yesterday");
    const std::string input = lines({v2_row(), join(bad), "a\tb", v1_daily_row()});
    const run_result r = run(validate, {"--format", "gdelt"}, input);
    CHECK(r.code == 1);
    CHECK(r.out == "<stdin>: line 2, column 30 (QuadClass): `0`: expected a quad class 1-4 or nothing\n"
                   "<stdin>: line 2, column 60 (DATEADDED): `yesterday`: expected a time as YYYYMMDDHHMMSS (GDELT 2.0) or a date "
                   "as YYYYMMDD (GDELT 1.0), or nothing\n"
                   "<stdin>: line 3, column 3 (MonthYear): nothing: expected more fields: a row has 57 (GDELT 1.0 historical), "
                   "58 (GDELT 1.0 daily) or 61 (GDELT 2.0) tab-separated fields\n"
                   "<stdin>: 4 lines, 2 good rows, 3 problems in 2 lines\n");
    const run_result clean = run(validate, {"--format", "gdelt", "-"}, lines({v2_row()}));
    CHECK(clean.code == 0);
    CHECK(clean.out == "<stdin>: 1 lines, 1 good rows\n");
}

TEST_CASE("tool gdelt: stats as text or JSON, for one dyad or all") {
    const std::string input = lines({v2_row(), v1_daily_row()});
    const run_result text = run(stats, {"--format", "gdelt"}, input);
    CHECK(text.code == 0);
    CHECK(text.out.find("CHN-KAZ        2") != std::string::npos);
    const run_result json = run(stats, {"--format", "gdelt", "--json", "--dyad", "KAZ-CHN", "--top", "1"}, input);
    CHECK(json.code == 0);
    CHECK(json.out.find("\"dyad\": \"CHN-KAZ\"") != std::string::npos);
    CHECK(json.out.find("\"top_event_codes\": [{\"code\": \"042\", \"count\": 2}]") != std::string::npos);
    const run_result other = run(stats, {"--format", "gdelt", "--json", "--dyad", "USA-RUS"}, input);
    CHECK(other.out.find("\"rows_other_dyads\": 2") != std::string::npos);
}

TEST_CASE("tool gdelt: files as IN and OUT") {
    const std::string in_path = "test_gdelt_tool_in.tsv", out_path = "test_gdelt_tool_out.tsv";
    {
        std::ofstream f{in_path, std::ios::binary};
        f << lines({v2_row(), v1_historical_row()});
    }
    const run_result r = run(convert, {"--from", "gdelt", "--to", "gdelt", in_path, out_path}, "");
    CHECK(r.code == 0);
    CHECK(bilateral_test::file_bytes(out_path) == lines({v2_row(), v1_historical_row()}));
    const run_result v = run(validate, {"--format", "gdelt", in_path}, "");
    CHECK(v.out == in_path + ": 2 lines, 2 good rows\n");
    std::remove(in_path.c_str());
    std::remove(out_path.c_str());
}

#ifdef BILATERAL_DATA_DIR
// The commands on the real files of BILATERAL_DATA_DIR/gdelt (registered only when the build is pointed at them).
namespace {
const std::filesystem::path gdelt_dir = std::filesystem::path{BILATERAL_DATA_DIR} / "gdelt";

std::string slurp(const std::filesystem::path& p) { return bilateral_test::file_bytes(p); }

/// The lines of `text`, each without its '\n' (the text ends with one).
std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', begin)) {
        out.push_back(text.substr(begin, nl - begin));
        begin = nl + 1;
    }
    return out;
}
}  // namespace

TEST_CASE("tool gdelt real data: convert --from gdelt --to gdelt FILE reproduces every real file byte for byte") {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator{gdelt_dir}) {
        const std::string name = entry.path().filename().string();
        if (name.find("Column_Labels") != std::string::npos || entry.path().extension() == ".zip") continue;
        CAPTURE(name);
        const std::string path = entry.path().string();
        const run_result r = run(convert, {"--from", "gdelt", "--to", "gdelt", path}, "");
        CHECK(r.code == 0);
        CHECK(r.err.empty());
        CHECK(r.out == slurp(entry.path()));
        ++files;
    }
    CHECK(files == 7);
}

TEST_CASE("tool gdelt real data: a bad date on one line and a row cut short on another") {
    // The 2019-01-21 export (1629 rows), damaged: line 100 gets SQLDATE 20191345, line 700 keeps
    // only its first 30 fields (so its 31st, GoldsteinScale, is missing).
    const std::vector<std::string> original = split_lines(slurp(gdelt_dir / "gdelt2_20190121220000.export_narayave-Insight-GDELT-Feed.tsv"));
    REQUIRE(original.size() == 1629);
    std::vector<std::string> damaged = original;
    REQUIRE(damaged[99].substr(damaged[99].find('\t') + 1, 8) == "20190121");
    damaged[99].replace(damaged[99].find('\t') + 1, 8, "20191345");
    std::size_t cut = 0;
    for (int tabs = 0; tabs < 30; ++tabs) cut = damaged[699].find('\t', cut) + 1;
    damaged[699].resize(cut - 1);
    std::string text, kept;
    for (std::size_t i = 0; i < damaged.size(); ++i) {
        text += damaged[i] + "\n";
        if (i != 99 && i != 699) kept += original[i] + "\n";
    }
    const std::string path = "test_gdelt_tool_damaged.tsv";
    {
        std::ofstream f{path, std::ios::binary};
        f << text;
    }

    // validate: both lines named, with column and value; exit 1.
    const run_result v = run(validate, {"--format", "gdelt", path}, "");
    CHECK(v.code == 1);
    CHECK(v.out == path + ": line 100, column 2 (SQLDATE): `20191345`: expected a date as YYYYMMDD\n" + path +
                       ": line 700, column 31 (GoldsteinScale): nothing: expected more fields: a row has 57 (GDELT 1.0 "
                       "historical), 58 (GDELT 1.0 daily) or 61 (GDELT 2.0) tab-separated fields\n" +
                       path + ": 1629 lines, 1627 good rows, 2 problems in 2 lines\n");

    // Lenient conversion keeps every other row, byte for byte; exit 1 says rows were skipped.
    const run_result lenient = run(convert, {"--from", "gdelt", "--to", "gdelt", "--lenient", path}, "");
    CHECK(lenient.code == 1);
    CHECK(lenient.out == kept);
    CHECK(lenient.err.find("2 of 1629 lines skipped, 2 problems") != std::string::npos);

    // Strict conversion stops at line 100, having written the 99 rows before it.
    const run_result strict = run(convert, {"--from", "gdelt", "--to", "gdelt", path}, "");
    CHECK(strict.code == 1);
    CHECK(std::count(strict.out.begin(), strict.out.end(), '\n') == 99);
    CHECK(strict.err.find("line 100, column 2 (SQLDATE)") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("tool gdelt real data: stats --dyad CHN-USA agrees with an independent count") {
    // Python over the 2018-03-26 export: rows whose Actor1CountryCode and Actor2CountryCode
    // (fields 8 and 18) are CHN and USA in either order are lines 395-398 (CHN -> USA) and 1333
    // (USA -> CHN): QuadClass 1,1,1,1,3; GoldsteinScale -0.4,-0.4,7.0,7.0,-2.0 (mean 2.24);
    // EventCode 012 x2, 035 x2, 112 x1.
    const std::string path = (gdelt_dir / "gdelt2_20180326044500.export_epournaras-DIAS-GDELT.tsv").string();
    const run_result text = run(stats, {"--format", "gdelt", "--dyad", "CHN-USA", path}, "");
    CHECK(text.code == 0);
    CHECK(text.out.find("1540 rows") != std::string::npos);
    CHECK(text.out.find("CHN-USA        5          4         0           1          0            2.24  "
                        "012 (2), 035 (2), 112 (1)\n") != std::string::npos);
    const run_result json = run(stats, {"--format", "gdelt", "--dyad", "USA-CHN", "--json", path}, "");
    CHECK(json.code == 0);
    CHECK(json.out.find("\"dyad\": \"CHN-USA\"") != std::string::npos);
    CHECK(json.out.find("\"events\": 5,") != std::string::npos);
    CHECK(json.out.find("\"goldstein_events\": 5, \"mean_goldstein\": 2.24,") != std::string::npos);
    CHECK(json.out.find("[{\"code\": \"012\", \"count\": 2}, {\"code\": \"035\", \"count\": 2}, {\"code\": \"112\", \"count\": 1}]") !=
          std::string::npos);
    const run_result directed = run(stats, {"--format", "gdelt", "--dyad", "USA-CHN", "--directed", "--json", path}, "");
    CHECK(directed.out.find("\"dyad\": \"USA-CHN\"") != std::string::npos);
    CHECK(directed.out.find("\"events\": 1,") != std::string::npos);
    // Over stdin as well: the 2015-10-27 export has 3 such rows (lines 1871-1873, USA -> CHN, 111, -2.0 each).
    const run_result piped = run(stats, {"--format", "gdelt", "--dyad", "CHN-USA", "--json"},
                                 slurp(gdelt_dir / "gdelt2_20151027220000.export_narayave-Insight-GDELT-Feed.tsv"));
    CHECK(piped.out.find("\"events\": 3,") != std::string::npos);
    CHECK(piped.out.find("\"mean_goldstein\": -2,") != std::string::npos);
    CHECK(piped.out.find("[{\"code\": \"111\", \"count\": 3}]") != std::string::npos);
}
#endif  // BILATERAL_DATA_DIR
