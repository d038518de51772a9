// SPDX-License-Identifier: BSL-1.0
// Tests of tool/files.hpp: inputs that fail with a message, output that replaces OUT only on
// commit, OUT that is IN refused, and write errors kept with the system's reason.
#include "files.hpp"

#include <doctest/doctest.h>

#include "../test_files.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fcntl.h>
#include <unistd.h>

using namespace bilateral::tool;
namespace fs = std::filesystem;

namespace {

/// A fresh directory for files, removed at the end of the test.
struct scratch_dir {
    fs::path path = fs::temp_directory_path() / ("bilateral-files-test-" + std::to_string(::getpid()));
    scratch_dir() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~scratch_dir() { fs::remove_all(path); }
    [[nodiscard]] std::string file(std::string_view name) const { return (path / name).string(); }
    [[nodiscard]] std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator{path}, fs::directory_iterator{}));
    }
};

void write_file(const std::string& path, std::string_view text) {
    std::ofstream f{path, std::ios::binary};
    f << text;
}

}  // namespace

TEST_CASE("tool files: OUT is replaced only on commit; without it an existing OUT is left as it was") {
    const scratch_dir dir;
    const std::string out_path = dir.file("out.txt");
    write_file(out_path, "old\n");
    std::string error;
    {
        std::optional<output> out = output::open(out_path, {}, {}, error);
        REQUIRE(out);
        out->stream() << "new\n";
        CHECK(bilateral_test::file_bytes(out_path) == "old\n");  // not yet
        CHECK(dir.entries() == 2);                                // OUT and the temporary file beside it
    }
    CHECK(bilateral_test::file_bytes(out_path) == "old\n");
    CHECK(dir.entries() == 1);  // the temporary file is gone
    {
        std::optional<output> out = output::open(out_path, {}, {}, error);
        REQUIRE(out);
        out->stream() << "new\n";
        CHECK(out->commit(error));
    }
    CHECK(bilateral_test::file_bytes(out_path) == "new\n");
    CHECK(dir.entries() == 1);
}

TEST_CASE("tool files: OUT that is IN, by name, symbolic link or hard link, is refused before anything is read") {
    const scratch_dir dir;
    const std::string in_path = dir.file("in.tsv");
    write_file(in_path, "data\n");
    fs::create_symlink(in_path, dir.file("link"));
    fs::create_hard_link(in_path, dir.file("hard"));
    std::string error;
    std::optional<input> in = input::open(in_path, {}, error);
    REQUIRE(in);
    const std::array<const input*, 1> inputs{&*in};
    for (const std::string& out_path : {in_path, dir.file("link"), dir.file("hard")}) {
        CAPTURE(out_path);
        error.clear();
        CHECK_FALSE(output::open(out_path, {}, inputs, error));
        CHECK(error == "OUT '" + out_path + "' is the same file as IN '" + in_path +
                           "'; writing it would destroy the input (write elsewhere, then rename)");
    }
    CHECK(bilateral_test::file_bytes(in_path) == "data\n");
    CHECK(output::open(dir.file("other"), {}, inputs, error));
}

TEST_CASE("tool files: inputs that cannot be read say why") {
    const scratch_dir dir;
    std::string error;
    CHECK_FALSE(input::open(dir.path.string(), {}, error));
    CHECK(error == "cannot read '" + dir.path.string() + "': it is a directory");
    CHECK_FALSE(input::open(dir.file("missing"), {}, error));
    CHECK(error == "cannot read '" + dir.file("missing") + "': No such file or directory");
    // A descriptor that is not open stands for a closed standard input.
    std::istringstream unused;
    CHECK_FALSE(input::open(std::nullopt, streams{.in = &unused, .in_fd = 1000}, error));
    CHECK(error == "standard input is closed");
}

TEST_CASE("tool files: read_whole is bounded, and names the bound") {
    std::istringstream text{std::string(100, 'x')};
    std::string error;
    std::optional<input> in = input::open(std::nullopt, streams{.in = &text}, error);
    REQUIRE(in);
    CHECK_FALSE(in->read_whole(64, error));
    CHECK(error == "'<stdin>' is larger than 64 bytes, the most the tool holds in memory for a format it parses whole (JSON, "
                   "PLOVER, ICEWS, POLECAT, Phoenix, GDELT as CSV)");
    std::istringstream small{"{}"};
    std::optional<input> again = input::open("-", streams{.in = &small}, error);
    REQUIRE(again);
    CHECK(again->read_whole(64, error) == std::optional<std::string>{"{}"});
}

TEST_CASE("tool files: head() reads ahead, and reading then starts from the beginning, for files and standard input") {
    scratch_dir dir;
    std::string big(200000, 'a');
    for (std::size_t i = 0; i < big.size(); i += 7) big[i] = static_cast<char>('0' + i % 10);
    write_file(dir.file("big"), big);
    std::string error;
    std::optional<input> file = input::open(dir.file("big"), {}, error);
    REQUIRE(file);
    CHECK(file->head(64 * 1024) == std::string_view{big}.substr(0, 64 * 1024));
    CHECK(file->read_whole(1 << 20, error) == std::optional<std::string>{big});
    CHECK(file->read_failure().empty());

    std::istringstream text{"short"};
    std::optional<input> in = input::open(std::nullopt, streams{.in = &text}, error);
    REQUIRE(in);
    CHECK(in->head(64) == "short");
    std::string line;
    std::getline(in->stream(), line);  // a stream reader sees the head too
    CHECK(line == "short");
}

TEST_CASE("tool files: a failed write is kept with the system's reason, for files and for standard output") {
    std::string error;
    {
        std::optional<output> full = output::open("/dev/full", {}, {}, error);
        REQUIRE(full);
        full->stream() << std::string(200'000, 'x');
        CHECK_FALSE(full->good());
        CHECK_FALSE(full->commit(error));
        CHECK(error == "cannot write '/dev/full': No space left on device");
    }
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    {
        fd_buffer buffer{fd};
        std::ostream out{&buffer};
        out << "a few bytes";
        CHECK_FALSE(finish_stdout(out, error));
        CHECK(error == "cannot write <stdout>: No space left on device");
        CHECK(buffer.error() == ENOSPC);
    }
    ::close(fd);
}
