// SPDX-License-Identifier: BSL-1.0
/// Reading test inputs from files: what the tests over real data, fuzz regressions and tool
/// outputs share. A file that cannot be read fails the test that asked for it.
#pragma once
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace bilateral_test {

/// The bytes of the file at `path`.
inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    REQUIRE_MESSAGE(in.good(), "cannot open " << path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// The files of the folder `dir`, its README.md aside, sorted by name.
inline std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir) {
    REQUIRE_MESSAGE(std::filesystem::is_directory(dir), "not a folder: " << dir.string());
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator{dir})
        if (entry.is_regular_file() && entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace bilateral_test
