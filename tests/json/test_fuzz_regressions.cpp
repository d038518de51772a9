// SPDX-License-Identifier: BSL-1.0
// Every input that ever made a fuzzer (fuzz/fuzz_json.cpp, fuzz/fuzz_plover.cpp) fail, run through
// the fuzzers' own checks: tests/json/fuzz_regressions/json/* and tests/json/fuzz_regressions/plover/*.
#define BILATERAL_FUZZ_NO_ENTRY_POINT
#include "../../fuzz/fuzz_json.cpp"
#include "../../fuzz/fuzz_plover.cpp"

#include <doctest/doctest.h>

#include "../test_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputs(const char* kind) {
    const std::filesystem::path dir = std::filesystem::path{BILATERAL_FUZZ_REGRESSIONS_DIR} / kind;
    return bilateral_test::files_in(dir);
}

std::string bytes_of(const std::filesystem::path& path) { return bilateral_test::file_bytes(path); }

}  // namespace

TEST_CASE("fuzz regressions: every JSON input that once failed fuzz_json now passes its checks") {
    for (const auto& file : inputs("json")) {
        CAPTURE(file.filename().string());
        const std::string input = bytes_of(file);
        CHECK(bilateral_fuzz::check_json(reinterpret_cast<const std::uint8_t*>(input.data()), input.size()) == 0);
    }
}

TEST_CASE("fuzz regressions: every PLOVER input that once failed fuzz_plover now passes its checks") {
    for (const auto& file : inputs("plover")) {
        CAPTURE(file.filename().string());
        const std::string input = bytes_of(file);
        CHECK(bilateral_fuzz::check_plover(reinterpret_cast<const std::uint8_t*>(input.data()), input.size()) == 0);
    }
}
