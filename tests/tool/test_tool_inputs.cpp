// SPDX-License-Identifier: BSL-1.0
// Tests of tool/inputs.hpp (and the input items of tool/files.hpp): FILE|DIR arguments expanded in
// a fixed order, hidden names skipped, zip archives recognised by content and expanded to their
// members, link loops harmless, errors naming the path, items opened and read on their own
// (concurrently too), and OUT refused when it is one of the items.
#include "inputs.hpp"

#include <doctest/doctest.h>

#include "../test_files.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace bilateral::tool;
namespace fs = std::filesystem;

namespace {

/// A fresh directory for files, removed at the end of the test.
struct scratch_dir {
    fs::path path = fs::temp_directory_path() / ("bilateral-inputs-test-" + std::to_string(::getpid()));
    scratch_dir() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~scratch_dir() { fs::remove_all(path); }
    [[nodiscard]] std::string file(std::string_view name) const { return (path / name).string(); }
};

void write_file(const std::string& path, std::string_view text) {
    fs::create_directories(fs::path{path}.parent_path());
    std::ofstream f{path, std::ios::binary};
    f << text;
    REQUIRE(f.good());
}

/// Writes a zip archive with libzip: members given as {name, bytes}; a name ending in '/' is a
/// directory entry.
void write_zip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& members) {
    fs::create_directories(fs::path{path}.parent_path());
    int code = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(z != nullptr);
    for (const auto& [name, bytes] : members) {
        if (name.ends_with('/')) {
            REQUIRE(zip_dir_add(z, name.c_str(), ZIP_FL_ENC_UTF_8) >= 0);
            continue;
        }
        zip_source_t* source = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        REQUIRE(source != nullptr);
        REQUIRE(zip_file_add(z, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
}

std::vector<std::string> labels(const std::vector<input_item>& items) {
    std::vector<std::string> out;
    for (const input_item& i : items) out.push_back(i.label);
    return out;
}

std::optional<std::vector<input_item>> expand(std::initializer_list<std::string> arguments, std::string& error,
                                              const streams& io = {}) {
    const std::vector<std::string> args{arguments};
    return expand_inputs(args, io, error);
}

/// The whole of an item, read through `input::open(item)`; the read failure, if any, in `failure`.
std::string read_item(const input_item& item, std::string& failure, const streams& io = {}) {
    std::string error;
    std::optional<input> in = input::open(item, io, error);
    REQUIRE_MESSAGE(in, error);
    CHECK(in->label() == item.label);
    std::string text{std::istreambuf_iterator<char>{in->stream()}, std::istreambuf_iterator<char>{}};
    failure = in->read_failure();
    return text;
}

}  // namespace

TEST_CASE("tool inputs: directories are walked in name order, level by level, after the arguments' order") {
    const scratch_dir dir;
    write_file(dir.file("data/b.tsv"), "b\n");
    write_file(dir.file("data/a.tsv"), "a\n");
    write_file(dir.file("data/B.tsv"), "B\n");  // bytes: upper case first
    write_file(dir.file("data/sub/deeper/d.tsv"), "d\n");
    write_file(dir.file("data/sub/c.tsv"), "c\n");
    write_file(dir.file("data/sub.tsv"), "s\n");
    write_file(dir.file("first.tsv"), "first\n");
    const std::string data = dir.file("data");
    std::string error;
    const auto items = expand({dir.file("first.tsv"), data}, error);
    REQUIRE_MESSAGE(items, error);
    CHECK(labels(*items) == std::vector<std::string>{dir.file("first.tsv"), data + "/B.tsv", data + "/a.tsv",
                                                     data + "/b.tsv", data + "/sub/c.tsv", data + "/sub/deeper/d.tsv",
                                                     data + "/sub.tsv"});
    for (const input_item& i : *items) {
        CAPTURE(i.label);
        CHECK(i.path == i.label);
        CHECK_FALSE(i.member);
        CHECK(i.size == fs::file_size(i.path));
        CHECK(i.identity.has_value());
    }
    // A trailing slash gives the same items, labelled without a doubled separator.
    const auto again = expand({data + "/"}, error);
    REQUIRE_MESSAGE(again, error);
    CHECK(again->size() == 6);
    CHECK(again->front().label == data + "/B.tsv");
}

TEST_CASE("tool inputs: hidden files and directories are skipped, the tool's temporary files among them") {
    const scratch_dir dir;
    write_file(dir.file("data/x.tsv"), "x\n");
    write_file(dir.file("data/.hidden.tsv"), "h\n");
    write_file(dir.file("data/.git/objects/y.tsv"), "y\n");
    write_file(dir.file("data/.out.csv.bilateral-AbC123"), "half-written\n");
    std::string error;
    const auto items = expand({dir.file("data")}, error);
    REQUIRE_MESSAGE(items, error);
    CHECK(labels(*items) == std::vector<std::string>{dir.file("data/x.tsv")});
    // Named as an argument, a hidden file is read: only the walk skips hidden names.
    const auto named = expand({dir.file("data/.hidden.tsv")}, error);
    REQUIRE_MESSAGE(named, error);
    CHECK(labels(*named) == std::vector<std::string>{dir.file("data/.hidden.tsv")});
}

TEST_CASE("tool inputs: zip archives, found by content, become their members, labelled archive:member") {
    const scratch_dir dir;
    write_zip(dir.file("data/20141124.export.CSV.zip"), {{"20141124.export.CSV", "row 1\nrow 2\n"}});
    write_zip(dir.file("data/many.zip"), {{"folder/", ""}, {"folder/one.tsv", "one\n"}, {"empty.tsv", ""}, {"two.tsv", "two\n"}});
    write_zip(dir.file("data/named_tsv.tsv"), {{"inner.tsv", "inner\n"}});  // a zip whatever its name
    write_file(dir.file("data/not_a_zip.zip"), "plain text\n");            // a plain file whatever its name
    std::string error;
    const auto items = expand({dir.file("data")}, error);
    REQUIRE_MESSAGE(items, error);
    const std::string d = dir.file("data");
    CHECK(labels(*items) == std::vector<std::string>{d + "/20141124.export.CSV.zip:20141124.export.CSV",
                                                     d + "/many.zip:folder/one.tsv", d + "/many.zip:empty.tsv",
                                                     d + "/many.zip:two.tsv", d + "/named_tsv.tsv:inner.tsv",
                                                     d + "/not_a_zip.zip"});
    REQUIRE(items->size() == 6);
    CHECK((*items)[0].member == 0u);
    CHECK((*items)[0].size == 12);
    CHECK((*items)[0].path == d + "/20141124.export.CSV.zip");
    CHECK((*items)[1].member == 1u);  // index 0 is the directory entry, which is not an input
    CHECK((*items)[2].member == 2u);
    CHECK((*items)[2].size == 0);
    CHECK((*items)[3].member == 3u);
    CHECK((*items)[1].identity == (*items)[3].identity);  // members share their archive's identity
    CHECK_FALSE((*items)[5].member);
    CHECK((*items)[5].size == 11);

    const std::vector<std::string> expected{"row 1\nrow 2\n", "one\n", "", "two\n", "inner\n", "plain text\n"};
    for (std::size_t i = 0; i < items->size(); ++i) {
        CAPTURE((*items)[i].label);
        std::string failure;
        CHECK(read_item((*items)[i], failure) == expected[i]);
        CHECK(failure.empty());
    }
}

TEST_CASE("tool inputs: items open and read on their own, several threads at once") {
    const scratch_dir dir;
    std::vector<std::pair<std::string, std::string>> members;
    for (int i = 0; i < 8; ++i) {
        std::string text;
        for (int line = 0; line < 20000; ++line) text += std::to_string(i) + "\t" + std::to_string(line) + "\n";
        members.emplace_back("m" + std::to_string(i) + ".tsv", std::move(text));
    }
    write_zip(dir.file("all.zip"), members);
    std::string error;
    const auto items = expand({dir.file("all.zip")}, error);
    REQUIRE_MESSAGE(items, error);
    REQUIRE(items->size() == members.size());
    std::vector<std::string> read(items->size());
    std::vector<std::string> failures(items->size());
    std::vector<std::string> errors(items->size());
    {
        std::vector<std::thread> workers;
        for (std::size_t i = 0; i < items->size(); ++i) {
            workers.emplace_back([&, i] {
                // No doctest assertions here: they are not thread-safe in doctest 2.4.
                std::optional<input> in = input::open((*items)[i], {}, errors[i]);
                if (!in) return;
                read[i].assign(std::istreambuf_iterator<char>{in->stream()}, std::istreambuf_iterator<char>{});
                failures[i] = in->read_failure();
            });
        }
        for (std::thread& t : workers) t.join();
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        CAPTURE(i);
        CHECK(errors[i].empty());
        CHECK(failures[i].empty());
        CHECK(read[i] == members[i].second);
    }
}

TEST_CASE("tool inputs: a corrupted member is a read failure with libzip's reason, as for a file") {
    const scratch_dir dir;
    std::string text;
    for (int line = 0; line < 5000; ++line) text += "20141124\t" + std::to_string(line * 7919) + "\n";
    const std::string path = dir.file("bad.zip");
    {
        int code = 0;
        zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        REQUIRE(z != nullptr);
        zip_source_t* source = zip_source_buffer(z, text.data(), text.size(), 0);
        REQUIRE(zip_file_add(z, "a.tsv", source, 0) == 0);
        REQUIRE(zip_set_file_compression(z, 0, ZIP_CM_STORE, 0) == 0);
        REQUIRE(zip_close(z) == 0);
    }
    std::string bytes = bilateral_test::file_bytes(path);
    bytes[30 + 5 + 1000] = static_cast<char>(bytes[30 + 5 + 1000] ^ 0x20);  // in the stored data, after "a.tsv"
    write_file(path, bytes);
    std::string error;
    const auto items = expand({path}, error);
    REQUIRE_MESSAGE(items, error);
    REQUIRE(items->size() == 1);
    std::string failure;
    const std::string got = read_item(items->front(), failure);
    CHECK(failure == "CRC error");
    CHECK(got.size() <= text.size());
}

TEST_CASE("tool inputs: a link loop does not hang the walk; links to files are read, links to directories inside are not") {
    const scratch_dir dir;
    write_file(dir.file("data/a.tsv"), "a\n");
    write_file(dir.file("data/sub/b.tsv"), "b\n");
    write_file(dir.file("elsewhere/c.tsv"), "c\n");
    fs::create_directory_symlink(dir.file("data"), dir.file("data/sub/loop"));  // back up: a loop
    fs::create_directory_symlink(dir.file("elsewhere"), dir.file("data/other"));
    fs::create_symlink(dir.file("elsewhere/c.tsv"), dir.file("data/c_link.tsv"));
    fs::create_symlink(dir.file("nowhere"), dir.file("data/dangling.tsv"));
    std::string error;
    const auto items = expand({dir.file("data")}, error);
    REQUIRE_MESSAGE(items, error);
    CHECK(labels(*items) == std::vector<std::string>{dir.file("data/a.tsv"), dir.file("data/c_link.tsv"),
                                                     dir.file("data/sub/b.tsv")});
    // Named as an argument, a link to a directory is walked.
    const auto through = expand({dir.file("data/sub/loop")}, error);
    REQUIRE_MESSAGE(through, error);
    CHECK(through->size() == 3);
}

TEST_CASE("tool inputs: errors name the path, and one bad argument stops the expansion") {
    const scratch_dir dir;
    write_file(dir.file("good.tsv"), "g\n");
    std::string error;
    CHECK_FALSE(expand({dir.file("good.tsv"), dir.file("missing.tsv")}, error));
    CHECK(error == "cannot read '" + dir.file("missing.tsv") + "': No such file or directory");

    write_zip(dir.file("data/whole.zip"), {{"a.tsv", std::string(100000, 'a')}});
    const std::string whole = bilateral_test::file_bytes(dir.file("data/whole.zip"));
    write_file(dir.file("data/cut.zip"), std::string_view{whole}.substr(0, whole.size() / 2));
    CHECK_FALSE(expand({dir.file("data")}, error));
    CHECK(error.starts_with("cannot open zip archive '" + dir.file("data/cut.zip") + "': Not a zip archive"));
    CHECK(error.find("truncated") != std::string::npos);

    CHECK_FALSE(expand({}, error));
    CHECK(error == "no input given (files, directories, or '-' for standard input)");
    CHECK_FALSE(expand({"-", dir.file("good.tsv")}, error));
    CHECK(error == "'-' (standard input) can only be the only input");
    CHECK_FALSE(expand({""}, error));
    CHECK(error == "cannot read '': No such file or directory");

    if (::geteuid() != 0) {  // permissions do not stop root
        fs::create_directories(dir.file("locked/inner"));
        fs::permissions(dir.file("locked/inner"), fs::perms::none);
        CHECK_FALSE(expand({dir.file("locked")}, error));
        CHECK(error.starts_with("cannot read directory '" + dir.file("locked/inner") + "': "));
        fs::permissions(dir.file("locked/inner"), fs::perms::owner_all);
    }
}

TEST_CASE("tool inputs: the same file reached twice is refused, as it would be counted twice") {
    const scratch_dir dir;
    write_file(dir.file("data/a.tsv"), "a\n");
    fs::create_hard_link(dir.file("data/a.tsv"), dir.file("data/z_same.tsv"));
    std::string error;
    CHECK_FALSE(expand({dir.file("data")}, error));
    CHECK(error == "'" + dir.file("data/z_same.tsv") + "' is the same file as '" + dir.file("data/a.tsv") +
                       "', already an input: its rows would be counted twice");
    fs::remove(dir.file("data/z_same.tsv"));
    CHECK_FALSE(expand({dir.file("data"), dir.file("data/a.tsv")}, error));
    CHECK(error.find("is the same file as '" + dir.file("data/a.tsv") + "'") != std::string::npos);
    CHECK(expand({dir.file("data")}, error));
}

TEST_CASE("tool inputs: '-' alone is standard input") {
    std::istringstream text{"from stdin\n"};
    const streams io{.in = &text};
    std::string error;
    const auto items = expand({"-"}, error, io);
    REQUIRE_MESSAGE(items, error);
    REQUIRE(items->size() == 1);
    CHECK(items->front().label == "<stdin>");
    CHECK(items->front().path.empty());
    std::string failure;
    CHECK(read_item(items->front(), failure, io) == "from stdin\n");
    CHECK(failure.empty());
}

TEST_CASE("tool inputs: OUT among the files of an input directory is refused; a new OUT there is written, not read") {
    const scratch_dir dir;
    write_file(dir.file("data/a.tsv"), "a\n");
    write_file(dir.file("data/panel.csv"), "an earlier run's output\n");
    write_zip(dir.file("data/z.zip"), {{"m.tsv", "m\n"}});
    std::string error;
    const auto items = expand({dir.file("data")}, error);
    REQUIRE_MESSAGE(items, error);
    REQUIRE(items->size() == 3);

    CHECK_FALSE(output::open_for(dir.file("data/panel.csv"), {}, *items, error));
    CHECK(error == "OUT '" + dir.file("data/panel.csv") + "' is the same file as IN '" + dir.file("data/panel.csv") +
                       "'; writing it would destroy the input (write elsewhere, then rename)");
    CHECK_FALSE(output::open_for(dir.file("data/z.zip"), {}, *items, error));
    CHECK(error.find("is the same file as IN '" + dir.file("data/z.zip") + ":m.tsv'") != std::string::npos);
    CHECK(bilateral_test::file_bytes(dir.file("data/panel.csv")) == "an earlier run's output\n");

    // A new OUT in the directory: its temporary file, hidden, is not an input while it is written.
    std::optional<output> out = output::open_for(dir.file("data/new.csv"), {}, *items, error);
    REQUIRE_MESSAGE(out, error);
    out->stream() << "result\n";
    const auto meanwhile = expand({dir.file("data")}, error);
    REQUIRE_MESSAGE(meanwhile, error);
    CHECK(labels(*meanwhile) == labels(*items));
    CHECK(out->commit(error));
    CHECK(bilateral_test::file_bytes(dir.file("data/new.csv")) == "result\n");
}

TEST_CASE("tool inputs: read_whole of a member is bounded by its size") {
    const scratch_dir dir;
    write_zip(dir.file("doc.zip"), {{"doc.json", std::string(100, ' ') + "{}"}});
    std::string error;
    const auto items = expand({dir.file("doc.zip")}, error);
    REQUIRE_MESSAGE(items, error);
    REQUIRE(items->size() == 1);
    std::optional<input> small = input::open(items->front(), {}, error);
    REQUIRE_MESSAGE(small, error);
    CHECK_FALSE(small->read_whole(64, error));
    CHECK(error.starts_with("'" + dir.file("doc.zip") + ":doc.json' is larger than 64 bytes"));
    std::optional<input> whole = input::open(items->front(), {}, error);
    REQUIRE_MESSAGE(whole, error);
    CHECK(whole->read_whole(1000, error) == std::optional<std::string>{std::string(100, ' ') + "{}"});
}

TEST_CASE("tool inputs: an item whose file has gone since the expansion fails to open, naming it") {
    const scratch_dir dir;
    write_file(dir.file("a.tsv"), "a\n");
    write_zip(dir.file("b.zip"), {{"m.tsv", "m\n"}});
    std::string error;
    const auto items = expand({dir.file("a.tsv"), dir.file("b.zip")}, error);
    REQUIRE_MESSAGE(items, error);
    fs::remove(dir.file("a.tsv"));
    fs::remove(dir.file("b.zip"));
    CHECK_FALSE(input::open((*items)[0], {}, error));
    CHECK(error == "cannot read '" + dir.file("a.tsv") + "': No such file or directory");
    CHECK_FALSE(input::open((*items)[1], {}, error));
    CHECK(error == "cannot open zip archive '" + dir.file("b.zip") + "': No such file");
}
