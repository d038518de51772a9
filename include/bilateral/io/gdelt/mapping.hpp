// SPDX-License-Identifier: BSL-1.0
/// Mapping between GDELT rows and the model: rows into an owning dataset's events, and a dataset's events into rows.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/codes/cameo_actors.hpp>
#include <bilateral/codes/fips.hpp>
#include <bilateral/core/coding.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/io/import.hpp>
#include <bilateral/query.hpp>

namespace bilateral::gdelt {

// GDELT → model ---------------------------------------------------------------------------------

/// How rows become records of a dataset.
struct import_options {
    /// Title of the source that stands for the file, cited by rows without a SOURCEURL.
    std::string_view file_title = "GDELT event file";
};

/// Why a row was not mapped to an event (what `add` returns; each skip is also counted as a
/// not_written loss in `losses()`, like every reader's losses).
enum class import_skip : std::uint8_t {
    none,        ///< mapped
    no_actor,    ///< no Actor1: an event of the model needs a participant
    no_date,     ///< no valid SQLDATE
    no_code,     ///< no valid EventCode
};

/// Adds GDELT rows to an owning `dataset` as events of the model, with the actors, places and
/// sources they refer to (each added once, however many rows name it). The dataset owns copies
/// of all the text, so the rows (and the reader's buffer) need not outlive it.
///
/// A row becomes: an event `gdelt-<GLOBALEVENTID>` on SQLDATE, Actor1 its participant and Actor2
/// its recipient, EventCode its CAMEO code, PLOVER type, mode and context through the 2021
/// CAMEO→PLOVER table (the first context where the table lists several), Goldstein (GDELT's
/// table) and quad class from the row (from the code tables where the row leaves them empty),
/// the CAMEO label as its description, ActionGeo as its place. Actors are one per code,
/// `cameo-<code>` (the state itself when the code is a bare country code; sectors from the type
/// codes, the kind from the first, by the rule every reader shares: io/import/actor_kind.hpp);
/// places one per geo type and feature id (or full name), `geo-<type>-<feature id>`; sources one
/// per SOURCEURL (publisher: the URL's host), cited as inferred evidence (machine coding). Ids
/// follow the import framework's rule for codes (io/import/text_id.hpp), made unique with a
/// suffix where two codes give one id.
class dataset_builder {
public:
    explicit dataset_builder(dataset& target, import_options options = {});

    /// Maps `row`; returns why it was skipped, or `import_skip::none`. A skipped row adds nothing.
    import_skip add(const record& row);

    [[nodiscard]] std::uint64_t events() const noexcept { return events_; }
    [[nodiscard]] std::uint64_t skipped() const noexcept { return skipped_; }
    /// The rows not mapped, as problems (code not_written, severity loss) counted per reason, with
    /// the first row's GLOBALEVENTID as the example.
    [[nodiscard]] const loss_tally& losses() const noexcept { return losses_; }

private:
    actor_id actor_for(const actor_block& a);
    place_id place_for(const geo_block& g);
    source_id source_for(const record& row);
    std::string_view own(std::string_view s) { return target_->text(s); }

    dataset* target_;
    import_options options_;
    entity_registry<actor> actors_;      // by actor code
    entity_registry<place> places_;      // by geo type and feature id (or full name)
    entity_registry<source> sources_;    // by SOURCEURL; the file itself by ""
    std::size_t url_sources_ = 0;
    std::uint64_t events_ = 0;
    std::uint64_t skipped_ = 0;
    loss_tally losses_;
};

// Model → GDELT ---------------------------------------------------------------------------------

/// How a dataset's events become rows.
struct export_options {
    std::uint64_t first_id = 1;            ///< GLOBALEVENTID of the first row (the model has none)
    gdelt::format format = gdelt::format::v2;
};

/// GDELT rows and the storage their text lives in.
struct exported_rows {
    dataset storage;               ///< owns the text the records view
    std::vector<record> records;   ///< one per event, in the dataset's order
};

/// The events of `data` as GDELT rows, where GDELT has the fields: SQLDATE, MonthYear, Year and
/// FractionDate from the date (as precise as it is); Actor1 the first participant, Actor2 the first
/// recipient (or the second participant of a reciprocal event), coded with the CAMEO country of the
/// actor's ISO country and its sector codes as type codes, the name in capitals as GDELT writes
/// it; EventCode, base and root; QuadClass; GoldsteinScale (GDELT's table: a value from another
/// table is replaced by GDELT's value for the code); ActionGeo from the place (its country or city,
/// FIPS country code from ISO); SOURCEURL from the evidence's source. Left empty, because the model
/// does not have them: IsRootEvent, NumMentions, NumSources, NumArticles, AvgTone, coordinates,
/// ADM codes, feature ids, DATEADDED; actor geography is type 0 (not resolved).
[[nodiscard]] exported_rows to_records(const dataset_view& data, export_options options = {});

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

/// The host of a URL ("www.capitalpress.com" in "http://www.capitalpress.com/Oregon/…").
[[nodiscard]] constexpr std::string_view url_host(std::string_view url) noexcept {
    const std::size_t scheme = url.find("://");
    std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    return rest;
}

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

inline dataset_builder::dataset_builder(dataset& target, import_options options)
    : target_{&target}, options_{options}, actors_{target}, places_{target}, sources_{target} {}

inline actor_id dataset_builder::actor_for(const actor_block& a) {
    if (const actor_id known = actors_.find(a.code); !known.empty()) return known;
    return actors_.obtain(a.code, text_id("cameo-" + std::string{a.code}, id_style::code), [&] {
        std::vector<sector_code> sectors;
        for (const actor_code* t : {&a.type1, &a.type2, &a.type3}) {
            const sector_code s{t->str()};
            if (s.ok()) sectors.push_back(sector_code{own(s.str())});
        }
        const std::string_view alpha3 = a.iso_alpha3();
        // A bare country code ("KAZ", no types) is the state itself.
        const bool bare_state = !a.country.empty() && a.code == a.country.str();
        return actor{.kind = actor_kind_from_sector(a.type1.str(), bare_state),
                     .name = own(a.name.empty() ? a.code : a.name),
                     .country = alpha3.empty() ? country{} : country::from_alpha3(alpha3),
                     .sectors = target_->list(sectors)};
    });
}

inline place_id dataset_builder::place_for(const geo_block& g) {
    if (!g.type || *g.type == geo_type::none || g.full_name.empty()) return {};
    const std::string type_digit(1, static_cast<char>('0' + static_cast<int>(*g.type) % 10));
    const std::string key = type_digit + '\x1f' + std::string{g.feature_id.empty() ? g.full_name : g.feature_id};
    if (const place_id known = places_.find(key); !known.empty()) return known;
    const std::string base = text_id("geo-" + type_digit + "-" + std::string{g.feature_id.empty() ? g.full_name : g.feature_id},
                                     id_style::code);
    return places_.obtain(key, base, [&] {
        place_kind kind = place_kind::city;
        if (*g.type == geo_type::country) kind = place_kind::country;
        else if (*g.type == geo_type::us_state || *g.type == geo_type::world_state) kind = place_kind::region;
        return place{.kind = kind, .name = own(g.full_name), .country = g.country};
    });
}

inline source_id dataset_builder::source_for(const record& row) {
    if (const source_id known = sources_.find(row.source_url); !known.empty()) return known;
    if (row.source_url.empty())  // the file itself stands for rows without a SOURCEURL
        return sources_.obtain("", "gdelt-file", [&] {
            return source{.publisher = "The GDELT Project", .title = own(options_.file_title)};
        });
    return sources_.obtain(row.source_url, "src-" + std::to_string(++url_sources_), [&] {
        const std::string_view url = own(row.source_url);
        const std::string_view host = detail::gdelt::url_host(url);
        return source{.publisher = host.empty() ? std::string_view{"unknown"} : host,
                      .title = url,
                      .date = row.dates.added.day(),
                      .url = url};
    });
}

inline import_skip dataset_builder::add(const record& row) {
    const auto skip = [&](import_skip why, std::string_view field, std::string_view what) {
        ++skipped_;
        losses_.count(field, what, [&] { return "GLOBALEVENTID " + std::to_string(row.id); },
                      problem_code::not_written);
        return why;
    };
    if (row.actor1.code.empty())
        return skip(import_skip::no_actor, "Actor1Code", "row not written: no Actor1 (an event needs a participant)");
    if (!row.dates.day.ok() || row.dates.day.precision() != date_precision::day)
        return skip(import_skip::no_date, "SQLDATE", "row not written: no valid SQLDATE");
    if (!row.event.code.ok()) return skip(import_skip::no_code, "EventCode", "row not written: no valid EventCode");

    const cameo_code code = row.event.code;
    // What the tables say of the code (PLOVER coding, label, GDELT's Goldstein value); the row's own
    // Goldstein value comes first.
    const std::optional<cameo_coding> coding = coding_of(code);
    const cameo_coding tables = coding.value_or(cameo_coding{});
    const std::optional<goldstein> g = row.event.goldstein ? row.event.goldstein : tables.goldstein;

    const actor_id participant = actor_for(row.actor1);
    const actor_id recipient = row.actor2.code.empty() ? actor_id{} : actor_for(row.actor2);
    const std::string_view cameo_text = own(code.str());
    event e{.id = event_id{own("gdelt-" + std::to_string(row.id))},
            .date = row.dates.day,
            .place = place_for(row.action_geo),
            .participants = target_->list(std::vector<actor_id>{participant}),
            .recipients = recipient.empty() ? list_view<actor_id>{} : target_->list(std::vector<actor_id>{recipient}),
            .cameo = cameo_code{cameo_text},
            .plover = tables.plover,
            .plover_mode = tables.plover_mode,
            .plover_context = tables.plover_context,
            .goldstein = g,
            .quad_class = row.event.quad_class != quad_class::unknown ? row.event.quad_class : quad_class_of(code),
            .description = tables.label,
            .evidence = {.source = source_for(row),
                         .basis = evidence_basis::inferred,
                         .note = "Machine-coded by GDELT from the news report (actors, CAMEO code and place are "
                                 "the coder's reading, not the report's words)."}};
    target_->add(e);
    ++events_;
    return import_skip::none;
}

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

/// Upper-case ASCII copy ("Xi Jinping" → "XI JINPING"), as GDELT writes actor names.
inline std::string upper(std::string_view s) {
    std::string out{s};
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

/// GDELT's FractionDate of a day: year + ((month − 1) × 30 + day) / 365, to four decimals.
[[nodiscard]] constexpr bilateral::gdelt::decimal fraction_date(date d) noexcept {
    const long long part = ((static_cast<long long>(d.month()) - 1) * 30 + d.day()) * 100000 / 365;  // 5 digits
    const long long rounded = (part + 5) / 10;
    return bilateral::gdelt::decimal{static_cast<std::int64_t>(d.year()) * 10000 + rounded, 4};
}

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

inline exported_rows to_records(const dataset_view& data, export_options options) {
    exported_rows out;
    dataset& storage = out.storage;
    const auto own = [&](std::string_view s) { return storage.text(s); };
    const auto block_of = [&](actor_id id) {
        actor_block b;
        const actor* a = find(data, id);
        if (a == nullptr) return b;
        const codes::cameo_country* c = a->country.ok() ? codes::find_cameo_country_by_iso_alpha3(a->country.alpha3()) : nullptr;
        std::string code = c != nullptr ? std::string{c->code} : std::string{};
        if (c != nullptr) b.country = actor_code{c->code};
        actor_code* types[] = {&b.type1, &b.type2, &b.type3};
        std::size_t n = 0;
        for (const sector_code& s : a->sectors) {
            if (n == 3 || !s.ok()) continue;
            *types[n++] = actor_code{own(s.str())};
            code += s.str();
        }
        b.code = own(code);
        b.name = own(detail::gdelt::upper(a->name));
        return b;
    };

    std::uint64_t next_id = options.first_id;
    for (const event& e : data.events) {
        record r;
        r.format = options.format;
        r.id = next_id++;
        const date d = e.date;
        if (d.ok()) {
            if (d.precision() == date_precision::day) {
                r.dates.day = d;
                r.dates.fraction = detail::gdelt::fraction_date(d);
            }
            if (d.month() != 0) r.dates.month = date{d.year(), d.month()};
            r.dates.year = date{d.year()};
        }
        if (!e.participants.empty()) r.actor1 = block_of(e.participants[0]);
        if (!e.recipients.empty()) r.actor2 = block_of(e.recipients[0]);
        else if (e.participants.size() > 1) r.actor2 = block_of(e.participants[1]);

        event_block& ev = r.event;
        if (e.cameo.ok()) {
            const std::string_view code = own(e.cameo.str());
            ev.code = cameo_code{code};
            ev.base = cameo_code{code.substr(0, 3)};
            ev.root = cameo_code{code.substr(0, 2)};
        }
        ev.quad_class = e.quad_class;
        if (e.goldstein && e.goldstein->table == goldstein_table::gdelt && e.goldstein->ok()) ev.goldstein = e.goldstein;
        else if (const auto coding = coding_of(e.cameo)) ev.goldstein = coding->goldstein;

        r.actor1_geo.type = geo_type::none;
        r.actor2_geo.type = geo_type::none;
        r.action_geo.type = geo_type::none;
        // The place, or the first place it lies in that a gazetteer knows (a building's city).
        // walk_part_of visits each place once, so a part_of cycle cannot loop.
        const place* p = nullptr;
        std::string name;
        walk_part_of(data, e.place, [&](const place& q) {
            if (p != nullptr) name += ", " + std::string{q.name};
            else if (q.kind != place_kind::building && q.kind != place_kind::route) {
                p = &q;
                name = q.name;
            }
        });
        if (p != nullptr && p->country.ok()) {
            geo_block& g = r.action_geo;
            g.full_name = own(name);
            g.country = p->country;
            const codes::fips_country* f = codes::find_fips_by_iso_alpha3(p->country.alpha3());
            g.fips = f != nullptr ? f->fips : std::string_view{};
            if (p->kind == place_kind::country) g.type = geo_type::country;
            else if (p->kind == place_kind::region) g.type = p->country.alpha2() == "US" ? geo_type::us_state : geo_type::world_state;
            else g.type = p->country.alpha2() == "US" ? geo_type::us_city : geo_type::world_city;
        }
        if (const source* s = find(data, e.evidence.source); s != nullptr && r.format != format::v1_historical)
            r.source_url = own(s->url);
        out.records.push_back(r);
    }
    return out;
}

}  // namespace bilateral::gdelt
