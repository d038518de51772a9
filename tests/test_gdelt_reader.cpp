// SPDX-License-Identifier: BSL-1.0
// Tests of io/gdelt/reader.hpp: streaming in chunks, line ends, BOM, strict and lenient modes, counting.
#include <bilateral/io/gdelt/reader.hpp>
#include <bilateral/io/gdelt/writer.hpp>

#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <istream>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using namespace bilateral;
using namespace bilateral::gdelt;
using namespace gdelt_fixtures;

static_assert(!std::is_copy_constructible_v<reader> && std::is_move_constructible_v<reader>);
// Records view the text they were read from: a temporary string is refused, a named one is not.
static_assert(!std::is_constructible_v<reader, std::string> && std::is_constructible_v<reader, std::string&>);
template <class S>
concept readable_in_place = requires(S&& text) { read_all(std::forward<S>(text)); };
static_assert(!readable_in_place<std::string> && readable_in_place<std::string&> && readable_in_place<const std::string&>);
static_assert(readable_in_place<std::string_view> && readable_in_place<const char (&)[3]>);
// A const temporary string is a temporary too (it used to bind to the string_view overloads).
static_assert(!std::is_constructible_v<reader, const std::string> && !readable_in_place<const std::string>);
static_assert(std::is_constructible_v<reader, const char (&)[3]> && std::is_constructible_v<reader, const std::string&>);

namespace {
/// Every row of `text` read through a stream in chunks of `chunk` bytes: (line number, id).
struct streamed {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> rows;
    read_summary summary;
};
streamed read_stream(const std::string& text, read_options options) {
    std::istringstream in{text};
    reader r{in, std::move(options)};
    streamed out;
    while (const record* row = r.next()) out.rows.emplace_back(r.line_number(), row->id);
    out.summary = r.summary();
    return out;
}

/// A stream buffer that serves `text` and then, after `fail_after` bytes, throws as a disk or a
/// network file system may (the way libstdc++'s filebuf reports a read error).
class failing_buffer : public std::streambuf {
public:
    failing_buffer(std::string text, std::size_t fail_after, bool odd = false)
        : text_{std::move(text)}, left_{fail_after}, odd_{odd} {}

protected:
    std::streamsize xsgetn(char* out, std::streamsize count) override {
        if (left_ == 0 && odd_) throw 42;  // not a std::exception
        if (left_ == 0) throw std::runtime_error{"disk gone"};
        const std::size_t n = std::min({static_cast<std::size_t>(count), left_, text_.size() - at_});
        text_.copy(out, n, at_);
        at_ += n;
        left_ -= n;
        return static_cast<std::streamsize>(n);
    }

private:
    std::string text_;
    std::size_t left_;
    bool odd_;
    std::size_t at_ = 0;
};

/// The input written back from what a reader returns: the BOM, each row and its line end.
std::string written_back(reader& r) {
    std::string out;
    while (const record* row = r.next()) {
        if (r.summary().rows == 1 && r.summary().bom) out += "\xEF\xBB\xBF";
        write_row(out, *row, r.line_end());
    }
    return out;
}
}  // namespace

TEST_CASE("gdelt reader: rows of the three layouts in one input, each by its field count") {
    const std::string text = lines({v2_row(), v1_daily_row(), v1_historical_row()});
    reader r{text};
    const record* a = r.next();
    REQUIRE(a != nullptr);
    CHECK(a->format == format::v2);
    CHECK(r.line() == v2_row());
    const record* b = r.next();
    REQUIRE(b != nullptr);
    CHECK(b->format == format::v1_daily);
    const record* c = r.next();
    REQUIRE(c != nullptr);
    CHECK(c->format == format::v1_historical);
    CHECK(r.line_number() == 3u);
    CHECK(r.next() == nullptr);
    CHECK(r.summary().rows == 3u);
    CHECK(r.summary().lines == 3u);
    CHECK(r.summary().ok());
    CHECK(r.summary().final_newline);
}

TEST_CASE("gdelt reader: CRLF line ends, a UTF-8 BOM and a missing last newline give the same rows") {
    const std::string plain = lines({v2_row(), v1_daily_row()});
    const std::string crlf = "\xEF\xBB\xBF" + v2_row() + "\r\n" + v1_daily_row();  // no newline at the end
    const read_result a = read_all(plain);
    const read_result b = read_all(crlf);
    REQUIRE(a.records.size() == 2);
    REQUIRE(b.records.size() == 2);
    CHECK(a.records[0] == b.records[0]);
    CHECK(a.records[1] == b.records[1]);
    CHECK(b.summary.bom);
    CHECK(b.summary.crlf_lines == 1u);
    CHECK_FALSE(b.summary.final_newline);
    CHECK(b.records[0].id == 1000001u);  // the BOM is not part of GLOBALEVENTID
    CHECK(b.records[1].source_url == "https://example.org/news/2024/07/03/visit");  // nor is '\r' part of the URL
    // The same through a stream, in chunks smaller than a row.
    const streamed s = read_stream(crlf, {.chunk_size = 64});
    REQUIRE(s.rows.size() == 2);
    CHECK(s.summary.bom);
    CHECK(s.summary.crlf_lines == 1u);
    CHECK_FALSE(s.summary.final_newline);
}

TEST_CASE("gdelt reader: crlf() tells how the row last returned ended") {
    const std::string text = v2_row() + "\r\n" + v1_daily_row() + "\n";
    std::istringstream in{text};
    reader r{in};
    REQUIRE(r.next() != nullptr);
    CHECK(r.crlf());
    REQUIRE(r.next() != nullptr);
    CHECK_FALSE(r.crlf());
}

TEST_CASE("gdelt reader: strict mode stops at the first problem, with its line and column") {
    // Line 2 has a bad date, line 4 is cut short.
    const std::vector<std::string> full = v2_fields();
    const std::string text = lines({v2_row(), join(with(full, 2, "20241345")), v1_daily_row(),
                                    join(std::vector<std::string>(full.begin(), full.begin() + 20)), v1_historical_row()});
    reader r{text};
    REQUIRE(r.next() != nullptr);
    CHECK(r.next() == nullptr);
    CHECK(r.next() == nullptr);  // and stays stopped
    const read_summary& s = r.summary();
    CHECK(s.stopped);
    CHECK(s.rows == 1u);
    CHECK(s.skipped == 1u);
    CHECK(s.lines == 2u);
    CHECK(s.errors == 1u);
    REQUIRE(s.messages.size() == 1);
    CHECK(s.messages[0].line == 2u);
    CHECK(s.messages[0].column == 2u);
    CHECK(s.messages[0].column_name == "SQLDATE");
    CHECK(s.messages[0].value == "20241345");
    CHECK(s.messages[0].code == problem_code::invalid_date);  // eight digits, but no calendar day
    CHECK(s.messages[0].severity == severity::error);
    CHECK(describe(s.messages[0]) == "line 2, column 2 (SQLDATE): `20241345`: expected a date as YYYYMMDD");
}

TEST_CASE("gdelt reader: lenient mode keeps every other row and counts what it skips") {
    const std::vector<std::string> full = v2_fields();
    const std::string text = lines({v2_row(), join(with(full, 2, "20241345")), v1_daily_row(),
                                    join(std::vector<std::string>(full.begin(), full.begin() + 20)), v1_historical_row()});
    for (std::size_t chunk : {std::size_t{64}, std::size_t{1000}, std::size_t{1} << 20}) {
        CAPTURE(chunk);
        const streamed s = read_stream(text, {.mode = mode::lenient, .chunk_size = chunk});
        REQUIRE(s.rows.size() == 3);
        CHECK(s.rows[0] == std::pair<std::uint64_t, std::uint64_t>{1, 1000001});
        CHECK(s.rows[1] == std::pair<std::uint64_t, std::uint64_t>{3, 1000002});
        CHECK(s.rows[2] == std::pair<std::uint64_t, std::uint64_t>{5, 1000003});
        CHECK_FALSE(s.summary.stopped);
        CHECK(s.summary.lines == 5u);
        CHECK(s.summary.rows == 3u);
        CHECK(s.summary.skipped == 2u);
        CHECK(s.summary.lines == s.summary.rows + s.summary.skipped);  // nothing dropped without being counted
        CHECK(s.summary.errors == 2u);
        REQUIRE(s.summary.messages.size() == 2);
        CHECK(s.summary.messages[0].line == 2u);
        CHECK(s.summary.messages[0].column_name == "SQLDATE");
        CHECK(s.summary.messages[1].line == 4u);
        CHECK(s.summary.messages[1].column == 21u);
        CHECK(s.summary.messages[1].column_name == "Actor2Religion1Code");
        CHECK(s.summary.messages[1].code == problem_code::wrong_field_count);
        CHECK(s.summary.bytes == text.size());
    }
}

TEST_CASE("gdelt reader: lenient mode keeps the first N messages and counts them all") {
    std::vector<std::string> rows;
    for (int i = 0; i < 10; ++i) rows.push_back(i % 2 == 0 ? v2_row() : join(with(v2_fields(), 30, "7")));
    std::string text;
    for (const auto& r : rows) text += r + "\n";
    std::vector<std::uint64_t> seen;
    const read_result result = read_all(text, {.mode = mode::lenient,
                                              .max_messages = 2,
                                              .on_error = [&](const problem& e) { seen.push_back(e.line); }});
    CHECK(result.records.size() == 5);
    CHECK(result.summary.errors == 5u);
    CHECK(result.summary.skipped == 5u);
    CHECK(result.summary.messages.size() == 2);
    CHECK(seen == std::vector<std::uint64_t>{2, 4, 6, 8, 10});
}

TEST_CASE("gdelt reader: an empty line is a problem, empty input is not") {
    const read_result empty = read_all("");
    CHECK(empty.records.empty());
    CHECK(empty.summary.ok());
    CHECK(empty.summary.lines == 0u);
    const std::string text = v2_row() + "\n\n" + v2_row() + "\n";
    const read_result blank = read_all(text, {.mode = mode::lenient});
    CHECK(blank.records.size() == 2);
    REQUIRE(blank.summary.messages.size() == 1);
    CHECK(blank.summary.messages[0].line == 2u);
    CHECK(blank.summary.messages[0].code == problem_code::wrong_field_count);
    CHECK(describe(blank.summary.messages[0]) ==
          "line 2: expected a GDELT event row (57, 58 or 61 tab-separated fields), not an empty line");
    std::istringstream nothing{""};
    reader r{nothing};
    CHECK(r.next() == nullptr);
    CHECK(r.summary().ok());
}

TEST_CASE("gdelt reader: a line longer than the limit is reported and skipped, memory stays bounded") {
    const std::string huge(5000, 'x');
    const std::string text = lines({v2_row(), huge, v1_daily_row()});
    for (std::size_t chunk : {std::size_t{64}, std::size_t{700}, std::size_t{100000}}) {
        CAPTURE(chunk);
        const streamed s = read_stream(text, {.mode = mode::lenient, .chunk_size = chunk, .max_line_length = 1000});
        REQUIRE(s.rows.size() == 2);
        CHECK(s.rows[1] == std::pair<std::uint64_t, std::uint64_t>{3, 1000002});
        CHECK(s.summary.skipped == 1u);
        REQUIRE(s.summary.messages.size() == 1);
        CHECK(s.summary.messages[0].line == 2u);
        CHECK(s.summary.messages[0].expected == "a line shorter than the reader's max_line_length");
        CHECK(s.summary.messages[0].code == problem_code::too_long);
    }
    // Strict: stops there.
    const streamed strict = read_stream(text, {.chunk_size = 64, .max_line_length = 1000});
    CHECK(strict.rows.size() == 1);
    CHECK(strict.summary.stopped);
    // The same at the end of the input, without a newline.
    const streamed last = read_stream(v2_row() + "\n" + huge, {.mode = mode::lenient, .chunk_size = 64, .max_line_length = 1000});
    CHECK(last.rows.size() == 1);
    CHECK(last.summary.skipped == 1u);
    CHECK(last.summary.lines == 2u);
    CHECK_FALSE(last.summary.final_newline);  // as when read in memory (found by fuzzing)
    const std::string in_memory = v2_row() + "\n" + huge;
    CHECK_FALSE(read_all(in_memory, {.mode = mode::lenient, .max_line_length = 1000}).summary.final_newline);
}

TEST_CASE("gdelt reader: a row split across chunks at every possible place reads the same") {
    const std::string text = lines({v2_row(), v1_daily_row(), v1_historical_row()});
    const read_result whole = read_all(text);
    REQUIRE(whole.records.size() == 3);
    for (std::size_t chunk = 64; chunk < text.size() + 2; chunk += 37) {
        CAPTURE(chunk);
        std::istringstream in{text};
        reader r{in, {.chunk_size = chunk}};
        std::size_t i = 0;
        while (const record* row = r.next()) {
            REQUIRE(i < whole.records.size());
            CHECK(*row == whole.records[i++]);
        }
        CHECK(i == 3);
        CHECK(r.summary().ok());
    }
}

TEST_CASE("gdelt reader: for_each_row streams a whole input") {
    std::istringstream in{lines({v2_row(), v2_row(), v2_row()})};
    std::uint64_t sum = 0;
    const read_summary s = for_each_row(in, [&](const record& row) { sum += row.id; });
    CHECK(sum == 3000003u);
    CHECK(s.rows == 3u);
}

TEST_CASE("gdelt reader: records read from text in memory view that text (zero-copy)") {
    const std::string text = lines({v2_row()});
    reader r{std::string_view{text}};
    const record* row = r.next();
    REQUIRE(row != nullptr);
    CHECK(row->source_url.data() == text.data() + text.find("https://"));
}

TEST_CASE("gdelt reader: a read error mid-file is a problem with its line, not an exception") {
    // Two whole rows and part of the third are served, then the stream buffer throws.
    const std::string text = lines({v2_row(), v1_daily_row(), v1_historical_row()});
    const std::size_t served = v2_row().size() + 1 + v1_daily_row().size() + 1 + 10;
    for (const mode m : {mode::strict, mode::lenient}) {
        failing_buffer buffer{text, served};
        std::istream in{&buffer};
        reader r{in, {.mode = m, .max_messages = 0, .chunk_size = 64}};
        std::vector<std::uint64_t> ids;
        while (const record* row = r.next()) ids.push_back(row->id);
        CHECK(ids == std::vector<std::uint64_t>{1000001, 1000002});  // the rows already read are kept
        const read_summary& s = r.summary();
        CHECK(s.read_failed);
        CHECK(s.stopped);
        CHECK(s.errors == 1u);
        CHECK(s.lines == 2u);  // the part of line 3 read is not a line
        CHECK(s.lines == s.rows + s.skipped);
        REQUIRE(s.messages.size() == 1);  // kept although max_messages is 0
        // A problem of the input as a whole: not located by a line, its message says where.
        CHECK(s.messages[0].line == 0u);
        CHECK(s.messages[0].code == problem_code::read_failed);
        CHECK(describe(s.messages[0]) == "read failed after line 2: disk gone");
        CHECK(r.next() == nullptr);  // and stays stopped
    }
    failing_buffer nothing{text, 0};
    std::istream in{&nothing};
    reader r{in};
    CHECK(r.next() == nullptr);
    REQUIRE(r.summary().messages.size() == 1);
    CHECK(describe(r.summary().messages[0]) == "read failed before the first line: disk gone");
    failing_buffer odd{text, served, true};
    std::istream odd_in{&odd};
    reader o{odd_in};
    std::size_t rows = 0;
    CHECK_NOTHROW([&] {
        while (o.next() != nullptr) ++rows;
    }());
    CHECK(rows == 2);
    REQUIRE(o.summary().messages.size() == 1);
    CHECK(describe(o.summary().messages[0]) ==
          "read failed after line 2: the stream buffer threw an exception that is not a std::exception");
}

TEST_CASE("gdelt reader: a directory opened as a file is a read failure, not an exception") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path();
    std::ifstream in{dir, std::ios::binary};
    if (!in) return;  // a platform that refuses to open a directory: nothing to read, nothing thrown
    reader r{in};
    const record* row = nullptr;
    CHECK_NOTHROW(row = r.next());
    CHECK(row == nullptr);
    const read_summary& s = r.summary();
    CHECK(s.read_failed);
    REQUIRE(s.messages.size() == 1);
    const std::string message = describe(s.messages[0]);
    CHECK(message.starts_with("read failed before the first line: "));
#ifdef __linux__
    CHECK(message == "read failed before the first line: Is a directory");  // EISDIR
#endif
}

TEST_CASE("gdelt reader: invalid UTF-8 in a text field is a located error in strict mode") {
    // A Latin-1 byte in Actor1Name (column 7), a cut sequence in SOURCEURL (column 61).
    const std::string bad_name = join(with(v2_fields(), 7, "K\xD6LN"));
    const std::string text = lines({v2_row(), bad_name});
    const read_result r = read_all(text);
    CHECK(r.records.size() == 1);
    CHECK(r.summary.stopped);
    REQUIRE(r.summary.messages.size() == 1);
    const problem& e = r.summary.messages[0];
    CHECK(e.line == 2u);
    CHECK(e.column == 7u);
    CHECK(e.column_name == "Actor1Name");
    CHECK(e.value == "K\uFFFDLN");  // shown as valid UTF-8
    CHECK(e.code == problem_code::invalid_utf8);
    CHECK(e.severity == severity::error);
    CHECK(describe(e) == "line 2, column 7 (Actor1Name): `K\uFFFDLN`: invalid UTF-8 at byte 2 of the field");
    const std::string bad_url = join(with(v1_daily_fields(), 58, "https://example.org/\xE2\x80"));
    const read_result url = read_all(bad_url);
    REQUIRE(url.summary.messages.size() == 1);
    CHECK(describe(url.summary.messages[0]) ==
          "line 1, column 58 (SOURCEURL): `https://example.org/\uFFFD`: invalid UTF-8 at byte 21 of the field");
    // Valid UTF-8 is no problem, in any free-text column.
    const std::string fine = join(with(with(v2_fields(), 7, "ҚАЗАҚСТАН"), 53, "Астана, Kazakhstan"));
    CHECK(read_all(fine).summary.ok());
}

TEST_CASE("gdelt reader: invalid UTF-8 in lenient mode keeps the row, counts the fields and writes them back as they were") {
    auto f = with(v2_fields(), 7, "K\xD6LN");
    f = with(f, 45, "M\xFCnchen, Bayern");  // Actor2Geo_FullName
    const std::string text = lines({join(f), v2_row()});
    for (std::size_t chunk : {std::size_t{64}, std::size_t{1} << 20}) {
        CAPTURE(chunk);
        std::istringstream in{text};
        reader r{in, {.mode = mode::lenient, .chunk_size = chunk}};
        CHECK(written_back(r) == text);  // GDELT to GDELT: byte for byte
        CHECK(r.summary().rows == 2u);
        CHECK(r.summary().invalid_utf8_fields == 2u);
        CHECK(r.summary().ok());  // not an error: the row is kept
        CHECK(r.summary().messages.empty());
    }
}

TEST_CASE("gdelt reader: a lone carriage return at the end of the input is kept by line_end()") {
    const std::string crlf = v2_row() + "\r\n" + v1_daily_row() + "\r";
    const std::string mixed = "\xEF\xBB\xBF" + v2_row() + "\n" + v1_daily_row() + "\r\n" + v1_historical_row();
    for (const std::string& text : {crlf, mixed, lines({v2_row()}), v2_row() + "\r"}) {
        CAPTURE(text.size());
        reader memory{std::string_view{text}};
        CHECK(written_back(memory) == text);
        std::istringstream in{text};
        reader stream{in, {.chunk_size = 64}};
        CHECK(written_back(stream) == text);
    }
    reader r{std::string_view{crlf}};
    REQUIRE(r.next() != nullptr);
    CHECK(r.line_end() == "\r\n");
    REQUIRE(r.next() != nullptr);
    CHECK(r.line_end() == "\r");
    CHECK(r.crlf());
    CHECK_FALSE(r.summary().final_newline);
}

TEST_CASE("gdelt reader: a line over the limit is reported with the limit in bytes") {
    const std::string text = lines({v2_row(), std::string(1500, 'x')});
    const read_result r = read_all(text, {.max_line_length = 1000});
    REQUIRE(r.summary.messages.size() == 1);
    const std::string message = describe(r.summary.messages[0]);
    CHECK(message.starts_with("line 2: `xxxx"));
    CHECK(message.ends_with("`: the line exceeds the limit of 1000 bytes (read_options::max_line_length)"));
    const streamed s = read_stream(text, {.chunk_size = 64, .max_line_length = 1000});
    REQUIRE(s.summary.messages.size() == 1);
    CHECK(describe(s.summary.messages[0]) == message);
}

TEST_CASE("gdelt reader: a byte order mark in the middle of the file is named as such") {
    // Two files joined with cat: the second one's BOM starts line 2.
    const std::string text = "\xEF\xBB\xBF" + v2_row() + "\n\xEF\xBB\xBF" + v2_row() + "\n";
    const read_result r = read_all(text);
    CHECK(r.records.size() == 1);
    REQUIRE(r.summary.messages.size() == 1);
    CHECK(describe(r.summary.messages[0]) ==
          "line 2, column 1 (GLOBALEVENTID): a byte order mark (U+FEFF) in the middle of the file");
}

TEST_CASE("gdelt reader: comma-separated text or a header row is named as such, not 'expected more fields'") {
    const std::string header_csv = "GLOBALEVENTID,SQLDATE,MonthYear,Year,FractionDate,Actor1Code";
    const std::string row_csv = "1000001,20240703,202407,2024,2024.5014,CHNGOV";
    const std::string csv_text = lines({header_csv, row_csv});
    const read_result csv = read_all(csv_text, {.mode = mode::lenient});
    REQUIRE(csv.summary.messages.size() == 2);
    CHECK(describe(csv.summary.messages[0]) ==
          "line 1: `" + header_csv +
              "`: looks like comma-separated text with a header row; GDELT event files are tab-separated without a header");
    CHECK(describe(csv.summary.messages[1]) ==
          "line 2: `" + row_csv + "`: looks like comma-separated text; GDELT event files are tab-separated");
    // A tab-separated header row (GDELT's column labels) before the rows.
    std::vector<std::string> labels(column_labels.begin(), column_labels.end());
    const std::string tsv_text = lines({join(labels), v2_row()});
    const read_result tsv = read_all(tsv_text);
    REQUIRE(tsv.summary.messages.size() == 1);
    CHECK(describe(tsv.summary.messages[0]) ==
          "line 1, column 1 (GLOBALEVENTID): `GLOBALEVENTID`: looks like a header row; GDELT event files have no header");
    labels.resize(20);  // a header of other columns, in lower case
    labels[0] = "globaleventid";
    const std::string short_text = join(labels);
    const read_result short_header = read_all(short_text);
    REQUIRE(short_header.summary.messages.size() == 1);
    CHECK(describe(short_header.summary.messages[0]).ends_with("`: looks like a header row; GDELT event files have no header"));
}
