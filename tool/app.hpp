// SPDX-License-Identifier: BSL-1.0
/// The `bilateral` tool as a function: the words after the program's name in, the exit code out.
#pragma once
#include <span>
#include <string>

#include "streams.hpp"

namespace bilateral::tool {

/// Runs the tool on `args` (without the program name) with the given streams: parses the command
/// line (`--help` for the tool and for every command), runs the command, and checks that
/// everything written to standard output got there. No exception leaves it.
/// Exit codes: exit_ok, exit_data, exit_usage (streams.hpp).
[[nodiscard]] int run(std::span<const std::string> args, const streams& io);

}  // namespace bilateral::tool
