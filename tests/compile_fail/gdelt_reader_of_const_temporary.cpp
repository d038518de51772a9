// SPDX-License-Identifier: BSL-1.0
/// Compile-fail test: gdelt::reader refuses a const temporary string, whose records would dangle
/// (it used to bind to the string_view overload); the twin reads a string that outlives it.
// expect-error: use of deleted function.*reader::reader|call to deleted constructor
#include <bilateral/io/gdelt/reader.hpp>

#include <string>

namespace {

const std::string make_row() { return ""; }  // NOLINT: a const return is the point

[[maybe_unused]] void read() {
#ifdef BILATERAL_COMPILE_FAIL
    bilateral::gdelt::reader rows{make_row()};
#else
    const std::string row = make_row();
    bilateral::gdelt::reader rows{row};
#endif
}

}  // namespace
