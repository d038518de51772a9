// SPDX-License-Identifier: BSL-1.0
// Time of read_plover and of validation over n PLOVER records that all have one id, for n = 10,000
// and 100,000: the time must grow about as n (x10), not as n² (x100). Every record after the first
// gets a suffixed id from the reader (same.2, same.3, …); validation is run over datasets whose
// events all keep that one id, so that every one after the first is a duplicate to report. The
// same records with distinct ids are read for comparison: what n alone costs.
//
//   cmake --preset bench && cmake --build build/bench --target bench_duplicate_ids
//   build/bench/bench/bench_duplicate_ids
#include <bilateral/core/dataset.hpp>
#include <bilateral/core/validate.hpp>
#include <bilateral/io/plover_reader.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdlib>
#include <string>

namespace {

using namespace bilateral;

/// n PLOVER records, one a line, all with the id "same" (or, for comparison, each its own id).
std::string records(std::size_t n, bool distinct = false) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i)
        text += R"({"id": ")" + (distinct ? "e" + std::to_string(i) : std::string{"same"}) + R"(", "date": "2024-01-01", "event": "AGREE", "actor": [{"entity_text": "Astana", "code": "KAZ"}], "cite_info": {"citation": "wire", "publication": "Wire", "title": "Talks"}})"
                "\n";
    return text;
}

void read_plover_one_id(benchmark::State& state) {
    const std::string text = records(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        const plover_read_result r = read_plover(text);
        std::size_t events = r.data.view().events.size();
        benchmark::DoNotOptimize(events);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void read_plover_distinct_ids(benchmark::State& state) {
    const std::string text = records(static_cast<std::size_t>(state.range(0)), true);
    for (auto _ : state) {
        const plover_read_result r = read_plover(text);
        std::size_t events = r.data.view().events.size();
        benchmark::DoNotOptimize(events);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void validate_one_id(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const plover_read_result read = read_plover(records(1));
    dataset d;
    for (const source& s : read.data.view().sources) d.add(s);
    for (const actor& a : read.data.view().actors) d.add(a);
    for (std::size_t i = 0; i < n; ++i) d.add(read.data.view().events[0]);
    std::size_t found = 0;
    for (auto _ : state) {
        found = problems(d.view()).size();
        benchmark::DoNotOptimize(found);
    }
    if (found != n - 1) state.SkipWithError("not every duplicate was reported");
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

BENCHMARK(read_plover_one_id)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(read_plover_distinct_ids)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(validate_one_id)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
