// SPDX-License-Identifier: BSL-1.0
// The `bilateral` tool's command line (app.hpp): the commands, their help, and the exit codes.
#include "app.hpp"

#include <algorithm>
#include <exception>
#include <new>
#include <vector>

#include "commands.hpp"
#include "files.hpp"

namespace bilateral::tool {

namespace {

constexpr const char* description =
    "Typed, checked data about relations between states.\n"
    "\n"
    "The built-in dataset is every fact of the Akorda report of the talks between Xi Jinping and\n"
    "Kassym-Jomart Tokayev in Astana on 3 July 2024. Event data is read and written in the library's\n"
    "JSON, PLOVER JSONL and GDELT event files.\n"
    "\n"
    "IN and OUT are files; '-' or nothing means standard input and output. OUT is written to a\n"
    "temporary file beside it and replaces OUT only when the command succeeds; OUT may not be IN.\n"
    "Exit codes: 0 ok, 1 data problems (each listed with its location), 2 usage errors, files that\n"
    "cannot be read or written, or memory that runs out.\n"
    "'bilateral COMMAND --help' describes a command.";

}  // namespace

int usage_error(const streams& io, std::string_view command, std::string_view message) {
    *io.err << "bilateral " << command << ": " << message << "\nRun 'bilateral " << command << " --help' for usage.\n";
    return exit_usage;
}

int run_error(const streams& io, std::string_view command, std::string_view message) {
    *io.err << "bilateral " << command << ": " << message << '\n';
    return exit_usage;
}

int run(std::span<const std::string> args, const streams& io) {
    CLI::App app{description, "bilateral"};
    app.require_subcommand(1, 1);
    app.failure_message([](const CLI::App* tool, const CLI::Error& e) {
        std::string command = "bilateral";
        for (const CLI::App* sub : tool->get_subcommands()) command += " " + sub->get_name();
        return command + ": " + e.what() + "\nRun '" + command + " --help' for usage.\n";
    });
    const std::vector<command> commands{add_brief(app), add_export(app), add_convert(app), add_validate(app),
                                        add_stats(app), add_panel(app), add_report(app), add_archive_check(app)};
    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());  // as CLI11 takes them
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e, *io.out, *io.err);
        if (code != 0) return exit_usage;
        std::string error;
        if (!finish_stdout(*io.out, error)) return run_error(io, "--help", error);
        return exit_ok;
    }

    for (const command& c : commands) {
        if (!c.app->parsed()) continue;
        // "archive check", not "check": the command's whole path below the program.
        std::string name = c.app->get_name();
        for (const CLI::App* up = c.app->get_parent(); up != nullptr && up->get_parent() != nullptr; up = up->get_parent())
            name = up->get_name() + " " + name;
        int code = exit_usage;
        try {
            code = c.run(io);
        } catch (const std::bad_alloc&) {
            return run_error(io, name, "out of memory");
        } catch (const std::exception& e) {
            return run_error(io, name, std::string{"internal error: "} + e.what());
        } catch (...) {
            return run_error(io, name, "internal error: an exception of unknown type");
        }
        std::string error;
        if (!finish_stdout(*io.out, error)) return run_error(io, name, error);
        return code;
    }
    return usage_error(io, "", "no command given");
}

}  // namespace bilateral::tool
