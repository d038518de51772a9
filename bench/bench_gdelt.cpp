// SPDX-License-Identifier: BSL-1.0
// Benchmarks of the GDELT reader, writer, dyad statistics and panels on a GDELT 2.0 day (~300,000 rows,
// ~120 MB) built in memory: typed parsing next to loops that only split the same bytes on
// newlines and tabs, in the same run.
//
//   build/bench/bench_gdelt [--benchmark_repetitions=5 --benchmark_report_aggregates_only=true]
//
// The day is synthetic by default: rows generated here with realistic shapes (GDELT's CAMEO codes
// and Goldstein values, actor and geography blocks often empty, 15-digit tones, 4-decimal
// coordinates, long URLs). With BILATERAL_DATA_DIR set in the environment, the same benchmarks
// also run on the real GDELT 2.0 rows of $BILATERAL_DATA_DIR/gdelt, replicated in memory to the same
// size (nothing is written anywhere).
#include <bilateral/codes/cameo_events.hpp>
#include <bilateral/io/gdelt.hpp>
#include <bilateral/panel/gdelt.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace bilateral;

constexpr std::size_t day_rows = 300'000;

/// A small deterministic generator (xorshift64*), so every run parses the same bytes.
class random {
public:
    std::uint64_t next() {
        state_ ^= state_ >> 12;
        state_ ^= state_ << 25;
        state_ ^= state_ >> 27;
        return state_ * 2685821657736338717u;
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

private:
    std::uint64_t state_ = 0x9E3779B97F4A7C15u;
};

struct country_entry {
    std::string_view cameo, name, fips, adm1, place, lat, lon;
};
constexpr std::array<country_entry, 16> countries{{
    {"USA", "UNITED STATES", "US", "USDC", "Washington, District of Columbia, United States", "38.8951", "-77.0364"},
    {"USA", "AMERICAN", "US", "USCA", "Los Angeles, California, United States", "34.0522", "-118.244"},
    {"CHN", "CHINA", "CH", "CH22", "Beijing, Beijing, China", "39.9289", "116.388"},
    {"RUS", "RUSSIA", "RS", "RS48", "Moscow, Moskva, Russia", "55.7522", "37.6156"},
    {"GBR", "UNITED KINGDOM", "UK", "UKH9", "London, London, City of, United Kingdom", "51.5", "-0.116667"},
    {"IND", "INDIA", "IN", "IN07", "New Delhi, Delhi, India", "28.6", "77.2"},
    {"KAZ", "KAZAKHSTAN", "KZ", "KZ05", "Astana, Astana, Kazakhstan", "51.1811", "71.4278"},
    {"SYR", "SYRIA", "SY", "SY13", "Damascus, Dimashq, Syria", "33.5102", "36.2913"},
    {"ISR", "ISRAEL", "IS", "IS04", "Jerusalem, Israel (general), Israel", "31.7667", "35.2333"},
    {"FRA", "FRANCE", "FR", "FRA8", "Paris, Ile-de-France, France", "48.8667", "2.33333"},
    {"DEU", "GERMANY", "GM", "GM16", "Berlin, Berlin, Germany", "52.5167", "13.4"},
    {"JPN", "JAPAN", "JA", "JA40", "Tokyo, Tokyo, Japan", "35.685", "139.751"},
    {"NGA", "NIGERIA", "NI", "NI11", "Abuja, Federal Capital Territory, Nigeria", "9.08333", "7.53333"},
    {"BRA", "BRAZIL", "BR", "BR27", "Sao Paulo, Sao Paulo, Brazil", "-23.5333", "-46.6167"},
    {"AUS", "AUSTRALIA", "AS", "AS02", "Sydney, New South Wales, Australia", "-33.8833", "151.217"},
    {"TUR", "TURKEY", "TU", "TU68", "Ankara, Ankara, Turkey", "39.9272", "32.8644"},
}};
constexpr std::array<std::string_view, 12> types{"", "", "", "GOV", "GOV", "MIL", "BUS", "MED", "EDU", "COP", "JUD", "CVL"};
constexpr std::array<std::string_view, 12> type_names{"", "", "", "PRESIDENT", "MINISTRY", "MILITARY", "COMPANY",
                                                       "JOURNALIST", "UNIVERSITY", "POLICE", "COURT", "CITIZEN"};
constexpr std::array<std::string_view, 10> words{"talks", "minister", "visit", "trade", "border", "election",
                                                  "protest", "agreement", "security", "economy"};
constexpr std::array<std::string_view, 8> domains{"www.example-news.com", "news.example.org", "www.dailyexample.co.uk",
                                                   "example-times.com", "www.examplepost.com", "tribune.example.net",
                                                   "www.example.com.au", "herald.example.in"};

void append_tone(std::string& out, random& r) {
    // "-1.76470588235294": sign, one or two digits, 14 decimals.
    if (r.chance(60)) out += '-';
    out += std::to_string(r.below(r.chance(20) ? 20 : 10));
    out += '.';
    for (int i = 0; i < 14; ++i) out += static_cast<char>('0' + r.below(10));
}

void append_geo(std::string& out, random& r, const country_entry& c) {
    if (r.chance(12)) {  // not resolved: GDELT writes type 0 and leaves the rest empty
        out += "0\t\t\t\t\t\t\t\t";
        return;
    }
    if (r.chance(15)) {  // the country
        out += "1\t";
        out.append(c.place.substr(c.place.rfind(", ") + 2)) += '\t';
        out.append(c.fips) += '\t';
        out.append(c.fips) += "\t\t";
        out += std::to_string(static_cast<int>(r.below(90))) + '\t' + std::to_string(static_cast<int>(r.below(180))) + '\t';
        out.append(c.fips) += '\t';
        return;
    }
    out += c.fips == "US" ? '3' : '4';
    out += '\t';
    out.append(c.place) += '\t';
    out.append(c.fips) += '\t';
    out.append(c.adm1) += '\t';
    if (r.chance(50)) out += std::to_string(10000 + r.below(90000));
    out += '\t';
    out.append(c.lat) += '\t';
    out.append(c.lon) += '\t';
    out += r.chance(50) ? "-" : "";
    out += std::to_string(100000 + r.below(2900000));
    out += '\t';
}

void append_actor(std::string& out, random& r, const country_entry& c, bool empty) {
    if (empty) {
        out += "\t\t\t\t\t\t\t\t\t\t";
        return;
    }
    const std::size_t t = r.below(types.size());
    const bool country_only = types[t].empty() || r.chance(30);
    if (country_only) {
        out.append(c.cameo) += '\t';
        out.append(c.name) += '\t';
        out.append(c.cameo) += "\t\t\t\t\t\t\t\t";
    } else if (r.chance(20)) {  // a type without a country ("BUS", "COMPANY")
        out.append(types[t]) += '\t';
        out.append(type_names[t]) += "\t\t\t\t\t\t";
        out.append(types[t]) += "\t\t\t";
    } else {
        out.append(c.cameo).append(types[t]) += '\t';
        out.append(type_names[t]) += '\t';
        out.append(c.cameo) += "\t\t\t\t\t";
        out.append(types[t]) += "\t\t\t";
    }
}

/// A synthetic GDELT 2.0 export of one day.
std::string synthetic_day(std::size_t rows) {
    random r;
    std::string out;
    out.reserve(rows * 420);
    for (std::size_t i = 0; i < rows; ++i) {
        const country_entry& a = r.pick(countries);
        const country_entry& b = r.pick(countries);
        out += std::to_string(817900000 + i);
        // Most events are of the day; some are dated earlier in the month.
        const unsigned d = r.chance(85) ? 21 : static_cast<unsigned>(1 + r.below(20));
        out += "\t201901" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "\t201901\t2019\t";
        const unsigned fraction = (0 * 30 + d) * 10000 / 365;
        out += "2019." + std::string(fraction < 10 ? "000" : fraction < 100 ? "00" : fraction < 1000 ? "0" : "") + std::to_string(fraction) + '\t';
        append_actor(out, r, a, r.chance(10));
        append_actor(out, r, b, r.chance(25));
        const codes::cameo_event& e = codes::cameo_events[r.below(codes::cameo_events.size())];
        out += r.chance(60) ? "1\t" : "0\t";
        out.append(e.code) += '\t';
        out.append(e.base.empty() ? e.code : e.base) += '\t';
        out.append(e.root) += '\t';
        out += std::to_string(static_cast<int>(e.quad)) + '\t';
        const int g = e.goldstein_gdelt;
        if (g < 0) out += '-';  // appended piece by piece: see tenths_text (io/text.hpp)
        out += std::to_string(std::abs(g) / 10);
        out += '.';
        out += std::to_string(std::abs(g) % 10);
        out += '\t';
        const std::size_t mentions = 1 + r.below(r.chance(10) ? 100 : 10);
        out += std::to_string(mentions) + '\t' + std::to_string(1 + r.below(3)) + '\t' + std::to_string(mentions) + '\t';
        append_tone(out, r);
        out += '\t';
        append_geo(out, r, a);
        append_geo(out, r, b);
        append_geo(out, r, r.chance(50) ? a : b);
        out += "20190121221500\thttps://";
        out.append(r.pick(domains)) += "/news/2019/01/21/";
        const std::size_t n = 4 + r.below(8);
        for (std::size_t k = 0; k < n; ++k) {
            if (k != 0) out += '-';
            out.append(r.pick(words));
        }
        out += '-' + std::to_string(r.below(1000000)) + ".html\n";
    }
    return out;
}

/// The real GDELT 2.0 rows of $BILATERAL_DATA_DIR/gdelt, repeated to `rows` rows; "" if not set.
std::string real_day(std::size_t rows) {
    const char* dir = std::getenv("BILATERAL_DATA_DIR");
    if (dir == nullptr || *dir == '\0') return {};
    std::string all;
    for (const auto& entry : std::filesystem::directory_iterator{std::filesystem::path{dir} / "gdelt"}) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with("gdelt2_") || !name.ends_with(".tsv")) continue;
        std::ifstream f{entry.path(), std::ios::binary};
        std::stringstream s;
        s << f.rdbuf();
        all += s.str();
    }
    if (all.empty()) return {};
    std::vector<std::string_view> lines;
    for (std::size_t at = 0; at < all.size();) {
        const std::size_t nl = all.find('\n', at);
        lines.push_back(std::string_view{all}.substr(at, nl - at + 1));
        at = nl + 1;
    }
    std::string out;
    out.reserve(all.size() * (rows / lines.size() + 1));
    for (std::size_t i = 0; i < rows; ++i) out.append(lines[i % lines.size()]);
    return out;
}

struct day_data {
    std::string text;
    std::size_t rows = 0;
};

void set_counters(benchmark::State& state, const day_data& day) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * day.text.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * day.rows));
}

/// Split only: find each line end, then split the line on tabs into field views (the reader's
/// splitter), touching one field so that nothing is optimised away.
void split_fields_only(benchmark::State& state, const day_data* day) {
    for (auto _ : state) {
        std::size_t sum = 0;
        std::array<std::string_view, 62> fields;
        const char* p = day->text.data();
        const char* const end = p + day->text.size();
        while (p < end) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            if (nl == nullptr) nl = end;
            sum += gdelt::split_fields({p, static_cast<std::size_t>(nl - p)}, fields.data(), fields.size());
            sum += fields[26].size();
            p = nl + 1;
        }
        benchmark::DoNotOptimize(sum);
    }
    set_counters(state, *day);
}

/// Split only, the plainest loop: one pass over the bytes, a field view at each tab or newline.
void split_bytewise(benchmark::State& state, const day_data* day) {
    for (auto _ : state) {
        std::size_t sum = 0, n = 0;
        std::array<std::string_view, 62> fields;
        const char* start = day->text.data();
        for (const char& c : day->text) {
            if (c != '\t' && c != '\n') continue;
            if (n < fields.size()) fields[n] = std::string_view{start, static_cast<std::size_t>(&c - start)};
            ++n;
            start = &c + 1;
            if (c == '\n') {
                sum += n + fields[26].size();
                n = 0;
            }
        }
        benchmark::DoNotOptimize(sum);
    }
    set_counters(state, *day);
}

/// Typed parsing: every row into a gdelt::record (checked, typed, zero-copy) from text in memory.
void read_typed(benchmark::State& state, const day_data* day) {
    for (auto _ : state) {
        std::uint64_t sum = 0;
        gdelt::reader r{std::string_view{day->text}};
        while (const gdelt::record* row = r.next()) sum += row->id + row->event.code.str().size();
        if (r.summary().rows != day->rows) state.SkipWithError("rows were skipped");
        benchmark::DoNotOptimize(sum);
    }
    set_counters(state, *day);
}

/// Typed parsing from a stream, in 256 KiB chunks (as from a file or stdin).
void read_typed_stream(benchmark::State& state, const day_data* day) {
    for (auto _ : state) {
        state.PauseTiming();
        std::istringstream in{day->text};
        state.ResumeTiming();
        std::uint64_t sum = 0;
        gdelt::reader r{in};
        while (const gdelt::record* row = r.next()) sum += row->id;
        if (r.summary().rows != day->rows) state.SkipWithError("rows were skipped");
        benchmark::DoNotOptimize(sum);
    }
    set_counters(state, *day);
}

/// The day as users re-export it (pandas' `to_csv(quoting=QUOTE_ALL, na_rep="NA")`): a header of
/// GDELT's labels, every field quoted, commas between, NA for empty.
std::string as_quoted_csv(const std::string& text) {
    std::string out;
    out.reserve(text.size() * 2);
    for (std::size_t i = 0; i < gdelt::column_count; ++i) {
        out += i == 0 ? "\"" : ",\"";
        out.append(gdelt::column_labels[i]) += '"';
    }
    out += '\n';
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        const std::string_view line{text.data() + at, nl - at};
        for (std::size_t from = 0;;) {
            const std::size_t tab = std::min(line.find('\t', from), line.size());
            const std::string_view field = line.substr(from, tab - from);
            if (from != 0) out += ',';
            if (field.empty()) out += "NA";
            else out.append(1, '"').append(field).append(1, '"');  // GDELT fields hold no quotes in these rows
            if (tab == line.size()) break;
            from = tab + 1;
        }
        out += '\n';
        at = nl + 1;
    }
    return out;
}

/// Typed parsing of the same rows re-exported as quoted CSV with a header (`gdelt::csv_reader`:
/// framing, unquoting and NA, then the native parser), next to gdelt_read_typed.
void read_csv_typed(benchmark::State& state, const day_data* day) {
    const std::string csv = as_quoted_csv(day->text);  // outside the timed loop
    for (auto _ : state) {
        std::uint64_t sum = 0;
        gdelt::csv_reader r{std::string_view{csv}};
        while (const gdelt::record* row = r.next()) sum += row->id + row->event.code.str().size();
        if (r.summary().rows != day->rows) state.SkipWithError("rows were skipped");
        benchmark::DoNotOptimize(sum);
    }
    set_counters(state, *day);
}

/// Writing every record back to text (which reproduces the input).
void write_rows(benchmark::State& state, const day_data* day) {
    const gdelt::read_result records = gdelt::read_all(day->text);
    std::string out(day->text.size() + 1, '\0');  // touched once here, so no page faults are timed
    for (auto _ : state) {
        out.clear();
        for (const gdelt::record& row : records.records) gdelt::write_row(out, row);
        benchmark::DoNotOptimize(out.data());
    }
    if (out != day->text) state.SkipWithError("the written text differs from the input");
    set_counters(state, *day);
}

/// Dyad statistics over records already parsed.
void stats_only(benchmark::State& state, const day_data* day) {
    const gdelt::read_result records = gdelt::read_all(day->text);
    for (auto _ : state) {
        gdelt::stats_builder stats;
        for (const gdelt::record& row : records.records) stats.add(row);
        const gdelt::stats_report report = stats.report();
        benchmark::DoNotOptimize(report.dyads.data());
    }
    set_counters(state, *day);
}

/// Parsing and dyad statistics together, as `bilateral stats --format gdelt` does.
void read_and_stats(benchmark::State& state, const day_data* day) {
    for (auto _ : state) {
        gdelt::reader r{std::string_view{day->text}};
        const gdelt::stats_report report = gdelt::dyad_stats_of(r);
        benchmark::DoNotOptimize(report.dyads.data());
    }
    set_counters(state, *day);
}

/// Parsing and a month panel together, as `bilateral panel --from gdelt` does on one thread (the
/// aim: at most 1.3x gdelt_read_typed, the parsing that `validate` does).
void read_and_panel(benchmark::State& state, const day_data* day, panel::options options) {
    for (auto _ : state) {
        gdelt::reader r{std::string_view{day->text}};
        panel::accumulator acc{options};
        while (const gdelt::record* row = r.next()) acc.add(panel::observation_of(*row));
        const std::vector<panel::row> rows = acc.rows();
        benchmark::DoNotOptimize(rows.data());
    }
    set_counters(state, *day);
}

void register_all(const char* name, const day_data* day) {
    const std::string n{name};
    const auto add = [&](const std::string& what, void (*f)(benchmark::State&, const day_data*)) {
        benchmark::RegisterBenchmark((what + "/" + n).c_str(), f, day)->Unit(benchmark::kMillisecond);
    };
    add("gdelt_split_only", split_fields_only);
    add("gdelt_split_bytewise", split_bytewise);
    add("gdelt_read_typed", read_typed);
    add("gdelt_read_typed_stream", read_typed_stream);
    add("gdelt_csv_read_typed", read_csv_typed);
    add("gdelt_write", write_rows);
    add("gdelt_stats", stats_only);
    add("gdelt_read_and_stats", read_and_stats);
    const auto add_panel = [&](const std::string& what, panel::options options) {
        benchmark::RegisterBenchmark((what + "/" + n).c_str(), read_and_panel, day, options)->Unit(benchmark::kMillisecond);
    };
    add_panel("gdelt_read_and_panel_month", {});
    add_panel("gdelt_read_and_panel_day_weighted", {.by = panel::period_kind::day, .weight = panel::weight_by::articles});
    add_panel("gdelt_read_and_panel_one_a_day", {.one_a_day = true});
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    static day_data synthetic{.text = synthetic_day(day_rows), .rows = day_rows};
    std::cerr << "synthetic GDELT 2.0 day: " << synthetic.rows << " rows, " << synthetic.text.size() << " bytes\n";
    register_all("synthetic_day", &synthetic);
    static day_data real{.text = real_day(day_rows), .rows = day_rows};
    if (!real.text.empty()) {
        std::cerr << "real GDELT 2.0 rows ($BILATERAL_DATA_DIR), repeated: " << real.rows << " rows, " << real.text.size()
                  << " bytes\n";
        register_all("real_rows", &real);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
