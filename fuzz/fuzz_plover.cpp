// SPDX-License-Identifier: BSL-1.0
// libFuzzer target for io/plover_reader.hpp and io/plover_writer.hpp: any input is read as PLOVER
// (JSONL, a JSON array or concatenated records, in any dialect) without crashing; what was read is
// written as PLOVER JSONL, which must read back without a problem and write the same text again;
// the dataset read always validates.
//   build/fuzz/fuzz/fuzz_plover fuzz/corpus/plover -max_total_time=300
// tests/json/test_fuzz_regressions.cpp runs the same check on every input that ever failed.
#include <bilateral/core/validate.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/plover_reader.hpp>
#include <bilateral/io/plover_writer.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bilateral_fuzz {

/// Stops the run (a fuzzer finding) when an invariant does not hold.
inline void require_plover(bool condition) {
    if (!condition) __builtin_trap();
}

inline int check_plover(const std::uint8_t* data, std::size_t size) {
    using namespace bilateral;
    const std::string_view input{reinterpret_cast<const char*>(data), size};
    // Readers keep their parsers between inputs, as a program reading many files would.
    static plover_reader reader{{.max_problems = 8}};
    static plover_reader rereader;
    static json_reader json;
    const plover_read_result read = reader.read(input);
    for (const problem& p : read.problems) require_plover(!describe(p).empty());
    require_plover(read.events == read.data.view().events.size());
    // The reader never builds invalid data: what it cannot represent is a note or a problem.
    require_plover(problems(read.data.view()).empty());
    // What was read is written as PLOVER, which reads back cleanly and writes the same again.
    const std::string written = to_plover(read.data.view());
    const plover_read_result again = rereader.read(written);
    require_plover(again.ok());
    require_plover(to_plover(again.data.view()) == written);
    // And as the library's JSON, which reads back without a problem.
    const json_read_result as_json = json.read(to_json(read.data.view()));
    require_plover(as_json.ok());
    return 0;
}

}  // namespace bilateral_fuzz

#ifndef BILATERAL_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return bilateral_fuzz::check_plover(data, size);
}
#endif
