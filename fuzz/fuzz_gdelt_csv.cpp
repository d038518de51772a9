// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: GDELT re-exported as delimited text with a header, read strict and lenient.
// Every record is a row or a record skipped, every problem is counted and located in a column the
// header has, rows carry a valid day and code, and a panel takes them.
#include <bilateral/io/gdelt/csv_reader.hpp>
#include <bilateral/panel/gdelt.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void read(std::string_view text, bilateral::read_mode mode) {
    bilateral::gdelt::csv_reader r{text, {.mode = mode, .max_line_length = 4096}};
    bilateral::panel::accumulator panel{{.by = bilateral::panel::period_kind::week}};
    std::uint64_t rows = 0;
    while (const bilateral::gdelt::record* row = r.next()) {
        ++rows;
        // An empty EventCode is read as not given, as the native reader does.
        if (row->dates.day.precision() != bilateral::date_precision::day || (!row->event.code.ok() && !row->event.code.empty()))
            std::abort();
        (void)panel.add(bilateral::panel::observation_of(*row));
    }
    const auto& s = r.summary();
    if (s.rows != rows || s.lines != s.rows + s.skipped || panel.summary().events != rows) std::abort();
    if (mode == bilateral::read_mode::lenient && s.stopped && s.lines != 0) std::abort();  // only a bad header stops
    const std::size_t columns = r.layout().gdelt_columns + r.layout().extra.size();
    for (const auto& e : s.messages)
        if (describe(e).empty() || (e.column > columns && columns != 0)) std::abort();
    if (s.note_count < s.notes.size() || r.restored_codes() != s.note_count) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    read(text, bilateral::read_mode::strict);
    read(text, bilateral::read_mode::lenient);
    return 0;
}
