// SPDX-License-Identifier: BSL-1.0
// libFuzzer target for the GDELT reader, writer, mapping and stats: any input is read without
// crashing, in memory and as a stream in small chunks with the same result; every row read is
// written back to its line byte for byte and reads back to the same record; an input without
// errors is written back whole, line ends included; JSON output is valid UTF-8; nothing is
// dropped without being counted; strict reading stops where lenient reading first skips or
// first finds invalid UTF-8.
//   build/fuzz/fuzz/fuzz_gdelt fuzz/corpus/gdelt -max_total_time=300
// tests/test_gdelt_fuzz.cpp runs the same check on the seed corpus and on every input that failed.
#include <bilateral/core/validate.hpp>
#include <bilateral/detail/utf8.hpp>
#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace bilateral_fuzz {

/// Stops the run (a fuzzer finding) when an invariant does not hold.
inline void require_gdelt(bool condition) {
    if (!condition) __builtin_trap();
}

inline int check_gdelt(const std::uint8_t* data, std::size_t size) {
    using namespace bilateral;
    using namespace bilateral::gdelt;
    const std::string_view input{reinterpret_cast<const char*>(data), size};
    // A small line limit, so that the overlong-line path is reached too.
    const std::size_t max_line = 2048;

    // 1. In memory, lenient: every row written back is its line; it reads back to the same record.
    std::vector<record> rows;
    std::vector<std::uint64_t> row_lines;
    std::vector<std::uint64_t> error_lines;
    std::vector<std::uint64_t> utf8_lines;  // rows kept in lenient mode with invalid UTF-8
    std::string rebuilt;                    // the input written back from the rows and their line ends
    std::uint64_t invalid_utf8 = 0;
    reader memory{input, {.mode = mode::lenient, .max_messages = 4, .max_line_length = max_line,
                          .on_error = [&](const problem& e) {
                              const std::string message = describe(e);
                              require_gdelt(!message.empty() && detail::utf8::first_invalid(message) == std::string_view::npos);
                              error_lines.push_back(e.line);
                          }}};
    stats_builder stats;
    dataset ds;
    dataset_builder builder{ds};
    while (const record* row = memory.next()) {
        const std::string written = to_row(*row);
        require_gdelt(written == memory.line());
        if (memory.summary().rows == 1 && memory.summary().bom) rebuilt += "\xEF\xBB\xBF";
        write_row(rebuilt, *row, memory.line_end());
        if (memory.summary().invalid_utf8_fields != invalid_utf8) utf8_lines.push_back(memory.line_number());
        invalid_utf8 = memory.summary().invalid_utf8_fields;
        std::vector<problem> errors;
        record again;
        require_gdelt(parse_row(written, 1, again, errors) && errors.empty());
        require_gdelt(again == *row);
        rows.push_back(*row);
        row_lines.push_back(memory.line_number());
        stats.add(*row);
        (void)builder.add(*row);
        require_gdelt(detail::utf8::first_invalid(to_json(*row, {.indent = 0})) == std::string_view::npos);
    }
    const read_summary& m = memory.summary();
    require_gdelt(m.lines == m.rows + m.skipped);
    require_gdelt(m.rows == rows.size());
    require_gdelt(m.errors == error_lines.size() && m.errors >= m.skipped);
    require_gdelt(m.messages.size() == std::min<std::uint64_t>(m.errors, 4));
    require_gdelt(m.bytes == input.size());
    require_gdelt(!m.stopped && !m.read_failed);
    if (m.errors == 0) require_gdelt(rebuilt == input);

    // 2. As a stream in chunks of 64 bytes: the same rows, lines and counts.
    std::istringstream in{std::string{input}};
    reader stream{in, {.mode = mode::lenient, .chunk_size = 64, .max_line_length = max_line}};
    std::size_t i = 0;
    while (const record* row = stream.next()) {
        require_gdelt(i < rows.size());
        require_gdelt(*row == rows[i]);
        require_gdelt(stream.line_number() == row_lines[i]);
        ++i;
    }
    const read_summary& s = stream.summary();
    require_gdelt(i == rows.size());
    require_gdelt(s.lines == m.lines && s.rows == m.rows && s.skipped == m.skipped && s.errors == m.errors);
    require_gdelt(s.bom == m.bom && s.crlf_lines == m.crlf_lines && s.final_newline == m.final_newline);
    require_gdelt(s.invalid_utf8_fields == m.invalid_utf8_fields && !s.read_failed);
    require_gdelt(s.bytes == input.size());

    // 3. Strict: the rows before the first bad line, then a stop at that line.
    reader strict{input, {.max_line_length = max_line}};
    std::size_t n = 0;
    while (strict.next() != nullptr) ++n;
    if (error_lines.empty() && utf8_lines.empty()) {
        require_gdelt(n == rows.size() && !strict.summary().stopped);
    } else {
        const std::uint64_t first = std::min(error_lines.empty() ? ~std::uint64_t{0} : error_lines[0],
                                             utf8_lines.empty() ? ~std::uint64_t{0} : utf8_lines[0]);
        require_gdelt(strict.summary().stopped && strict.summary().errors == 1);
        require_gdelt(strict.summary().messages.size() == 1 && strict.summary().messages[0].line == first);
        std::size_t before = 0;
        while (before < row_lines.size() && row_lines[before] < first) ++before;
        require_gdelt(n == before);
    }

    // 4. The mapped dataset and the statistics hold together.
    require_gdelt(builder.events() + builder.skipped() == rows.size());
    require_gdelt(ds.view().events.size() == builder.events());
    (void)problems(ds.view());
    const stats_report report = stats.report();
    require_gdelt(report.rows == rows.size() && report.rows_with_dyad + report.rows_without_dyad == report.rows);
    std::uint64_t counted = 0;
    for (const dyad_stats& d : report.dyads) {
        counted += d.events;
        std::uint64_t by_quad = 0;
        for (std::uint64_t q : d.by_quad_class) by_quad += q;
        require_gdelt(by_quad == d.events && d.goldstein_events <= d.events && d.top_codes.size() <= 5);
    }
    require_gdelt(counted == report.rows_with_dyad);
    std::ostringstream text;
    write_stats_text(text, report);
    (void)stats_to_json(report);
    return 0;
}

}  // namespace bilateral_fuzz

#ifndef BILATERAL_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return bilateral_fuzz::check_gdelt(data, size);
}
#endif
