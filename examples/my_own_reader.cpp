// SPDX-License-Identifier: BSL-1.0
// A reader of one's own on the import framework (io/import.hpp): a newsroom's log, one event a
// line as "date;actor;sector;country;CAMEO code;city;outlet", read into a dataset. The reader is
// only its dialect (the columns and what they mean); the registry makes each actor, place and
// outlet once with a stable id, the shared rules make ids of names and kinds of sector codes, and
// what the model cannot hold is counted, never dropped silently.

#include <bilateral/bilateral.hpp>
#include <bilateral/io/import.hpp>

#include <array>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

using namespace bilateral;

constexpr std::string_view newsroom_log =
    "2024-07-03;Xi Jinping;GOV;CHN;042;Astana;Xinhua\n"
    "2024-07-03;Ministry of Foreign Affairs;GOV;KAZ;043;Astana;Kazinform\n"
    "\n"
    "2024-07-04;Khabar TV;MED;KAZ;010;Astana;Kazinform;front page\n"  // one column too many
    "2024-07-04;Xi Jinping;GOV;CHN;036;Astana;Xinhua\n"
    "2024-02-30;Nobody;GOV;KAZ;042;Astana;Xinhua\n";                  // no such day

/// The columns of a line: the dialect of this source.
enum column : std::size_t { when, who, sector, state, code, city, outlet, columns };

/// What was read: the dataset, the lines that could not be events, what the model did not hold.
struct log_read {
    dataset data;
    std::vector<std::string> problems;
    std::vector<problem> losses;  // not_held, severity loss: field, message, an example as value, count
};

log_read read_log(std::string_view text) {
    log_read out;
    entity_registry<actor> actors{out.data};
    entity_registry<place> places{out.data};
    entity_registry<source> sources{out.data};
    unique_ids event_ids;
    loss_tally losses;
    for_each_line(text, [&](std::string_view line, std::size_t number) {
        std::array<std::string_view, columns> f{};
        std::size_t n = 0;
        for (std::size_t from = 0; from <= line.size(); ++n) {
            const std::size_t to = std::min(line.find(';', from), line.size());
            if (n < columns) f[n] = trimmed(line.substr(from, to - from));
            else losses.count("column " + std::to_string(n + 1), "not held: a column the log does not have",
                              [&] { return std::string{line.substr(from, to - from)}; });
            from = to + 1;
        }
        const auto day = date::parse(f[when]);
        const cameo_code cameo{f[code]};
        if (!day || !cameo.ok()) {  // not an event: say where and why, and read on
            out.problems.push_back("line " + std::to_string(number) + ": " +
                                   (!day ? "no such date: " + std::string{f[when]} : "not a CAMEO code: " + std::string{f[code]}));
            return;
        }
        const country c = country::from_alpha3(f[state]);
        // The dedupe key says what makes two lines name one actor: here its name and country.
        const actor_id who_id = actors.obtain(std::string{f[who]} + '|' + std::string{f[state]}, text_id(f[who]), [&] {
            return actor{.kind = actor_kind_from_sector(f[sector], false),
                         .name = out.data.text(f[who]),
                         .country = c,
                         .sectors = out.data.list(std::vector{sector_code{out.data.text(f[sector])}})};
        });
        const source_id from = sources.obtain(f[outlet], text_id(f[outlet]), [&] {
            return source{.publisher = out.data.text(f[outlet]), .title = out.data.text(f[outlet])};
        });
        const std::string id = event_ids.take(text_id(std::string{f[when]} + " " + std::string{f[code]}));
        out.data.add(event{.id = event_id{out.data.text(id)},
                           .date = *day,
                           .place = import_place(places, f[city], place_kind::city, country{}),  // the log does not say
                           .participants = out.data.list(std::vector{who_id}),
                           .cameo = cameo_code{out.data.text(f[code])},
                           .quad_class = quad_class_of(cameo),
                           .evidence = {.source = from}});
    });
    out.losses = losses.sorted();
    return out;
}

int main() {
    const log_read r = read_log(newsroom_log);
    const dataset_view v = r.data.view();
    std::cout << v.events.size() << " events, " << v.actors.size() << " actors, " << v.places.size() << " place, "
              << v.sources.size() << " sources\n";
    for (const event& e : v.events) {
        const actor* a = find(v, e.participants[0]);
        std::cout << "  " << e.id.str() << ": " << a->name << " (" << to_string(a->kind) << ", " << a->id.str()
                  << ") CAMEO " << e.cameo.str() << " in " << find(v, e.place)->name << ", per "
                  << find(v, e.evidence.source)->publisher << '\n';
    }
    for (const std::string& p : r.problems) std::cout << "problem: " << p << '\n';
    for (const problem& l : r.losses)
        std::cout << "lost: " << l.field.view() << " (" << l.message.view() << "), " << l.count << ", e.g. \""
                  << l.value.view() << "\"\n";
    const auto found = problems(v);
    std::cout << (found.empty() ? "the dataset is valid\n" : "the dataset has problems\n");
    // The example checks itself, so that CTest fails if the framework changes what it does.
    const bool as_expected = v.events.size() == 4 && v.actors.size() == 3 && v.places.size() == 1 &&
                             v.sources.size() == 2 && r.problems.size() == 1 && r.losses.size() == 1 &&
                             v.actors[2].kind == actor_kind::media && v.events[3].id == event_id{"2024-07-04-036"} &&
                             found.empty();
    return as_expected ? 0 : 1;
}
