// SPDX-License-Identifier: BSL-1.0
// The GDELT fuzzer's checks (fuzz/fuzz_gdelt.cpp) on its seed corpus and on every input that ever failed them.
#define BILATERAL_FUZZ_NO_ENTRY_POINT
#include "../fuzz/fuzz_gdelt.cpp"

#include <doctest/doctest.h>

#include "test_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

void check(std::string_view input) {
    bilateral_fuzz::check_gdelt(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

void check_file(const std::filesystem::path& file) {
    CAPTURE(file.filename().string());
    check(bilateral_test::file_bytes(file));
}

const std::filesystem::path tests_dir = std::filesystem::path{__FILE__}.parent_path();

}  // namespace

TEST_CASE("gdelt fuzz: the fuzzer's checks hold on every seed of fuzz/corpus/gdelt") {
    const auto files = bilateral_test::files_in(tests_dir.parent_path() / "fuzz" / "corpus" / "gdelt");
    CHECK(files.size() >= 10);
    for (const auto& file : files) check_file(file);
}

TEST_CASE("gdelt fuzz: inputs that once failed the checks (tests/gdelt_fuzz_regressions, each explained in its README)") {
    const auto files = bilateral_test::files_in(tests_dir / "gdelt_fuzz_regressions");
    CHECK(files.size() == 8);
    for (const auto& file : files) check_file(file);
}
