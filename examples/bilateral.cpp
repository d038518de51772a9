// SPDX-License-Identifier: BSL-1.0
// The `bilateral` command-line tool: briefs and exports the built-in Astana 2024 dataset.
//
//   bilateral brief                  a briefing for a person to read
//   bilateral export --format json   the whole dataset as one JSON document
//
// Exit codes: 0 ok, 1 data problems (listed on stderr), 2 usage errors.

#include <bilateral/bilateral.hpp>
#include <bilateral/io/brief.hpp>
#include <bilateral/io/json.hpp>

#include <iostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_data = 1;
constexpr int exit_usage = 2;

constexpr std::string_view usage_text =
    "usage: bilateral <command> [options]\n"
    "\n"
    "commands:\n"
    "  brief                  a briefing of the built-in dataset (the Xi Jinping - Kassym-Jomart\n"
    "                         Tokayev talks, Astana, 2024-07-03) for a person to read\n"
    "  export --format json   the whole built-in dataset as one JSON document on stdout\n"
    "\n"
    "options:\n"
    "  -h, --help             this text\n"
    "\n"
    "exit codes: 0 ok, 1 data problems, 2 usage errors\n";

int usage_error(std::string_view message) {
    std::cerr << "bilateral: " << message << "\n\n" << usage_text;
    return exit_usage;
}

/// Lists the dataset's problems on stderr; true if there were none.
bool check(const bilateral::dataset_view& data) {
    const auto found = bilateral::problems(data);
    for (const auto& p : found) std::cerr << "bilateral: " << bilateral::describe(p).view() << '\n';
    return found.empty();
}

int brief(std::span<const std::string_view> args) {
    if (!args.empty()) return usage_error("brief takes no arguments, got '" + std::string{args[0]} + "'");
    if (!check(bilateral::data::astana_2024)) return exit_data;
    bilateral::write_brief(std::cout, bilateral::data::astana_2024);
    return exit_ok;
}

int export_data(std::span<const std::string_view> args) {
    std::string_view format;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (args[i].starts_with("--format=")) format = args[i].substr(9);
        else if (args[i] == "--format") return usage_error("--format needs a value (json)");
        else return usage_error("export: unknown argument '" + std::string{args[i]} + "'");
    }
    if (format.empty()) return usage_error("export needs --format json");
    if (format != "json") return usage_error("export: unknown format '" + std::string{format} + "' (known: json)");
    if (!check(bilateral::data::astana_2024)) return exit_data;
    std::cout << bilateral::to_json(bilateral::data::astana_2024) << '\n';
    return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("no command given");
    const std::string_view command = args[0];
    const std::span<const std::string_view> rest{args.begin() + 1, args.end()};
    if (command == "-h" || command == "--help" || command == "help") {
        std::cout << usage_text;
        return exit_ok;
    }
    if (command == "brief") return brief(rest);
    if (command == "export") return export_data(rest);
    return usage_error("unknown command '" + std::string{command} + "'");
}
