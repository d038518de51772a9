// SPDX-License-Identifier: BSL-1.0
// `bilateral panel --from gdelt|plover|json [options] FILE|DIR...`: a dyad–period panel of many
// files, zipped or not, on every core.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <bilateral/io/gdelt.hpp>
#include <bilateral/panel.hpp>

#include "commands.hpp"
#include "documents.hpp"
#include "files.hpp"
#include "gdelt_rows.hpp"
#include "inputs.hpp"

namespace bilateral::tool {

namespace {

struct panel_arguments {
    std::string from;
    std::string by = "month";
    std::vector<std::string> dyads;
    std::optional<std::string> countries;
    bool directed = false;
    std::string key = "iso3";
    std::optional<std::string> since, until;
    std::optional<std::string> roots;
    std::optional<std::string> weight;
    std::optional<std::string> goldstein;
    bool fill = false;
    bool one_a_day = false;
    bool root_events = false;
    unsigned jobs = 0;
    bool lenient = false;
    std::string format = "csv";
    std::optional<std::string> out;
    std::vector<std::string> inputs;
};

/// Splits "A,B,C" (blanks around items ignored); empty items are kept so that they are reported.
std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> items;
    std::size_t from = 0;
    while (true) {
        const std::size_t comma = text.find(',', from);
        std::string_view item = text.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        items.emplace_back(item);
        if (comma == std::string_view::npos) return items;
        from = comma + 1;
    }
}

/// The panel's options from the command line; nullopt, with the message in `error`, if wrong.
std::optional<panel::options> options_of(const panel_arguments& a, std::string& error) {
    panel::options o;
    o.by = *enum_from_string<panel::period_kind>(a.by);
    o.directed = a.directed;
    if (a.key != "iso3") o.keyed_by = *enum_from_string<state_system>(a.key);
    for (const std::string& d : a.dyads) {
        const std::optional<panel::dyad> parsed = panel::parse_dyad(d);
        if (!parsed) {
            error = "--dyad takes two three-letter codes, e.g. CHN-USA; got '" + d + "'";
            return std::nullopt;
        }
        o.dyads.push_back(*parsed);
    }
    if (a.countries) {
        for (const std::string& c : split_list(*a.countries)) {
            if (!panel::is_alpha3_form(c)) {
                error = "--countries takes three-letter codes separated by commas, e.g. CHN,KAZ,RUS; got '" + c + "'";
                return std::nullopt;
            }
            o.countries.push_back(c);
        }
    }
    const auto date_option = [&](const std::optional<std::string>& text, std::string_view name) -> std::optional<date> {
        if (!text) return std::nullopt;
        const std::optional<date> d = date::parse(*text);
        if (!d) error = std::string{name} + " takes a date YYYY-MM-DD, YYYY-MM or YYYY; got '" + *text + "'";
        return d;
    };
    o.since = date_option(a.since, "--since");
    o.until = date_option(a.until, "--until");
    if (!error.empty()) return std::nullopt;
    if (o.since && o.until && compare(o.since->first_day(), o.until->last_day()) == std::partial_ordering::greater) {
        error = "--since " + *a.since + " is after --until " + *a.until;
        return std::nullopt;
    }
    if (a.roots) {
        for (const std::string& r : split_list(*a.roots)) {
            const cameo_code code{r};
            if (r.size() != 2 || !code.ok()) {
                error = "--roots takes CAMEO root codes 01-20 separated by commas, e.g. 14,17,18; got '" + r + "'";
                return std::nullopt;
            }
            o.roots.push_back(code);
        }
    }
    o.root_events_only = a.root_events;
    o.one_a_day = a.one_a_day;
    if (a.weight) o.weight = *enum_from_string<panel::weight_by>(*a.weight);
    if (a.goldstein) o.goldstein = *enum_from_string<goldstein_table>(*a.goldstein);
    if (a.from != "gdelt" && (a.root_events || a.weight)) {
        error = std::string{a.root_events ? "--root-events" : "--weight"} + " needs GDELT rows (IsRootEvent, NumArticles, " +
                "NumMentions, NumSources); " + a.from + " data has no such field";
        return std::nullopt;
    }
    return o;
}

/// What the run has done so far, shared by the workers (for the progress line).
struct run_counters {
    std::atomic<std::uint64_t> items_done{0};
    std::atomic<std::uint64_t> rows{0};
    std::atomic<std::uint64_t> bytes{0};
    std::atomic<bool> stop{false};  // a strict problem or a read failure: the others stop too
};

/// What one input gave: its messages (printed in input order, so that every --jobs prints the
/// same), and how it ended.
struct item_outcome {
    std::string messages;
    bool problems = false;     // bad rows or records (skipped with --lenient)
    bool unreadable = false;   // could not be opened or read to its end
    bool stopped = false;      // a strict problem stopped the run
};

void read_gdelt_item(std::istream& in, const input& opened, panel::accumulator& acc, const panel_arguments& a,
                     run_counters& counters, item_outcome& outcome) {
    gdelt::reader reader{in, {.mode = a.lenient ? gdelt::mode::lenient : gdelt::mode::strict}};
    std::uint64_t rows = 0, bytes_seen = 0;
    while (const gdelt::record* row = reader.next()) {
        acc.add(panel::observation_of(*row));
        if ((++rows & 0x3FFF) == 0) {
            counters.rows.fetch_add(0x4000, std::memory_order_relaxed);
            const std::uint64_t bytes = reader.summary().bytes;
            counters.bytes.fetch_add(bytes - bytes_seen, std::memory_order_relaxed);
            bytes_seen = bytes;
            if (counters.stop.load(std::memory_order_relaxed)) return;
        }
    }
    counters.rows.fetch_add(rows & 0x3FFF, std::memory_order_relaxed);
    counters.bytes.fetch_add(reader.summary().bytes - bytes_seen, std::memory_order_relaxed);
    std::ostringstream messages;
    const streams to_messages{.err = &messages};
    if (!report_read_failure(to_messages, "panel", opened, reader.summary())) outcome.unreadable = true;
    if (!report_gdelt_problems(to_messages, "panel", opened, reader.summary())) outcome.problems = true;
    if (reader.summary().read_failed) outcome.unreadable = true;
    if (reader.summary().stopped && !reader.summary().read_failed) outcome.stopped = true;
    outcome.messages = messages.str();
}

void read_document_item(input& opened, bool from_plover, panel::accumulator& acc, const panel_arguments& a,
                        run_counters& counters, item_outcome& outcome) {
    std::string error;
    const std::optional<std::string> text = opened.read_whole(max_document_bytes, error);
    if (!text) {
        outcome.messages = "bilateral panel: " + error + "\n";
        outcome.unreadable = true;
        return;
    }
    counters.bytes.fetch_add(text->size(), std::memory_order_relaxed);
    const document doc = read_document(*text, from_plover);
    if (!doc.ok()) {
        std::ostringstream messages;
        list_problems(messages, opened.label(), doc);
        outcome.problems = true;
        if (!a.lenient) {
            messages << "bilateral panel: " << opened.label() << ": not counted (--lenient counts what could be read)\n";
            outcome.stopped = true;
            outcome.messages = messages.str();
            return;
        }
        outcome.messages = messages.str();
    }
    const std::uint64_t before = acc.summary().events;
    panel::add_events(acc, doc.view());
    counters.rows.fetch_add(acc.summary().events - before, std::memory_order_relaxed);
}

/// Runs the inputs on `jobs` threads, each with its own accumulator, merged at the end.
panel::accumulator run(const std::vector<input_item>& items, const panel::options& options, const panel_arguments& a,
                       unsigned jobs, const streams& io, run_counters& counters, std::vector<item_outcome>& outcomes) {
    std::atomic<std::size_t> next{0};
    std::vector<panel::accumulator> partial(jobs, panel::accumulator{options});
    const auto work = [&](panel::accumulator& acc) {
        for (std::size_t i; (i = next.fetch_add(1)) < items.size();) {
            item_outcome& outcome = outcomes[i];
            if (!counters.stop.load()) {
                std::string error;
                std::optional<input> opened = input::open(items[i], io, error);
                if (!opened) {
                    outcome.messages = "bilateral panel: " + error + "\n";
                    outcome.unreadable = true;
                } else if (a.from == "gdelt") {
                    read_gdelt_item(opened->stream(), *opened, acc, a, counters, outcome);
                } else {
                    read_document_item(*opened, a.from == "plover", acc, a, counters, outcome);
                }
                if (outcome.unreadable || outcome.stopped) counters.stop.store(true);
            }
            counters.items_done.fetch_add(1);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work, std::ref(partial[t]));

    work(partial[0]);  // the main thread works too
    for (std::thread& t : threads) t.join();
    for (unsigned t = 1; t < jobs; ++t) partial[0].merge(partial[t]);
    return std::move(partial[0]);
}

/// "files done of total, rows, MB/s, time left" on stderr while the workers run.
class panel_progress {
public:
    panel_progress(const streams& io, const run_counters& counters, std::uint64_t items, std::uint64_t total_bytes)
        : err_{io.err}, counters_{counters}, items_{items}, total_bytes_{total_bytes} {
        const auto* b = dynamic_cast<const fd_buffer*>(io.err->rdbuf());
        if (b != nullptr && ::isatty(b->fd()) == 1) thread_ = std::thread{[this] { loop(); }};
    }
    ~panel_progress() { stop(); }
    panel_progress(const panel_progress&) = delete;
    panel_progress& operator=(const panel_progress&) = delete;
    void stop() {
        if (!thread_.joinable()) return;
        done_.store(true);
        thread_.join();
        if (shown_) *err_ << "\r\033[K" << std::flush;
    }

private:
    void loop() {
        const auto start = std::chrono::steady_clock::now();
        while (!done_.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds{200});
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (seconds < 1 || done_.load()) continue;
            const double bytes = static_cast<double>(counters_.bytes.load());
            const double rate = bytes / seconds;
            *err_ << "\rpanel: " << counters_.items_done.load() << " of " << items_ << " files, " << counters_.rows.load()
                  << " rows, " << static_cast<std::uint64_t>(rate / 1e6) << " MB/s";
            if (total_bytes_ > 0 && rate > 0 && bytes < static_cast<double>(total_bytes_))
                *err_ << ", " << static_cast<std::uint64_t>((static_cast<double>(total_bytes_) - bytes) / rate) << " s left";
            *err_ << "\033[K" << std::flush;
            shown_ = true;
        }
    }
    std::ostream* err_;
    const run_counters& counters_;
    std::uint64_t items_, total_bytes_;
    std::atomic<bool> done_{false};
    bool shown_ = false;
    std::thread thread_;
};

int panel_command(const panel_arguments& a, const streams& io) {
    std::string error;
    const std::optional<panel::options> options = options_of(a, error);
    if (!options) return usage_error(io, "panel", error);
    const std::optional<std::vector<input_item>> items = expand_inputs(a.inputs, io, error);
    if (!items) return run_error(io, "panel", error);
    std::optional<output> out = output::open_for(a.out, io, *items, error);
    if (!out) return run_error(io, "panel", error);

    unsigned jobs = a.jobs != 0 ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(items->size(), 1)));
    std::uint64_t total_bytes = 0;
    for (const input_item& item : *items) total_bytes += item.size;

    run_counters counters;
    std::vector<item_outcome> outcomes(items->size());
    panel_progress shown{io, counters, items->size(), total_bytes};
    const panel::accumulator acc = run(*items, *options, a, jobs, io, counters, outcomes);
    shown.stop();

    bool problems = false, unreadable = false, stopped = false;
    for (const item_outcome& o : outcomes) {
        *io.err << o.messages;
        problems = problems || o.problems;
        unreadable = unreadable || o.unreadable;
        stopped = stopped || o.stopped;
    }
    if (unreadable) return run_error(io, "panel", "an input could not be read whole; no panel written");
    if (stopped) {
        *io.err << "bilateral panel: no panel written (--lenient skips bad rows and counts them)\n";
        return exit_data;
    }

    const std::vector<panel::row> rows = acc.rows(a.fill);
    const panel::summary s = acc.summary();
    if (a.format == "json") panel::write_json(out->stream(), rows, s, *options);
    else panel::write_csv(out->stream(), rows, *options);
    if (!out->commit(error)) return run_error(io, "panel", error);

    *io.err << "bilateral panel: " << items->size() << (items->size() == 1 ? " input, " : " inputs, ") << s.events
            << " events: " << s.counted << " counted in " << rows.size() << " rows";
    if (s.without_dyad != 0) *io.err << ", " << s.without_dyad << " without two known states";
    if (s.imprecise_date != 0) *io.err << ", " << s.imprecise_date << " without a date precise enough for --by " << a.by;
    if (s.filtered != 0) *io.err << ", " << s.filtered << " outside the filters";
    if (s.duplicates != 0) *io.err << ", " << s.duplicates << " duplicates (--one-a-day)";
    if (s.without_weight != 0) *io.err << ", " << s.without_weight << " without --weight " << *a.weight;
    *io.err << '\n';
    return problems ? exit_data : exit_ok;
}

}  // namespace

command add_panel(CLI::App& tool) {
    auto a = std::make_shared<panel_arguments>();
    CLI::App* app = tool.add_subcommand("panel", "A dyad-period panel of events, from many files, zipped or not");
    app->footer(
        "One CSV row per dyad (two states by ISO 3166 alpha-3; alphabetical unless --directed) and period,\n"
        "with events, counts by quad class, Goldstein sum, mean, min and max, net cooperation, penta classes,\n"
        "counts by PLOVER type, and with --weight the same weighted by the reports. Columns: README, \"Panels\".\n"
        "Inputs: files, directories (walked, sorted, hidden names skipped) and zip archives (each member read\n"
        "without unpacking). Rows without two known states, with too imprecise a date, or outside the\n"
        "filters are counted and reported on stderr.");
    app->add_option("--from", a->from, "the format of the inputs")->required()->check(CLI::IsMember({"gdelt", "plover", "json"}));
    app->add_option("--by", a->by, "the period: day, week (ISO), month, quarter or year (default month)")
        ->check(CLI::IsMember({"day", "week", "month", "quarter", "year"}));
    app->add_option("--dyad", a->dyads, "only this dyad, e.g. CHN-USA (repeatable)");
    app->add_option("--countries", a->countries, "only dyads of two of these states, e.g. CHN,KAZ,RUS");
    app->add_flag("--directed", a->directed, "source-target dyads (CHN-USA is not USA-CHN)");
    app->add_option("--key", a->key,
                    "the states' codes: iso3 (ISO 3166-1, default), cow or gw (the letter codes of the Correlates of War or\n"
                    "Gleditsch-Ward member on the event's date; --dyad and --countries then take those codes)")
        ->check(CLI::IsMember({"iso3", "cow", "gw"}));
    app->add_option("--since", a->since, "only events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)");
    app->add_option("--until", a->until, "only events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)");
    app->add_option("--roots", a->roots, "only events of these CAMEO roots, e.g. 14,17,18");
    app->add_option("--weight", a->weight, "add the measures weighted by GDELT's NumArticles, NumMentions or NumSources")
        ->check(CLI::IsMember({"articles", "mentions", "sources"}));
    app->add_option("--goldstein", a->goldstein,
                    "score events with this Goldstein table (default: the source's own values; none for PLOVER)")
        ->check(CLI::IsMember({"gdelt", "icews", "phoenix"}));
    app->add_flag("--fill", a->fill, "a balanced panel: every selected dyad x every period, empty cells included");
    app->add_flag("--one-a-day", a->one_a_day, "count one event per day, source actor, target actor and event code");
    app->add_flag("--root-events", a->root_events, "only events GDELT marks IsRootEvent = 1");
    app->add_option("--jobs,-j", a->jobs, "threads (default: the machine's cores)")->check(CLI::Range(1u, 1024u));
    app->add_flag("--lenient", a->lenient, "skip bad rows (counted and reported) instead of stopping at the first");
    app->add_option("--format", a->format, "csv (default) or json")->check(CLI::IsMember({"csv", "json"}));
    app->add_option("-o,--output", a->out, "the output file (default: standard output)");
    app->add_option("INPUTS", a->inputs, "files, directories and zip archives ('-': standard input)")->required();
    return {app, [a](const streams& io) { return panel_command(*a, io); }};
}

}  // namespace bilateral::tool
