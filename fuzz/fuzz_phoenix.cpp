// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: Phoenix files, read strict and lenient. Every line is a row or a line skipped,
// every problem is counted and described, rows have a day date and a valid CAMEO code; a panel
// and the dataset builder take them, and the dataset validates (but for codes outside the
// CAMEO codebook).
#include <bilateral/core/validate.hpp>
#include <bilateral/io/phoenix.hpp>
#include <bilateral/panel/phoenix.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void read(std::string_view text, bilateral::read_mode mode) {
    using namespace bilateral;
    phoenix::reader r{text, {.mode = mode, .max_line_length = 4096}};
    panel::accumulator panel{{.by = panel::period_kind::week}};
    dataset data;
    phoenix::dataset_builder builder{data};
    std::uint64_t rows = 0, mapped = 0;
    while (const phoenix::record* row = r.next()) {
        ++rows;
        if (row->date.precision() != date_precision::day || !row->date.ok() || !row->code.ok() || row->event_id.empty())
            std::abort();
        if (row->quad_class && *row->quad_class > 4) std::abort();
        if (row->goldstein && (*row->goldstein < -100 || *row->goldstein > 100)) std::abort();
        (void)panel.add(panel::observation_of(*row));
        mapped += builder.add(*row) ? 1 : 0;
    }
    const row_read_summary& s = r.summary();
    if (s.rows != rows || s.lines != s.rows + s.skipped || panel.summary().events != rows) std::abort();
    if (builder.events() != mapped || builder.events() + builder.skipped() != rows) std::abort();
    if (mode == read_mode::lenient && s.stopped) std::abort();  // lenient reads to the end
    if (mode == read_mode::strict && s.errors > 1) std::abort();
    if (s.notes.size() > s.note_count || s.messages.size() > s.errors) std::abort();
    for (const auto& e : s.messages)
        if (describe(e).empty() || e.line == 0) std::abort();
    for (const auto& e : s.notes)
        if (describe(e).empty() || e.column == 0) std::abort();
    // The dataset validates, but for codes the CAMEO codebook lacks (Phoenix codes some, as 0357).
    for (const problem& p : problems(data.view()))
        if (p.record != "event" || p.field != "cameo") std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    read(text, bilateral::read_mode::strict);
    read(text, bilateral::read_mode::lenient);
    return 0;
}
