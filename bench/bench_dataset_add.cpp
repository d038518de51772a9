// SPDX-License-Identifier: BSL-1.0
// What it costs that `dataset::add` owns what it is given: every record of the Astana dataset added
// to a run-time dataset (each view copied, though the Astana data is static), against copying the
// same records into vectors (what `add` did before it copied views), and against adding again
// records whose views are already the dataset's (only the check that they are).
//
//   cmake --preset bench && cmake --build build/bench --target bench_dataset_add
//   build/bench/bench/bench_dataset_add
#include <bilateral/core/dataset.hpp>
#include <bilateral/data/astana_2024.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <vector>

namespace {

using namespace bilateral;

constexpr const dataset_view& astana = data::astana_2024;

std::size_t record_count(const dataset_view& v) {
    return v.sources.size() + v.actors.size() + v.places.size() + v.events.size() + v.statements.size() +
           v.agreements.size() + v.indicators.size() + v.relations.size();
}

void add_all(dataset& d, const dataset_view& v) {
    for (const auto& r : v.sources) d.add(r);
    for (const auto& r : v.actors) d.add(r);
    for (const auto& r : v.places) d.add(r);
    for (const auto& r : v.events) d.add(r);
    for (const auto& r : v.statements) d.add(r);
    for (const auto& r : v.agreements) d.add(r);
    for (const auto& r : v.indicators) d.add(r);
    for (const auto& r : v.relations) d.add(r);
}

/// A copy of a view's records, so that adding them to the dataset they view is not adding from
/// the arrays that `add` grows.
struct records {
    std::vector<source> sources;
    std::vector<actor> actors;
    std::vector<place> places;
    std::vector<event> events;
    std::vector<statement> statements;
    std::vector<agreement> agreements;
    std::vector<indicator> indicators;
    std::vector<relation> relations;

    explicit records(const dataset_view& v)
        : sources(v.sources.begin(), v.sources.end()), actors(v.actors.begin(), v.actors.end()),
          places(v.places.begin(), v.places.end()), events(v.events.begin(), v.events.end()),
          statements(v.statements.begin(), v.statements.end()), agreements(v.agreements.begin(), v.agreements.end()),
          indicators(v.indicators.begin(), v.indicators.end()), relations(v.relations.begin(), v.relations.end()) {}

    [[nodiscard]] dataset_view view() const {
        return {.sources = std::span<const source>{sources}, .actors = std::span<const actor>{actors},
                .places = std::span<const place>{places}, .events = std::span<const event>{events},
                .statements = std::span<const statement>{statements},
                .agreements = std::span<const agreement>{agreements},
                .indicators = std::span<const indicator>{indicators},
                .relations = std::span<const relation>{relations}};
    }
};

/// The Astana records added to a new dataset: every view copied into its storage.
void add_astana(benchmark::State& state) {
    std::size_t bytes = 0;
    for (auto _ : state) {
        dataset d;
        add_all(d, astana);
        bytes = d.stored_bytes();
        benchmark::DoNotOptimize(d.view().events.begin());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * record_count(astana)));
    state.counters["stored_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(add_astana);

/// The same records copied into vectors without their views: what `add` cost before it owned them.
void copy_astana_records_only(benchmark::State& state) {
    for (auto _ : state) {
        records r{astana};
        benchmark::DoNotOptimize(r.events.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * record_count(astana)));
}
BENCHMARK(copy_astana_records_only);

/// The Astana records added, then added again from the dataset itself: the second time every view
/// is found in the storage and kept (subtract add_astana for the cost of the second pass).
void add_astana_then_again(benchmark::State& state) {
    for (auto _ : state) {
        dataset d;
        add_all(d, astana);
        const records owned{d.view()};
        add_all(d, owned.view());
        benchmark::DoNotOptimize(d.view().events.begin());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * record_count(astana)));
}
BENCHMARK(add_astana_then_again);

}  // namespace

BENCHMARK_MAIN();
