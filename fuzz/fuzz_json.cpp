// SPDX-License-Identifier: BSL-1.0
// libFuzzer target for io/json_reader.hpp: any input is read as a dataset and as single records
// without crashing, every problem is located, and whatever reads without a problem is written and
// read back to the same JSON.
//   build/fuzz/fuzz/fuzz_json fuzz/corpus/json -max_total_time=300
// tests/json/test_fuzz_regressions.cpp runs the same check on every input that ever failed.
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bilateral_fuzz {

/// Stops the run (a fuzzer finding) when an invariant does not hold.
inline void require(bool condition) {
    if (!condition) __builtin_trap();
}

inline int check_json(const std::uint8_t* data, std::size_t size) {
    using namespace bilateral;
    const std::string_view input{reinterpret_cast<const char*>(data), size};
    // Readers keep their parsers between inputs, as a program reading many files would.
    static json_reader strict{{.unknown = unknown_fields::error, .max_problems = 8}};
    static json_reader lenient{{.unknown = unknown_fields::ignore, .max_problems = 8}};
    static json_reader rereader;
    for (json_reader* reader : {&strict, &lenient}) {
        const json_read_result read = reader->read(input);
        for (const problem& p : read.problems) {
            require(!describe(p).empty());
            // Every problem is located: by its path, or (invalid JSON) by line and column.
            require(!p.path.empty() || p.line != 0 || p.message == "invalid JSON: the input is empty");
        }
        require(read.problems.size() <= 8);
        if (!read.ok()) continue;
        // What reads without a problem is written and read back to the same JSON.
        const std::string written = to_json(read.data.view());
        const json_read_result again = rereader.read(written);
        require(again.ok());
        require(to_json(again.data.view()) == written);
        require(again.data.view() == read.data.view());
    }
    // Single records, as a user reads them.
    dataset storage;
    const auto one = strict.read_value<event>(input, storage);
    if (one.ok()) {
        const auto again = rereader.read_value<event>(to_json(one.value), storage);
        require(again.ok() && again.value == one.value);
    }
    (void)lenient.read_value<indicator>(input, storage);
    return 0;
}

}  // namespace bilateral_fuzz

#ifndef BILATERAL_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return bilateral_fuzz::check_json(data, size);
}
#endif
