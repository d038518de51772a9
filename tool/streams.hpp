// SPDX-License-Identifier: BSL-1.0
/// What every command of the `bilateral` tool shares: its exit codes and the streams it uses.
#pragma once
#include <iostream>

namespace bilateral::tool {

inline constexpr int exit_ok = 0;     ///< done
inline constexpr int exit_data = 1;   ///< the data has problems (each listed with its location)
/// The command line is wrong, a file cannot be read or written, or memory ran out: the run could
/// not be carried out, whatever the data.
inline constexpr int exit_usage = 2;

/// The streams a command reads and writes for "-" or no file. The program passes streams over the
/// process's descriptors 0, 1 and 2 (with `in_fd` set, so that OUT can be compared with standard
/// input); tests pass string streams.
struct streams {
    std::istream* in = &std::cin;
    std::ostream* out = &std::cout;
    std::ostream* err = &std::cerr;
    int in_fd = -1;  ///< the descriptor behind `in`, or -1 when there is none
};

}  // namespace bilateral::tool
