// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: ICEWS files, read strict and lenient. Every line is a row or a line skipped,
// every problem is counted, rows have a day date and a valid CAMEO code, and a panel takes them.
#include <bilateral/io/icews/reader.hpp>
#include <bilateral/panel/icews.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void read(std::string_view text, bilateral::icews::mode mode) {
    bilateral::icews::reader r{text, {.mode = mode, .max_line_length = 4096}};
    bilateral::panel::accumulator panel{{.by = bilateral::panel::period_kind::week}};
    std::uint64_t rows = 0;
    while (const bilateral::icews::record* row = r.next()) {
        ++rows;
        if (row->event_date.precision() != bilateral::date_precision::day || !row->code.ok() || row->event_id.empty())
            std::abort();
        (void)panel.add(bilateral::panel::observation_of(*row));
    }
    const auto& s = r.summary();
    if (s.rows != rows || s.lines != s.rows + s.skipped || panel.summary().events != rows) std::abort();
    if (mode == bilateral::icews::mode::lenient && s.stopped && s.lines != 0) std::abort();  // only a bad header stops
    for (const auto& e : s.messages)
        if (describe(e).empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    read(text, bilateral::icews::mode::strict);
    read(text, bilateral::icews::mode::lenient);
    return 0;
}
