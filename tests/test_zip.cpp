// SPDX-License-Identifier: BSL-1.0
// Tests of io/zip.hpp: archives written here with libzip's own writing API (stored and deflated
// members, a directory entry, an empty member, one larger than a chunk), read back byte for byte;
// corrupt, truncated, foreign and missing archives give errors that say where and what.
#include <bilateral/io/zip.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include <unistd.h>

#include <bilateral/io/gdelt.hpp>

#include "test_files.hpp"
#include "test_gdelt_fixtures.hpp"

// Not `zip`: libzip declares a global `struct zip`.
namespace bz = bilateral::zip;
namespace fs = std::filesystem;
using namespace std::string_literals;

static_assert(!std::is_copy_constructible_v<bz::archive>);
static_assert(!std::is_copy_assignable_v<bz::archive>);
static_assert(std::is_nothrow_move_constructible_v<bz::archive>);
static_assert(std::is_nothrow_move_assignable_v<bz::archive>);
static_assert(!std::is_copy_constructible_v<bz::member_buffer>);
static_assert(std::is_base_of_v<std::streambuf, bz::member_buffer>);
static_assert(std::is_base_of_v<std::istream, bz::member_stream>);
static_assert(bz::looks_like_zip(std::string_view{"PK\x03\x04rest", 8}));
static_assert(bz::looks_like_zip(std::string_view{"PK\x05\x06", 4}));
static_assert(!bz::looks_like_zip("PK"));
static_assert(!bz::looks_like_zip("20141124\t"));

namespace {

/// A fresh directory for archives, removed at the end of the test.
struct scratch_dir {
    fs::path path = fs::temp_directory_path() / ("bilateral-zip-test-" + std::to_string(::getpid()));
    scratch_dir() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~scratch_dir() { fs::remove_all(path); }
    [[nodiscard]] std::string file(std::string_view name) const { return (path / name).string(); }
};

enum class method : std::uint8_t { store, deflate, directory };

struct entry {
    std::string name;
    std::string data;
    method how = method::deflate;
};

/// Writes `entries` as a zip archive at `path`, with libzip.
void write_zip(const std::string& path, const std::vector<entry>& entries) {
    int code = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE_MESSAGE(z != nullptr, "cannot create " << path << ": libzip error " << code);
    for (const entry& e : entries) {
        if (e.how == method::directory) {
            REQUIRE(zip_dir_add(z, e.name.c_str(), ZIP_FL_ENC_UTF_8) >= 0);
            continue;
        }
        zip_source_t* source = zip_source_buffer(z, e.data.data(), e.data.size(), 0);
        REQUIRE(source != nullptr);
        const zip_int64_t index = zip_file_add(z, e.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        REQUIRE(zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                                         e.how == method::store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) == 0);
    }
    REQUIRE_MESSAGE(zip_close(z) == 0, "cannot write " << path << ": " << zip_strerror(z));
}

void write_file(const std::string& path, std::string_view bytes) {
    std::ofstream f{path, std::ios::binary};
    f << bytes;
    REQUIRE(f.good());
}

/// Text that deflate cannot shrink to nothing: GDELT-like lines with varying numbers.
std::string sample_text(std::size_t bytes) {
    std::string text;
    std::uint64_t x = 88172645463325252ULL;
    while (text.size() < bytes) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text += std::to_string(x % 1000000007) + "\t20141124\tCHN\tKAZ\t" + std::to_string(x % 97) + "\n";
    }
    text.resize(bytes);
    return text;
}

/// The whole member at `index`, read with istream's character interface (underflow).
std::string read_by_char(const bz::archive& a, std::uint64_t index) {
    bz::member_stream in{a, index};
    return std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

/// The whole member at `index`, read in blocks of `block` bytes (xsgetn).
std::string read_by_block(const bz::archive& a, std::uint64_t index, std::size_t block) {
    bz::member_stream in{a, index};
    std::string all;
    std::string part(block, '\0');
    for (;;) {
        const auto got = in.rdbuf()->sgetn(part.data(), static_cast<std::streamsize>(block));
        all.append(part, 0, static_cast<std::size_t>(got));
        if (got < static_cast<std::streamsize>(block)) break;
    }
    CHECK(in.error().empty());
    return all;
}

}  // namespace

TEST_CASE("zip: members are listed in archive order with their names, sizes and kinds") {
    const scratch_dir dir;
    const std::string path = dir.file("mixed.zip");
    const std::string big = sample_text(3 * bz::member_buffer::chunk_size + 12345);
    write_zip(path, {{.name = "stored.tsv", .data = "a\tb\n", .how = method::store},
                     {.name = "folder/", .data = "", .how = method::directory},
                     {.name = "folder/deflated.tsv", .data = big, .how = method::deflate},
                     {.name = "empty.tsv", .data = "", .how = method::deflate}});
    std::string error;
    std::optional<bz::archive> a = bz::archive::open(path, error);
    REQUIRE_MESSAGE(a, error);
    CHECK(error.empty());
    CHECK(a->path() == path);
    REQUIRE(a->size() == 4);

    const auto m0 = a->member(0);
    REQUIRE(m0);
    CHECK(m0->index == 0);
    CHECK(m0->name == "stored.tsv");
    CHECK(m0->size == 4);
    CHECK(m0->compressed_size == 4);  // stored: as it is
    CHECK_FALSE(m0->directory);

    const auto m1 = a->member(1);
    REQUIRE(m1);
    CHECK(m1->name == "folder/");
    CHECK(m1->directory);
    CHECK(m1->size == 0);

    const auto m2 = a->member(2);
    REQUIRE(m2);
    CHECK(m2->name == "folder/deflated.tsv");
    CHECK(m2->size == big.size());
    CHECK(m2->compressed_size < big.size());  // deflated
    CHECK_FALSE(m2->directory);

    const auto m3 = a->member(3);
    REQUIRE(m3);
    CHECK(m3->name == "empty.tsv");
    CHECK(m3->size == 0);

    CHECK_FALSE(a->member(4));
    CHECK_FALSE(a->member(UINT64_MAX));
}

TEST_CASE("zip: a member reads back byte for byte, stored or deflated, by character or by block") {
    const scratch_dir dir;
    const std::string path = dir.file("round_trip.zip");
    const std::string big = sample_text(3 * bz::member_buffer::chunk_size + 12345);
    const std::string small = "20141124\tCHN\tKAZ\n\r\n\xEF\xBB\xBF\xFF\x00 bytes"s;
    write_zip(path, {{.name = "small_stored", .data = small, .how = method::store},
                     {.name = "small_deflated", .data = small, .how = method::deflate},
                     {.name = "big_stored", .data = big, .how = method::store},
                     {.name = "big_deflated", .data = big, .how = method::deflate},
                     {.name = "empty", .data = "", .how = method::store}});
    std::string error;
    std::optional<bz::archive> a = bz::archive::open(path, error);
    REQUIRE_MESSAGE(a, error);
    for (std::uint64_t i = 0; i < 2; ++i) {
        CHECK(read_by_char(*a, i) == small);
        CHECK(read_by_block(*a, i, 7) == small);
    }
    for (std::uint64_t i = 2; i < 4; ++i) {
        CAPTURE(i);
        CHECK(read_by_char(*a, i) == big);
        CHECK(read_by_block(*a, i, 1000) == big);                       // many buffered reads
        CHECK(read_by_block(*a, i, 2 * bz::member_buffer::chunk_size + 1) == big);  // straight into the caller's memory
        CHECK(read_by_block(*a, i, big.size() + 1) == big);              // the whole member at once
    }
    CHECK(read_by_char(*a, 4).empty());
    CHECK(read_by_block(*a, 4, 10).empty());

    // Mixed: a few characters, then a large block, then the rest, from the same buffer.
    bz::member_stream in{*a, 3};
    std::string head(5, '\0');
    in.read(head.data(), 5);
    CHECK(in.buffer().bytes_read() == 5);
    std::string middle(bz::member_buffer::chunk_size * 2, '\0');
    CHECK(in.rdbuf()->sgetn(middle.data(), static_cast<std::streamsize>(middle.size())) ==
          static_cast<std::streamsize>(middle.size()));
    const std::string tail{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    CHECK(head + middle + tail == big);
    CHECK(in.buffer().bytes_read() == big.size());
    CHECK_FALSE(in.buffer().failed());
    CHECK(in.error().empty());
}

TEST_CASE("zip: a GDELT reader reads a zipped member as it reads the file itself") {
    const scratch_dir dir;
    const std::string path = dir.file("20141124.export.CSV.zip");
    const std::string rows = gdelt_fixtures::lines(
        {gdelt_fixtures::v2_row(), gdelt_fixtures::v1_daily_row(), gdelt_fixtures::v1_historical_row()});
    write_zip(path, {{.name = "20141124.export.CSV", .data = rows, .how = method::deflate}});
    std::string error;
    std::optional<bz::archive> a = bz::archive::open(path, error);
    REQUIRE_MESSAGE(a, error);
    bz::member_stream zipped{*a, 0};
    bilateral::gdelt::reader from_zip{zipped};
    bilateral::gdelt::reader from_text{std::string_view{rows}};
    std::size_t n = 0;
    for (;;) {
        const bilateral::gdelt::record* x = from_zip.next();
        const bilateral::gdelt::record* y = from_text.next();
        REQUIRE((x == nullptr) == (y == nullptr));
        if (x == nullptr) break;
        CHECK(*x == *y);
        ++n;
    }
    CHECK(n == 3);
    CHECK(from_zip.summary().ok());
    CHECK(zipped.error().empty());
}

TEST_CASE("zip: a corrupted member fails with libzip's reason and reading ends there") {
    const scratch_dir dir;
    const std::string text = sample_text(bz::member_buffer::chunk_size * 2);
    for (const method how : {method::store, method::deflate}) {
        CAPTURE(how == method::store ? "stored" : "deflated");
        const std::string path = dir.file("corrupt.zip");
        write_zip(path, {{.name = "data.tsv", .data = text, .how = how}});
        // The member's data starts after the local header (30 bytes, the name, the extra field).
        std::string bytes = bilateral_test::file_bytes(path);
        REQUIRE(bz::looks_like_zip(bytes));
        const auto u16 = [&](std::size_t at) {
            return static_cast<std::size_t>(static_cast<unsigned char>(bytes[at])) |
                   static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
        };
        const std::size_t data_at = 30 + u16(26) + u16(28);
        for (std::size_t i = 0; i < 16; ++i) bytes[data_at + 200 + i] = static_cast<char>(~bytes[data_at + 200 + i]);
        write_file(path, bytes);

        std::string error;
        std::optional<bz::archive> a = bz::archive::open(path, error);
        REQUIRE_MESSAGE(a, error);  // the directory is intact: the damage shows when reading
        bz::member_stream in{*a, 0};
        const std::string got{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
        CHECK(in.buffer().failed());
        const std::string why = in.error();
        CAPTURE(why);
        CHECK((why.find("CRC") != std::string::npos || why.find("Zlib") != std::string::npos ||
               why.find("ompressed data") != std::string::npos));
        CHECK(got.size() <= text.size());
        CHECK(got != text);
        // Ended: nothing more comes, and the error stays.
        CHECK(in.rdbuf()->sgetc() == std::char_traits<char>::eof());
        CHECK(in.error() == why);

        // A GDELT reader stops at the failure; the line it had reached is kept by the caller.
        bz::member_stream again{*a, 0};
        bilateral::gdelt::reader r{again, {.mode = bilateral::gdelt::mode::lenient}};
        while (r.next() != nullptr) {
        }
        CHECK(again.buffer().failed());
        CHECK(again.error() == why);
    }
}

TEST_CASE("zip: a truncated archive, a file that is not one and a missing file are errors naming the path") {
    const scratch_dir dir;
    const std::string good = dir.file("good.zip");
    write_zip(good, {{.name = "a.tsv", .data = sample_text(50000), .how = method::deflate}});
    const std::string bytes = bilateral_test::file_bytes(good);

    const std::string truncated = dir.file("truncated.zip");
    write_file(truncated, std::string_view{bytes}.substr(0, bytes.size() / 2));
    const std::string not_zip = dir.file("20141124.export.CSV.zip");
    write_file(not_zip, "20141124\tnot a zip\n");
    const std::string empty = dir.file("empty.zip");
    write_file(empty, "");
    const std::string missing = dir.file("missing.zip");

    const auto open_error = [](const std::string& path) {
        std::string error;
        const std::optional<bz::archive> a = bz::archive::open(path, error);
        CHECK_FALSE(a);
        CHECK(error.find("'" + path + "'") != std::string::npos);
        return error;
    };
    const std::string t = open_error(truncated);
    CHECK(t.find("Not a zip archive") != std::string::npos);
    CHECK(t.find("truncated") != std::string::npos);
    const std::string n = open_error(not_zip);
    CHECK(n.find("Not a zip archive") != std::string::npos);
    CHECK(n.find("truncated") == std::string::npos);
    CHECK(open_error(empty).find("Not a zip archive") != std::string::npos);
    CHECK(open_error(missing).find("No such file") != std::string::npos);
    CHECK_FALSE(open_error(dir.path.string()).empty());  // a directory
}

TEST_CASE("zip: an archive with bytes missing in the middle is refused when opened, as inconsistent") {
    const scratch_dir dir;
    const std::string path = dir.file("cut.zip");
    write_zip(path, {{.name = "a.tsv", .data = sample_text(4000), .how = method::store},
                     {.name = "b.tsv", .data = sample_text(4000), .how = method::store}});
    const std::string bytes = bilateral_test::file_bytes(path);
    // Drop 100 bytes of the first member's data: the directory's offsets of what follows are wrong.
    write_file(path, bytes.substr(0, 1000) + bytes.substr(1100));
    std::string error;
    CHECK_FALSE(bz::archive::open(path, error));
    CHECK(error == "cannot open zip archive '" + path + "': Zip archive inconsistent");
}

TEST_CASE("zip: a moved archive keeps its members, and the one moved from holds none") {
    const scratch_dir dir;
    const std::string path = dir.file("moved.zip");
    write_zip(path, {{.name = "a", .data = "one", .how = method::deflate}, {.name = "b", .data = "two", .how = method::deflate}});
    std::string error;
    std::optional<bz::archive> a = bz::archive::open(path, error);
    REQUIRE_MESSAGE(a, error);
    bz::archive b = std::move(*a);
    CHECK(a->size() == 0);  // NOLINT(bugprone-use-after-move): a moved-from archive is empty by contract
    CHECK_FALSE(a->member(0));
    REQUIRE(b.size() == 2);
    CHECK(read_by_char(b, 1) == "two");
    // A member of a moved-from archive cannot be read: an error, not a crash.
    bz::member_stream nothing{*a, 0};
    CHECK(nothing.buffer().failed());
    CHECK_FALSE(nothing.error().empty());
    CHECK(nothing.get() == std::char_traits<char>::eof());
}

#ifdef BILATERAL_DATA_DIR
TEST_CASE("zip (real data): GDELT's zipped daily file holds the .tsv byte for byte, and reads as the same records") {
    const fs::path gdelt = fs::path{BILATERAL_DATA_DIR} / "gdelt";
    const std::string path = (gdelt / "gdelt1_daily_20141124.export.CSV.zip").string();
    const std::string tsv = bilateral_test::file_bytes(gdelt / "gdelt1_daily_20141124_export_loum-geoutils.tsv");
    std::string error;
    std::optional<bz::archive> a = bz::archive::open(path, error);
    REQUIRE_MESSAGE(a, error);
    REQUIRE(a->size() == 1);
    const auto m = a->member(0);
    REQUIRE(m);
    CHECK(m->name == "20141124.export.CSV");
    CHECK(m->size == tsv.size());
    CHECK_FALSE(m->directory);
    CHECK(read_by_char(*a, 0) == tsv);
    CHECK(read_by_block(*a, 0, 4096) == tsv);

    bz::member_stream zipped{*a, 0};
    bilateral::gdelt::reader from_zip{zipped};
    bilateral::gdelt::reader from_tsv{std::string_view{tsv}};
    std::size_t n = 0;
    for (;;) {
        const bilateral::gdelt::record* x = from_zip.next();
        const bilateral::gdelt::record* y = from_tsv.next();
        REQUIRE((x == nullptr) == (y == nullptr));
        if (x == nullptr) break;
        CHECK(*x == *y);
        ++n;
    }
    CHECK(n == 100);
    CHECK(from_zip.summary().ok());
    CHECK(from_zip.summary().rows == from_tsv.summary().rows);
    CHECK_FALSE(zipped.buffer().failed());
}
#endif
