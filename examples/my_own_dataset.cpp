// SPDX-License-Identifier: BSL-1.0
// A user's own data in the library's types: a small constexpr dataset checked by the compiler,
// then records built at run time from text, validated by the same function, and written as JSON.

#include <bilateral/bilateral.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/print.hpp>

#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

using namespace bilateral;

// 1. Constexpr data: a newsroom's note of the talks, in its own words. --------------------------
namespace note {
inline constexpr source sources[] = {
    {.id = source_id{"desk-note"}, .publisher = "Our news desk", .title = "Notes on the Astana talks",
     .date = date{2024, 7, 3}, .language = "en"},
};
inline constexpr sector_code government[] = {sector_code{"GOV"}};
inline constexpr actor actors[] = {
    {.id = actor_id{"xi"}, .kind = actor_kind::person, .name = "Xi Jinping", .country = country{"CN"},
     .office = "President of China", .sectors = government, .wikidata = "Q15031"},
    {.id = actor_id{"tokayev"}, .kind = actor_kind::person, .name = "Kassym-Jomart Tokayev",
     .country = country{"KZ"}, .office = "President of Kazakhstan", .sectors = government},
};
inline constexpr place places[] = {{.id = place_id{"astana"}, .kind = place_kind::city, .name = "Astana", .country = country{"KZ"}}};
inline constexpr actor_id guest[] = {actor_id{"xi"}};
inline constexpr actor_id host[] = {actor_id{"tokayev"}};
inline constexpr evidence from_note{.source = source_id{"desk-note"}, .paragraph = 1};
inline constexpr event events[] = {
    {.id = event_id{"talks"}, .date = date{2024, 7, 3}, .place = place_id{"astana"},
     .format = event_format::state_visit, .participants = guest, .recipients = host,
     .cameo = cameo_code{"042"}, .plover = plover_event::consult, .plover_mode = plover_word{"visit"},
     .goldstein = goldstein{.tenths = 19, .table = goldstein_table::gdelt}, .quad_class = quad_class::verbal_cooperation,
     .description = "Xi Jinping visits Kassym-Jomart Tokayev in Astana.", .evidence = from_note},
};
inline constexpr dataset_view data{.sources = sources, .actors = actors, .places = places, .events = events};

// The compiler checks it: a typo in an id, a 30 February or a code like "42x" stops the build
// with a message that names the record and the field.
static_assert(require_valid<data>());
}  // namespace note

// 2. Run-time data: statements read from text, one "speaker|date|form|text" per line. -----------
constexpr std::string_view incoming =
    "tokayev|2024-07-03|paraphrase|Tokayev thanked Xi for accepting the invitation.\n"
    "xi|2024-07-03|paraphrase|Xi praised the reforms carried out in Kazakhstan.\n"
    "tokayv|2024-02-30|paraphrase|A line with a typo in the speaker and an impossible date.\n";

/// Builds a dataset from `text`; lines whose fields cannot be read are reported on `errors` with
/// their line number and still added (with the field left unknown), so validation sees them too.
dataset read_statements(std::string_view text, std::ostream& errors) {
    dataset out;
    for (const auto& s : note::sources) out.add(s);  // reuse the constexpr records: same types
    for (const auto& a : note::actors) out.add(a);
    for (const auto& p : note::places) out.add(p);
    for (const auto& e : note::events) out.add(e);
    std::istringstream lines{std::string{text}};
    std::string line;
    for (int n = 1; std::getline(lines, line); ++n) {
        std::string_view fields[4];
        std::string_view rest = line;
        for (auto& f : fields) {
            const auto bar = rest.find('|');
            f = rest.substr(0, bar);
            rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        }
        const auto when = date::parse(fields[1]);
        if (!when) errors << "  line " << n << ": date `" << fields[1] << "` is not an ISO 8601 calendar date\n";
        // `line` is overwritten by the next getline, and the id is a temporary: add() copies
        // every view of the record into the dataset's storage, so neither dangles.
        out.add(statement{.id = statement_id{"line-" + std::to_string(n)},
                          .speaker = actor_id{fields[0]},
                          .date = when.value_or(date{}),
                          .form = enum_from_string<statement_form>(fields[2]).value_or(statement_form::paraphrase),
                          .text = fields[3],
                          .event = event_id{"talks"},
                          .evidence = {.source = source_id{"desk-note"}, .paragraph = static_cast<std::uint16_t>(n)}});
    }
    return out;
}

int main() {
    std::cout << "Reading:\n";
    const dataset mine = read_statements(incoming, std::cout);

    // The same validation, now at run time: every problem, located.
    std::cout << "\nProblems found:\n";
    for (const auto& p : problems(mine.view())) std::cout << "  " << describe(p) << '\n';

    // Queries work on run-time data as on constexpr data.
    std::cout << "\nStatements by Xi Jinping:\n";
    for (const auto& s : statements_by(mine.view(), actor_id{"xi"})) print(std::cout, s, 1);

    std::cout << "\nThe newsroom's constexpr note as JSON:\n" << to_json(note::data.events[0]) << '\n';
}
