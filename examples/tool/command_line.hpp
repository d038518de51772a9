// SPDX-License-Identifier: BSL-1.0
/// What the `bilateral` tool's commands share: exit codes, the streams a command uses when its files
/// are "-" or absent, the parsing of the words after the command's name, and writing OUT.
#pragma once
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bilateral::tool {

inline constexpr int exit_ok = 0;     ///< done
inline constexpr int exit_data = 1;   ///< the data has problems (listed)
inline constexpr int exit_usage = 2;  ///< the command line is wrong, or a file cannot be read or written

/// The streams a command reads and writes for "-" or no file; tests pass string streams.
struct streams {
    std::istream* in = &std::cin;
    std::ostream* out = &std::cout;
    std::ostream* err = &std::cerr;
};

/// The words of a command: options with a value ("--from json", "--from=json"), flags ("--json")
/// and files ("-" included). `error` says what is wrong, if anything.
struct command_line {
    std::vector<std::pair<std::string_view, std::string_view>> options;
    std::vector<std::string_view> flags;
    std::vector<std::string_view> files;
    std::string error;

    [[nodiscard]] std::optional<std::string_view> option(std::string_view name) const {
        for (const auto& [n, v] : options)
            if (n == name) return v;
        return std::nullopt;
    }
    [[nodiscard]] bool flag(std::string_view name) const {
        for (auto f : flags)
            if (f == name) return true;
        return false;
    }
    /// The i-th file, or nothing (which means stdin or stdout).
    [[nodiscard]] std::optional<std::string_view> file(std::size_t i) const {
        return i < files.size() ? std::optional{files[i]} : std::nullopt;
    }
};

/// Writes `text` to OUT: the file `name`, or `out` for "-" and no name; false if it cannot.
[[nodiscard]] inline bool write_output(std::string_view name, std::ostream& out, std::string_view text) {
    if (name.empty() || name == "-") {
        out << text;
        return static_cast<bool>(out.flush());
    }
    std::ofstream file{std::string{name}, std::ios::binary};
    file << text;
    return static_cast<bool>(file.flush());
}

/// Splits `args`: the options in `with_value` take a value, those in `flags` take none; any other
/// word starting with '-' (but "-" itself) is an error, and the rest are files.
[[nodiscard]] inline command_line parse_command_line(std::span<const std::string_view> args,
                                                     std::initializer_list<std::string_view> with_value,
                                                     std::initializer_list<std::string_view> flags = {}) {
    command_line c;
    const auto known = [](std::initializer_list<std::string_view> names, std::string_view name) {
        for (auto n : names)
            if (n == name) return true;
        return false;
    };
    for (std::size_t i = 0; i < args.size() && c.error.empty(); ++i) {
        const std::string_view word = args[i];
        if (word == "-" || !word.starts_with('-')) {
            c.files.push_back(word);
            continue;
        }
        const std::size_t eq = word.find('=');
        const std::string_view name = word.substr(0, eq);
        if (known(flags, name)) {
            if (eq != std::string_view::npos) c.error = std::string{name} + " takes no value";
            else c.flags.push_back(name);
        } else if (!known(with_value, name)) {
            c.error = "unknown option '" + std::string{name} + "'";
        } else if (c.option(name)) {
            c.error = std::string{name} + " given twice";
        } else if (eq != std::string_view::npos) {
            c.options.emplace_back(name, word.substr(eq + 1));
        } else if (i + 1 < args.size()) {
            c.options.emplace_back(name, args[++i]);
        } else {
            c.error = std::string{name} + " needs a value";
        }
    }
    return c;
}

}  // namespace bilateral::tool
