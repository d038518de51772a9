// SPDX-License-Identifier: BSL-1.0
// The `bilateral` program: the tool (app.hpp) over the process's standard streams.
#include <cstdio>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "app.hpp"
#include "files.hpp"

int main(int argc, char** argv) {
    // Descriptors, not the C++ standard streams: every failed read or write then keeps the
    // system's reason (files.hpp), and none becomes an exception.
    bilateral::tool::fd_buffer in_buffer{0}, out_buffer{1}, err_buffer{2};
    std::istream in{&in_buffer};
    std::ostream out{&out_buffer};
    std::ostream err{&err_buffer};
    err.setf(std::ios::unitbuf);  // messages appear as they are written
    const std::vector<std::string> args(argv + 1, argv + argc);
    return bilateral::tool::run(args, {.in = &in, .out = &out, .err = &err, .in_fd = 0});
}
