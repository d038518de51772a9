// SPDX-License-Identifier: BSL-1.0
/// Compile-fail test: gdelt::read_all refuses a const temporary string, whose records would dangle
/// (it used to bind to the string_view overload); the twin reads a string that outlives it.
// expect-error: use of deleted function.*read_all|call to deleted function .read_all.
#include <bilateral/io/gdelt/reader.hpp>

#include <string>

namespace {

const std::string make_row() { return ""; }  // NOLINT: a const return is the point

[[maybe_unused]] void read() {
#ifdef BILATERAL_COMPILE_FAIL
    (void)bilateral::gdelt::read_all(make_row());
#else
    const std::string row = make_row();
    (void)bilateral::gdelt::read_all(row);
#endif
}

}  // namespace
