// SPDX-License-Identifier: BSL-1.0
// The run shared by `bilateral panel` and `bilateral report` (panel_run.hpp).
#include "panel_run.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <bilateral/io/gdelt.hpp>
#include <bilateral/io/icews.hpp>
#include <bilateral/io/phoenix.hpp>
#include <bilateral/io/polecat.hpp>
#include <bilateral/panel.hpp>

#include "commands.hpp"
#include "documents.hpp"
#include "files.hpp"
#include "gdelt_rows.hpp"
#include "inputs.hpp"
#include "row_inputs.hpp"

namespace bilateral::tool {

namespace {

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
    report::input_read read;                        // the input, its rows and lines skipped
    std::map<std::string, std::uint64_t> problems;  // by kind
    bool bad = false;          // bad rows or records (skipped with --lenient)
    bool unreadable = false;   // could not be opened or read to its end
    bool stopped = false;      // a strict problem stopped the run
    std::string detected{};    // --from auto: the format found and why
    bool undetected = false;   // --from auto could not tell the format
};

/// The kind of a problem, for counting: the column and what it must hold ("SQLDATE: a date as
/// YYYYMMDD"), without the value or the line.
std::string problem_kind(const problem& e) {
    std::string kind = !e.column_name.empty() ? e.column_name.str()
                       : e.column != 0        ? "column " + std::to_string(e.column)
                                              : std::string{"row"};
    std::string what = !e.expected.empty() ? e.expected.str() : e.message.str();
    if (const std::size_t at = what.find(" at byte "); at != std::string::npos) what.resize(at);
    if (const std::size_t after = what.find(" after line "); after != std::string::npos) what.resize(after);
    return kind + ": " + what;
}

/// The worker's own counts: a panel, and the events by code when a report needs them.
struct partial_run {
    panel::accumulator panel;
    std::optional<report::code_counts> codes;
};

void read_gdelt_item(std::string_view command, std::istream& in, const input& opened, partial_run& part, const panel_arguments& a,
                     run_counters& counters, item_outcome& outcome) {
    gdelt::reader reader{in, {.mode = a.lenient ? gdelt::mode::lenient : gdelt::mode::strict,
                              .on_error = [&](const problem& e) { ++outcome.problems[problem_kind(e)]; }}};
    std::uint64_t rows = 0, bytes_seen = 0;
    while (const gdelt::record* row = reader.next()) {
        const std::optional<panel::dyad> counted = part.panel.add(panel::observation_of(*row));
        if (counted && part.codes) part.codes->add(*counted, row->event.code);
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
    if (!report_read_failure(to_messages, command, opened, reader.summary())) outcome.unreadable = true;
    if (!report_gdelt_problems(to_messages, command, opened, reader.summary())) outcome.bad = true;
    if (reader.summary().read_failed) outcome.unreadable = true;
    if (reader.summary().stopped && !reader.summary().read_failed) outcome.stopped = true;
    outcome.messages += messages.str();
    outcome.read.rows = reader.summary().rows;
    outcome.read.skipped = reader.summary().skipped;
}

/// An input read whole (every row format but GDELT's own, JSON and PLOVER documents; at most
/// max_document_bytes); nullopt, with the message in `outcome`, if it cannot be.
std::optional<std::string> read_item_whole(std::string_view command, input& opened, run_counters& counters, item_outcome& outcome) {
    std::string error;
    std::optional<std::string> text = opened.read_whole(max_document_bytes, error);
    if (!text) {
        outcome.messages += "bilateral " + std::string{command} + ": " + error + "\n";
        outcome.unreadable = true;
        return std::nullopt;
    }
    counters.bytes.fetch_add(text->size(), std::memory_order_relaxed);
    return text;
}

/// A row format read whole (GDELT re-exported as CSV, ICEWS, Phoenix, POLECAT): every reader of
/// `row_read_options` and `row_read_summary` the same way.
template <class Reader>
void read_rows_item(std::string_view command, input& opened, partial_run& part, const panel_arguments& a, run_counters& counters,
                    item_outcome& outcome) {
    const std::optional<std::string> text = read_item_whole(command, opened, counters, outcome);
    if (!text) return;
    Reader reader{*text, {.mode = a.lenient ? read_mode::lenient : read_mode::strict,
                          .on_error = [&](const problem& e) { ++outcome.problems[problem_kind(e)]; }}};
    std::uint64_t rows = 0;
    while (const auto* row = reader.next()) {
        const std::optional<panel::dyad> counted = part.panel.add(panel::observation_of(*row));
        if (counted && part.codes) part.codes->add(*counted, code_of_row(*row));
        if ((++rows & 0x3FFF) == 0) {
            counters.rows.fetch_add(0x4000, std::memory_order_relaxed);
            if (counters.stop.load(std::memory_order_relaxed)) return;
        }
    }
    counters.rows.fetch_add(rows & 0x3FFF, std::memory_order_relaxed);
    const row_read_summary& s = reader.summary();
    std::ostringstream messages;
    report_reader_notes(messages, command, opened.label(), reader);
    if (!report_row_problems(messages, command, opened.label(), s)) outcome.bad = true;
    if (s.stopped) outcome.stopped = true;
    outcome.messages += messages.str();
    outcome.read.rows = s.rows;
    outcome.read.skipped = s.skipped;
}

void read_document_item(std::string_view command, input& opened, bool from_plover, partial_run& part,
                        const panel_arguments& a, run_counters& counters, item_outcome& outcome) {
    const std::optional<std::string> text = read_item_whole(command, opened, counters, outcome);
    if (!text) return;
    const document doc = read_document(*text, from_plover);
    if (!doc.ok()) {
        std::ostringstream messages;
        list_problems(messages, opened.label(), doc);
        outcome.bad = true;
        for (const problem& p : doc.problems()) ++outcome.problems["record: " + p.message.str()];
        outcome.read.skipped = doc.problems().size() + doc.unlisted_problems();
        if (!a.lenient) {
            messages << "bilateral " << command << ": " << opened.label() << ": not counted (--lenient counts what could be read)\n";
            outcome.stopped = true;
            outcome.messages += messages.str();
            return;
        }
        outcome.messages += messages.str();
    }
    const std::uint64_t before = part.panel.summary().events;
    if (part.codes) panel::add_events(part.panel, doc.view(), [&](const panel::dyad& d, const cameo_code& c) { part.codes->add(d, c); });
    else panel::add_events(part.panel, doc.view());
    outcome.read.rows = part.panel.summary().events - before;
    counters.rows.fetch_add(outcome.read.rows, std::memory_order_relaxed);
}

/// One input, in the format named by --from or, with `--from auto`, detected from its beginning.
void read_item(std::string_view command, input& opened, partial_run& part, const panel_arguments& a, run_counters& counters,
               item_outcome& outcome) {
    std::optional<source_format> format = format_named(a.from);
    if (!format) {
        const detection d = detect_input(opened);
        if (d.format == source_format::unknown) {
            // An empty input has no rows in any format: nothing to tell, nothing lost.
            if (d.empty) {
                outcome.messages += "bilateral " + std::string{command} + ": " + opened.label() + ": empty, nothing to read\n";
                return;
            }
            outcome.messages += "bilateral " + std::string{command} + ": " + undetected(opened, d) + "\n";
            outcome.undetected = true;
            return;
        }
        format = d.format;
        outcome.detected = std::string{name_of(d.format)} + " (" + d.reason + ")";
    }
    switch (*format) {
        case source_format::gdelt: return read_gdelt_item(command, opened.stream(), opened, part, a, counters, outcome);
        case source_format::gdelt_csv: return read_rows_item<gdelt::csv_reader>(command, opened, part, a, counters, outcome);
        case source_format::icews: return read_rows_item<icews::reader>(command, opened, part, a, counters, outcome);
        case source_format::polecat: return read_rows_item<polecat::reader>(command, opened, part, a, counters, outcome);
        case source_format::phoenix: return read_rows_item<phoenix::reader>(command, opened, part, a, counters, outcome);
        case source_format::plover:
        case source_format::json: return read_document_item(command, opened, *format == source_format::plover, part, a, counters, outcome);
        default: break;
    }
    outcome.messages += "bilateral " + std::string{command} + ": " + opened.label() + ": " + std::string{name_of(*format)} +
                        " input is not read by this command\n";
    outcome.unreadable = true;
}

/// Runs the inputs on `jobs` threads, each with its own counts, merged at the end.
partial_run run(std::string_view command, const std::vector<input_item>& items, const panel::options& options,
                bool count_codes, const panel_arguments& a, unsigned jobs, const streams& io, run_counters& counters,
                std::vector<item_outcome>& outcomes) {
    std::atomic<std::size_t> next{0};
    std::vector<partial_run> partial(
        jobs, partial_run{panel::accumulator{options}, count_codes ? std::optional{report::code_counts{}} : std::nullopt});
    const auto work = [&](partial_run& part) {
        for (std::size_t i; (i = next.fetch_add(1)) < items.size();) {
            item_outcome& outcome = outcomes[i];
            if (!counters.stop.load()) {
                std::string error;
                std::optional<input> opened = input::open(items[i], io, error);
                outcome.read.name = items[i].label;
                if (!opened) {
                    outcome.messages = "bilateral " + std::string{command} + ": " + error + "\n";
                    outcome.unreadable = true;
                } else {
                    read_item(command, *opened, part, a, counters, outcome);
                }
                if (outcome.unreadable || outcome.stopped || outcome.undetected) counters.stop.store(true);
            }
            counters.items_done.fetch_add(1);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work, std::ref(partial[t]));

    work(partial[0]);  // the main thread works too
    for (std::thread& t : threads) t.join();
    for (unsigned t = 1; t < jobs; ++t) {
        partial[0].panel.merge(partial[t].panel);
        if (count_codes) partial[0].codes->merge(*partial[t].codes);
    }
    return std::move(partial[0]);
}

/// "files done of total, rows, MB/s, time left" on stderr while the workers run.
class panel_progress {
public:
    panel_progress(const streams& io, std::string_view command, const run_counters& counters, std::uint64_t items, std::uint64_t total_bytes)
        : err_{io.err}, command_{command}, counters_{counters}, items_{items}, total_bytes_{total_bytes} {
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
            *err_ << '\r' << command_ << ": " << counters_.items_done.load() << " of " << items_ << " files, " << counters_.rows.load()
                  << " rows, " << static_cast<std::uint64_t>(rate / 1e6) << " MB/s";
            if (total_bytes_ > 0 && rate > 0 && bytes < static_cast<double>(total_bytes_))
                *err_ << ", " << static_cast<std::uint64_t>((static_cast<double>(total_bytes_) - bytes) / rate) << " s left";
            *err_ << "\033[K" << std::flush;
            shown_ = true;
        }
    }
    std::ostream* err_;
    std::string_view command_;
    const run_counters& counters_;
    std::uint64_t items_, total_bytes_;
    std::atomic<bool> done_{false};
    bool shown_ = false;
    std::thread thread_;
};

}  // namespace

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
    if (a.from != "gdelt" && a.from != "gdelt-csv" && a.from != "auto" && (a.root_events || a.weight)) {
        error = std::string{a.root_events ? "--root-events" : "--weight"} + " needs GDELT rows (IsRootEvent, NumArticles, " +
                "NumMentions, NumSources); " + a.from + " data has no such field";
        return std::nullopt;
    }
    return o;
}

int run_panel_command(std::string_view command, const panel_arguments& a, const panel::options& options,
                      bool count_codes, const streams& io, const panel_writer& write) {
    std::string error;
    const std::optional<std::vector<input_item>> items = expand_inputs(a.inputs, io, error);
    if (!items) return run_error(io, command, error);
    std::optional<output> out = output::open_for(a.out, io, *items, error);
    if (!out) return run_error(io, command, error);

    unsigned jobs = a.jobs != 0 ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(items->size(), 1)));
    std::uint64_t total_bytes = 0;
    for (const input_item& item : *items) total_bytes += item.size;

    run_counters counters;
    std::vector<item_outcome> outcomes(items->size());
    panel_progress shown{io, command, counters, items->size(), total_bytes};
    partial_run counted = run(command, *items, options, count_codes, a, jobs, io, counters, outcomes);
    shown.stop();

    bool problems = false, unreadable = false, stopped = false, undetected = false;
    panel_run result{std::move(counted.panel), counted.codes.value_or(report::code_counts{}), {}};
    // --from auto says what it found: once per format and reason, with the inputs it holds for.
    std::map<std::string, std::uint64_t> detected;
    for (const item_outcome& o : outcomes)
        if (!o.detected.empty()) ++detected[o.detected];
    for (const auto& [what, n] : detected)
        *io.err << "bilateral " << command << ": detected " << what << " in " << n << (n == 1 ? " input\n" : " inputs\n");
    for (item_outcome& o : outcomes) {
        *io.err << o.messages;
        problems = problems || o.bad;
        unreadable = unreadable || o.unreadable;
        undetected = undetected || o.undetected;
        stopped = stopped || o.stopped;
        result.quality.inputs.push_back(std::move(o.read));
        for (const auto& [kind, n] : o.problems) result.quality.problems[kind] += n;
    }
    if (unreadable) return run_error(io, command, "an input could not be read whole; nothing written");
    if (undetected) return run_error(io, command, "the format of an input could not be told; nothing written (--from names it)");
    if (stopped) {
        *io.err << "bilateral " << command << ": nothing written (--lenient skips bad rows and counts them)\n";
        return exit_data;
    }

    const std::size_t rows = write(result, options, out->stream());
    if (!out->commit(error)) return run_error(io, command, error);

    const panel::summary s = result.panel.summary();
    *io.err << "bilateral " << command << ": " << items->size() << (items->size() == 1 ? " input, " : " inputs, ") << s.events
            << " events: " << s.counted << " counted in " << rows << " rows";
    if (s.without_dyad != 0) *io.err << ", " << s.without_dyad << " without two known states";
    if (s.imprecise_date != 0) *io.err << ", " << s.imprecise_date << " without a date precise enough for --by " << a.by;
    if (s.filtered != 0) *io.err << ", " << s.filtered << " outside the filters";
    if (s.duplicates != 0) *io.err << ", " << s.duplicates << " duplicates (--one-a-day)";
    if (s.without_weight != 0) *io.err << ", " << s.without_weight << " without --weight " << to_string(options.weight);
    *io.err << '\n';
    return problems ? exit_data : exit_ok;
}

void add_panel_options(CLI::App& app, panel_arguments& a) {
    app.add_option("--from", a.from, "the format of the inputs")->required()->check(CLI::IsMember(input_formats));
    app.add_option("--by", a.by, "the period: day, week (ISO), month, quarter or year (default month)")
        ->check(CLI::IsMember({"day", "week", "month", "quarter", "year"}));
    app.add_option("--dyad", a.dyads, "only this dyad, e.g. CHN-USA (repeatable)");
    app.add_option("--countries", a.countries, "only dyads of two of these states, e.g. CHN,KAZ,RUS");
    app.add_flag("--directed", a.directed, "source-target dyads (CHN-USA is not USA-CHN)");
    app.add_option("--key", a.key,
                   "the states' codes: iso3 (ISO 3166-1, default), cow or gw (the letter codes of the Correlates of War or\n"
                   "Gleditsch-Ward member on the event's date; --dyad and --countries then take those codes)")
        ->check(CLI::IsMember({"iso3", "cow", "gw"}));
    app.add_option("--since", a.since, "only events on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)");
    app.add_option("--until", a.until, "only events on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)");
    app.add_option("--roots", a.roots, "only events of these CAMEO roots, e.g. 14,17,18");
    app.add_option("--weight", a.weight, "add the measures weighted by GDELT's NumArticles, NumMentions or NumSources")
        ->check(CLI::IsMember({"articles", "mentions", "sources"}));
    app.add_option("--goldstein", a.goldstein,
                    "score events with this Goldstein table (default: the source's own values, GDELT's GoldsteinScale,\n"
                    "ICEWS's Intensity, Phoenix's GoldsteinScore; none for PLOVER and POLECAT)")
        ->check(CLI::IsMember({"gdelt", "icews", "phoenix"}));
    app.add_flag("--fill", a.fill, "a balanced panel: every selected dyad x every period, empty cells included");
    app.add_flag("--one-a-day", a.one_a_day, "count one event per day, source actor, target actor and event code");
    app.add_flag("--root-events", a.root_events, "only events GDELT marks IsRootEvent = 1");
    app.add_option("--jobs,-j", a.jobs, "threads (default: the machine's cores)")->check(CLI::Range(1u, 1024u));
    app.add_flag("--lenient", a.lenient, "skip bad rows (counted and reported) instead of stopping at the first");
    app.add_option("-o,--output", a.out, "the output file (default: standard output)");
    app.add_option("INPUTS", a.inputs, "files, directories and zip archives ('-': standard input)")->required();
}

}  // namespace bilateral::tool
