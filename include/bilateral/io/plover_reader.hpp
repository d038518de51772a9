// SPDX-License-Identifier: BSL-1.0
/// Reads PLOVER event records (JSONL and its older variants) into an owning dataset.
// Parses with simdjson: link the target bilateral::json. Not part of <bilateral/bilateral.hpp>.
// The reader is a dialect on the import framework (io/import.hpp): plover/framing.hpp finds the
// records, plover/dialects.hpp names their fields, plover/mapping.hpp makes events of them (one
// handler per field) and plover/references.hpp their actors, places and sources; plover/result.hpp
// is what a read gives.
//
// Three dialects are read, each record on its own (a file may mix them; the result says which it saw):
// - `plover`: the PLOVER manual's snake_case fields, as io/plover_writer.hpp writes them ("actor",
//   "recipient", "event_text", "event_loc", "cite_info", entities with "entity_text", …);
// - `plover_gsr`: the older camelCase fields of the PLOVER gold-standard records (PLOVER 0.5:
//   "source"/"target" actor lists, "eventText", "eventLoc", "actorText", "dateCoded", "textInfo");
// - `icews_derived`: OEDA records converted from ICEWS, whose "event" is a CAMEO code ("141"),
//   with "ccode", "location", "headline", "publication", "citation".
// And three framings: one record per line (JSONL), a JSON array of records, and records written
// one after another, indented over many lines ("concatenated", as the ICEWS-derived samples are).
//
// What becomes what:
// - a record is an event; its "id" is the event id (lower-cased, other characters made '-', a
//   repeated id given a ".2" suffix, so that the ids are well formed and unique — each change is
//   reported); "date" its date; "event" its PLOVER type; "mode"/"context" its mode and context;
//   "event_text"/"eventText" its description; "quad_code" its quad class; "event_scale" with
//   "event_scale_table" its Goldstein value; "cameo_code" its CAMEO code.
// - the entities of "actor"/"source" and "recipient"/"target" become actors of the dataset (one per
//   distinct actor they give; id from the entity's text), the event's participants and recipients
//   (PLOVER has no actor kind: it is inferred from the sector, GOV a government body). An
//   entity's code is its country (ISO 3166-1 alpha-3, or a CAMEO country code with an ISO
//   equivalent such as WSB → PSE) or, for IGO/NGO/ISM/IMG/MNC and other CAMEO actor types, its
//   first sector; its "sector" is split into three-letter codes, of which the CAMEO actor types
//   (codes/cameo_actors.hpp) are held (a religion, an ethnic group or PLOVER's JRN is a counted
//   loss, though it still gives the actor's kind). A country code in lower or mixed case ("syr",
//   "kz") is read upper-cased, with a note "country: normalised to upper case".
// - "event_loc"/"eventLoc" and ICEWS "location" become places; "cite_info", the gold standard's
//   "publication" and ICEWS "publication"/"headline"/"citation" become sources, which the event's
//   evidence cites.
// - an ICEWS-derived record's CAMEO code gives its PLOVER type, mode and context through the 2021
//   CAMEO-to-PLOVER table, and its quad class; PLOVER 0.5 types that PLOVER 2021 renamed (DEMAND,
//   DISAPPROVE, INVESTIGATE, FIGHT, YIELD) are read as their 2021 type through the CAMEO root they
//   stand for. Such events say so in their evidence (basis inferred, with the reason).
// - a DOCUMENT record (the gold standard's first record documents the file) is not an event: it
//   becomes a source (publisher, title = its text, date = its coding date).
//
// Problems and losses are kept apart. A problem is a record that cannot be an event: invalid JSON,
// not an object, no usable "id", "date" or "event" (each located: line, record, JSON path); such a
// record adds nothing to the dataset, and reading goes on with the next. A loss
// is something the model cannot hold: a field it has no place for ("text", "textInfo", "coder",
// ICEWS "lat"/"long", …), a value it cannot represent (a code that is no country, "CVLalb"'s ethnic
// suffix, a second context), or a value changed to fit (an id lower-cased). Losses are counted per
// field, with an example, never dropped silently; null, "" and [] values lose nothing and are not
// counted. A number beyond what the parser reads (1e400, a 30-digit integer) is valid JSON: it is a
// loss of its field ("not held: a number out of range"), or, in "id", "event" or "date", a located
// problem of its record. A UTF-8 byte order mark at the start of the input is skipped.
//
// The dataset read is always valid (`bilateral::problems(result.data.view())` is empty): what it
// needs and a record lacks is filled in, with a counted note. An event whose record names no actor
// has the placeholder actor "unknown-actor" as participant; one that names no source cites the
// placeholder source "unknown-source"; an entity without a name is named after its code; a
// source without a title is titled by its publisher, one without a publisher has "unknown". A
// CAMEO code that is not in the codebook is not held, and a CAMEO code fixes the quad class.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover/dialects.hpp>
#include <bilateral/io/plover/framing.hpp>
#include <bilateral/io/plover/mapping.hpp>
#include <bilateral/io/plover/result.hpp>

namespace bilateral {

/// A PLOVER reader; it keeps its simdjson parser between inputs.
class plover_reader {
public:
    explicit plover_reader(plover_read_options options = {}) : options_{options} {}
    [[nodiscard]] plover_read_result read(std::string_view text);

private:
    /// Reads `text`; if simdjson rejects a number and `numbers` is null, stops and says so.
    plover_read_result read_records(std::string_view text, const detail::plover_read::number_list* numbers,
                                    bool& number_error);
    plover_read_options options_;
    simdjson::dom::parser parser_;
};

/// `plover_reader{options}.read(text)`.
[[nodiscard]] plover_read_result read_plover(std::string_view text, plover_read_options options = {});

// ---------------------------------------------------------------------------------------------
// Implementation

inline plover_read_result plover_reader::read(std::string_view text) {
    using detail::json_read::byte_order_mark;
    const bool bom = text.starts_with(byte_order_mark);
    if (bom) text.remove_prefix(byte_order_mark.size());
    bool number_error = false;
    plover_read_result result = read_records(text, nullptr, number_error);
    if (number_error) {
        // A number simdjson cannot read (1e400): read it as null, and the records again.
        const auto numbers = detail::json_read::scan(text).numbers;
        const std::string patched = detail::json_read::without_numbers(text, numbers);
        result = read_records(patched, &numbers, number_error);
    }
    if (bom)  // columns count the bytes of the input
        for (problem& p : result.problems)
            if (p.line == 1 && p.column != 0) p.column += byte_order_mark.size();
    return result;
}

inline plover_read_result plover_reader::read_records(std::string_view text, const detail::plover_read::number_list* numbers,
                                                      bool& number_error) {
    plover_read_result result;
    detail::plover_read::state records{result, options_};
    result.framing = detail::plover_read::read_framed(parser_, text, numbers, number_error, records);
    records.finish();
    return result;
}

inline plover_read_result read_plover(std::string_view text, plover_read_options options) {
    return plover_reader{options}.read(text);
}

}  // namespace bilateral
