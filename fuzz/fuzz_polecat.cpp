// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: POLECAT files, read strict and lenient. Every line is a row or a line
// skipped, every problem is counted and located, rows have a day date, a PLOVER type and an id, a
// panel takes them, and the dataset built from them validates.
#include <bilateral/core/validate.hpp>
#include <bilateral/io/polecat/mapping.hpp>
#include <bilateral/io/polecat/reader.hpp>
#include <bilateral/panel/polecat.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void read(std::string_view text, bilateral::read_mode mode) {
    bilateral::polecat::reader r{text, {.mode = mode, .max_line_length = 4096}};
    bilateral::panel::accumulator panel{{.by = bilateral::panel::period_kind::week}};
    bilateral::dataset d;
    bilateral::polecat::dataset_builder builder{d};
    std::uint64_t rows = 0;
    while (const bilateral::polecat::record* row = r.next()) {
        ++rows;
        if (row->event_date.precision() != bilateral::date_precision::day || row->event_type == bilateral::plover_event::none ||
            row->event_id.empty() || r.line_number() == 0)
            std::abort();
        (void)panel.add(bilateral::panel::observation_of(*row));
        builder.add(*row);
    }
    const auto& s = r.summary();
    if (s.rows != rows || s.lines != s.rows + s.skipped || panel.summary().events != rows || builder.events() != rows) std::abort();
    if (mode == bilateral::read_mode::lenient && s.stopped && s.lines != 0) std::abort();  // only a bad header stops
    if (s.errors < s.messages.size() || s.note_count < s.notes.size()) std::abort();
    for (const auto& e : s.messages)
        if (describe(e).empty() || e.line == 0) std::abort();
    for (const auto& e : s.notes)
        if (describe(e).empty() || e.column == 0) std::abort();
    if (!bilateral::problems(d.view()).empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    read(text, bilateral::read_mode::strict);
    read(text, bilateral::read_mode::lenient);
    return 0;
}
