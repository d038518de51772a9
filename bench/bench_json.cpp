// SPDX-License-Identifier: BSL-1.0
// JSON write and read throughput of io/json.hpp and io/json_reader.hpp on a large generated dataset
// (100,000 events, 20,000 statements, 5,000 indicators, with their actors, places and sources),
// next to nlohmann/json with hand-written to_json/from_json for the same records, in the same run.
//
//   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBILATERAL_BUILD_BENCHMARKS=ON
//   cmake --build build/bench --target bench_json && build/bench/bench/bench_json
//
// Both sides write the same bytes (compact JSON, fields in declaration order: nlohmann writes an
// ordered_json, so its output can be compared byte for byte) and read the same text into an owning
// bilateral::dataset (nlohmann parses into its usual `json`, then from_json copies the text into the
// dataset). The program checks that before it measures. MB/s is bytes of JSON per second
// (SetBytesProcessed); records/s counts the records written or read.
#include <bilateral/bilateral.hpp>
#include <bilateral/codes/plover.hpp>
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_reader.hpp>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#define BILATERAL_BENCH_NLOHMANN 1
#endif

namespace {

using namespace bilateral;

constexpr std::size_t event_count = 100'000;
constexpr std::size_t statement_count = 20'000;
constexpr std::size_t indicator_count = 5'000;
constexpr std::size_t actor_count = 2'000;
constexpr std::size_t place_count = 500;
constexpr std::size_t source_count = 300;

/// A small deterministic generator (the data must be the same in every run).
class generator {
public:
    std::uint32_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return static_cast<std::uint32_t>(state_ >> 11);
    }
    std::size_t below(std::size_t n) { return next() % n; }

private:
    std::uint64_t state_ = 0x9E3779B97F4A7C15ULL;
};

constexpr std::string_view words[] = {"talks",    "visit",   "minister", "agreement", "trade",   "energy",
                                      "railway",  "border",  "summit",   "delegation", "signed", "cooperation",
                                      "investment", "ferry", "culture",  "university", "“quoted”", "Қазақстан"};
constexpr std::string_view cameos[] = {"042", "043", "046", "051", "032", "061", "036", "0874", "112", "141"};
constexpr std::string_view contexts[] = {"diplomatic", "economic", "military", "legal", "political"};
constexpr std::string_view countries[] = {"KZ", "CN", "RU", "US", "DE", "TR", "UZ", "KG", "IN", "JP"};

/// The generated dataset and its JSON, built once.
struct corpus {
    dataset data;
    std::string json;  ///< compact
    std::size_t records = 0;
};

const corpus& the_corpus() {
    static const corpus c = [] {
        corpus out;
        dataset& d = out.data;
        generator g;
        const auto sentence = [&](std::size_t n) {
            std::string s;
            for (std::size_t i = 0; i < n; ++i) {
                if (i) s += ' ';
                s += words[g.below(std::size(words))];
            }
            return d.text(s);
        };
        const auto id = [&](std::string_view prefix, std::size_t i) { return d.text(std::string{prefix} + std::to_string(i)); };
        std::vector<sector_code> sectors;
        for (std::size_t i = 0; i < source_count; ++i)
            d.add(source{.id = source_id{id("source-", i)}, .publisher = sentence(2), .title = sentence(8),
                         .date = date{2000 + static_cast<int>(i % 25), 1 + static_cast<unsigned>(i % 12), 1 + static_cast<unsigned>(i % 28)},
                         .language = "en", .url = d.text("https://example.org/news/" + std::to_string(i))});
        for (std::size_t i = 0; i < actor_count; ++i) {
            sectors = {sector_code{"GOV"}};
            if (i % 3 == 0) sectors.push_back(sector_code{"MIL"});
            d.add(actor{.id = actor_id{id("actor-", i)}, .kind = static_cast<actor_kind>(i % 7), .name = sentence(3),
                        .country = country{countries[i % std::size(countries)]}, .office = i % 2 ? sentence(4) : std::string_view{},
                        .sectors = d.list(sectors), .part_of = i % 5 ? actor_id{id("actor-", i / 5)} : actor_id{},
                        .wikidata = i % 4 ? d.text(std::string{"Q"}.append(std::to_string(1000 + i))) : std::string_view{}});
        }
        for (std::size_t i = 0; i < place_count; ++i)
            d.add(place{.id = place_id{id("place-", i)}, .kind = static_cast<place_kind>(i % 5), .name = sentence(2),
                        .country = country{countries[i % std::size(countries)]}});
        std::vector<actor_id> who, whom;
        for (std::size_t i = 0; i < event_count; ++i) {
            const std::string_view cameo = cameos[g.below(std::size(cameos))];
            const auto* mapped = codes::find_cameo_to_plover(cameo);
            who = {actor_id{id("actor-", g.below(actor_count))}, actor_id{id("actor-", g.below(actor_count))}};
            whom = {actor_id{id("actor-", g.below(actor_count))}};
            d.add(event{.id = event_id{id("event-", i)},
                        .date = date{2024, 1 + static_cast<unsigned>(g.below(12)), 1 + static_cast<unsigned>(g.below(28))},
                        .place = place_id{id("place-", g.below(place_count))},
                        .format = static_cast<event_format>(g.below(9)),
                        .participants = d.list(who),
                        .recipients = i % 4 ? d.list(whom) : list_view<actor_id>{},
                        .cameo = cameo_code{cameo},
                        .plover = mapped ? enum_from_string<plover_event>(mapped->event).value_or(plover_event::none) : plover_event::none,
                        .plover_mode = mapped && !mapped->mode.empty() ? plover_word{mapped->mode} : plover_word{},
                        .plover_context = plover_word{contexts[g.below(std::size(contexts))]},
                        .goldstein = goldstein{.tenths = static_cast<std::int16_t>(static_cast<int>(g.below(201)) - 100),
                                               .table = goldstein_table::gdelt},
                        .quad_class = quad_class_of(cameo_code{cameo}),
                        .description = sentence(6 + g.below(10)),
                        .part_of = i % 10 ? event_id{} : event_id{id("event-", i / 10)},
                        .evidence = {.source = source_id{id("source-", g.below(source_count))},
                                     .paragraph = static_cast<std::uint16_t>(g.below(40)),
                                     .basis = i % 3 ? evidence_basis::stated : evidence_basis::inferred,
                                     .note = i % 3 ? std::string_view{} : sentence(5)}});
        }
        std::vector<std::string_view> topics;
        for (std::size_t i = 0; i < statement_count; ++i) {
            topics = {sentence(1), sentence(2)};
            d.add(statement{.id = statement_id{id("statement-", i)}, .speaker = actor_id{id("actor-", g.below(actor_count))},
                            .addressee = i % 2 ? actor_id{id("actor-", g.below(actor_count))} : actor_id{},
                            .audience = i % 2 ? std::string_view{} : sentence(3), .date = date{2024, 7, 3},
                            .form = static_cast<statement_form>(i % 3), .text = sentence(20 + g.below(30)),
                            .topics = d.list(topics), .event = event_id{id("event-", g.below(event_count))},
                            .evidence = {.source = source_id{id("source-", g.below(source_count))}, .paragraph = 3}});
        }
        for (std::size_t i = 0; i < indicator_count; ++i)
            d.add(indicator{.id = indicator_id{id("indicator-", i)}, .measure = static_cast<indicator_measure>(i % 4),
                            .reporter = country{"KZ"}, .counterpart = country{"CN"},
                            .period = {.first = date{2009, 7}, .last = date{2024, 7}},
                            .amount = {.value = any_money{i % 2 ? currencies::usd : currencies::kzt,
                                                          static_cast<std::int64_t>(g.next()) * 1000 + static_cast<std::int64_t>(g.below(100))},
                                       .qualifier = static_cast<amount_qualifier>(i % 6),
                                       .scale = static_cast<amount_scale>(i % 5), .as_reported = sentence(4)},
                            .stated_by = actor_id{id("actor-", g.below(actor_count))},
                            .evidence = {.source = source_id{id("source-", g.below(source_count))}, .paragraph = 5}});
        out.json = to_json(d.view(), {.indent = 0});
        const dataset_view v = d.view();
        out.records = v.sources.size() + v.actors.size() + v.places.size() + v.events.size() + v.statements.size() +
                      v.agreements.size() + v.indicators.size() + v.relations.size();
        return out;
    }();
    return c;
}

void fail(const char* what) {
    std::fprintf(stderr, "bench_json: %s\n", what);
    std::exit(1);
}

void report(benchmark::State& state, std::size_t bytes, std::size_t records) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(records));
    state.counters["records"] = static_cast<double>(records);
}

void bilateral_write(benchmark::State& state) {
    const corpus& c = the_corpus();
    const dataset_view view = c.data.view();
    std::string out;
    for (auto _ : state) {
        out = to_json(view, {.indent = 0});  // a new string each time, as nlohmann's dump() makes
        benchmark::DoNotOptimize(out.data());
    }
    if (out != c.json) fail("bilateral write: output changed");
    report(state, c.json.size(), c.records);
}

/// The same, appending to one string that keeps its capacity between iterations.
void bilateral_write_reused_buffer(benchmark::State& state) {
    const corpus& c = the_corpus();
    const dataset_view view = c.data.view();
    std::string out;
    for (auto _ : state) {
        out.clear();
        write_json(out, view, {.indent = 0});
        benchmark::DoNotOptimize(out.data());
    }
    if (out != c.json) fail("bilateral write: output changed");
    report(state, c.json.size(), c.records);
}

/// Reading with one json_reader, which keeps its parser's buffers between documents.
void bilateral_read(benchmark::State& state) {
    const corpus& c = the_corpus();
    json_reader reader;
    for (auto _ : state) {
        json_read_result r = reader.read(c.json);
        if (!r.ok()) fail("bilateral read: problems");
        benchmark::DoNotOptimize(r.data.view().events.size());
    }
    if (!(reader.read(c.json).data.view() == c.data.view())) fail("bilateral read: a different dataset");
    report(state, c.json.size(), c.records);
}

/// Reading with read_json(), which makes a new parser (and its buffers) for each document.
void bilateral_read_new_parser(benchmark::State& state) {
    const corpus& c = the_corpus();
    for (auto _ : state) {
        json_read_result r = read_json(c.json);
        if (!r.ok()) fail("bilateral read: problems");
        benchmark::DoNotOptimize(r.data.view().events.size());
    }
    report(state, c.json.size(), c.records);
}

}  // namespace

#ifdef BILATERAL_BENCH_NLOHMANN

// -----------------------------------------------------------------------------------------------
// nlohmann/json: the same records, with hand-written to_json/from_json (adl_serializer, as for
// types one does not own). Strings read are copied into the dataset being filled, as
// bilateral::json_reader does.

namespace {
bilateral::dataset* nl_storage = nullptr;  // the dataset from_json stores text and lists in

template <class J>
std::string_view nl_text(const J& j) {
    return nl_storage->text(j.template get_ref<const typename J::string_t&>());
}
template <class T, class J>
T nl_text_value(const J& j) {
    if (j.is_null()) return T{};
    return T{nl_text(j)};
}
}  // namespace

namespace nlohmann {

template <class Tag>
struct adl_serializer<bilateral::basic_id<Tag>> {
    template <class J>
    static void to_json(J& j, const bilateral::basic_id<Tag>& id) {
        if (id.empty()) j = nullptr;
        else j = id.str();
    }
    template <class J>
    static void from_json(const J& j, bilateral::basic_id<Tag>& id) {
        id = nl_text_value<bilateral::basic_id<Tag>>(j);
    }
};

template <class T>
struct adl_serializer<bilateral::list_view<T>> {
    template <class J>
    static void to_json(J& j, const bilateral::list_view<T>& items) {
        j = J::array();
        for (const T& item : items) j.push_back(item);
    }
    template <class J>
    static void from_json(const J& j, bilateral::list_view<T>& items) {
        std::vector<T> values;
        values.reserve(j.size());
        for (const auto& item : j) values.push_back(item.template get<T>());
        items = nl_storage->list(values);
    }
};

template <>
struct adl_serializer<bilateral::date> {
    template <class J>
    static void to_json(J& j, const bilateral::date& d) {
        if (d.known()) j = d.iso().view();
        else j = nullptr;
    }
    template <class J>
    static void from_json(const J& j, bilateral::date& d) {
        d = j.is_null() ? bilateral::date{} : bilateral::date::parse(j.template get_ref<const typename J::string_t&>()).value();
    }
};

template <>
struct adl_serializer<bilateral::country> {
    template <class J>
    static void to_json(J& j, const bilateral::country& c) {
        if (c.known()) j = c.alpha2();
        else j = nullptr;
    }
    template <class J>
    static void from_json(const J& j, bilateral::country& c) {
        c = j.is_null() ? bilateral::country{} : bilateral::country{j.template get_ref<const typename J::string_t&>()};
    }
};

template <>
struct adl_serializer<bilateral::cameo_code> {
    template <class J>
    static void to_json(J& j, const bilateral::cameo_code& c) {
        if (c.empty()) j = nullptr;
        else j = c.str();
    }
    template <class J>
    static void from_json(const J& j, bilateral::cameo_code& c) {
        c = j.is_null() ? bilateral::cameo_code{} : bilateral::cameo_code{j.template get_ref<const typename J::string_t&>()};
    }
};

template <>
struct adl_serializer<bilateral::plover_word> {
    template <class J>
    static void to_json(J& j, const bilateral::plover_word& w) {
        if (w.empty()) j = nullptr;
        else j = w.str();
    }
    template <class J>
    static void from_json(const J& j, bilateral::plover_word& w) {
        w = nl_text_value<bilateral::plover_word>(j);
    }
};

template <>
struct adl_serializer<bilateral::sector_code> {
    template <class J>
    static void to_json(J& j, const bilateral::sector_code& s) {
        if (s.str().empty()) j = nullptr;
        else j = s.str();
    }
    template <class J>
    static void from_json(const J& j, bilateral::sector_code& s) {
        s = nl_text_value<bilateral::sector_code>(j);
    }
};

template <>
struct adl_serializer<bilateral::any_money> {
    template <class J>
    static void to_json(J& j, const bilateral::any_money& m) {
        j = J::object();
        if (m.unit().code().empty()) j["currency"] = nullptr;
        else j["currency"] = m.unit().code();
        j["amount"] = m.decimal().view();
    }
    template <class J>
    static void from_json(const J& j, bilateral::any_money& m) {
        const bilateral::currency c{j.at("currency").template get_ref<const typename J::string_t&>()};
        m = bilateral::any_money::parse(c, j.at("amount").template get_ref<const typename J::string_t&>()).value();
    }
};

template <>
struct adl_serializer<bilateral::goldstein> {
    template <class J>
    static void to_json(J& j, const bilateral::goldstein& g) {
        j = J::object();
        j["value"] = g.tenths / 10.0;
        j["table"] = bilateral::to_string(g.table);
    }
    template <class J>
    static void from_json(const J& j, bilateral::goldstein& g) {
        g.tenths = static_cast<std::int16_t>(std::lround(j.at("value").template get<double>() * 10.0));
        g.table = bilateral::enum_from_string<bilateral::goldstein_table>(j.at("table").template get_ref<const typename J::string_t&>()).value();
    }
};

}  // namespace nlohmann

namespace bilateral {

// Enums are written as their names (nlohmann's default would be their numbers).
template <named_enum E>
std::string_view nl_enum(E e) {
    return to_string(e);
}
template <named_enum E, class J>
E nl_enum_from(const J& j) {
    return enum_from_string<E>(j.template get_ref<const typename J::string_t&>()).value();
}

template <class J>
void to_json(J& j, const evidence& e) {
    j["source"] = e.source;
    j["paragraph"] = e.paragraph;
    j["basis"] = nl_enum(e.basis);
    j["note"] = e.note;
}
template <class J>
void from_json(const J& j, evidence& e) {
    j.at("source").get_to(e.source);
    j.at("paragraph").get_to(e.paragraph);
    e.basis = nl_enum_from<evidence_basis>(j.at("basis"));
    e.note = nl_text(j.at("note"));
}

template <class J>
void to_json(J& j, const period& p) {
    j["first"] = p.first;
    j["last"] = p.last;
}
template <class J>
void from_json(const J& j, period& p) {
    j.at("first").get_to(p.first);
    j.at("last").get_to(p.last);
}

template <class J>
void to_json(J& j, const reported_amount& a) {
    j["value"] = a.value;
    j["qualifier"] = nl_enum(a.qualifier);
    j["scale"] = nl_enum(a.scale);
    j["as_reported"] = a.as_reported;
}
template <class J>
void from_json(const J& j, reported_amount& a) {
    j.at("value").get_to(a.value);
    a.qualifier = nl_enum_from<amount_qualifier>(j.at("qualifier"));
    a.scale = nl_enum_from<amount_scale>(j.at("scale"));
    a.as_reported = nl_text(j.at("as_reported"));
}

template <class J>
void to_json(J& j, const source& s) {
    j["id"] = s.id;
    j["publisher"] = s.publisher;
    j["title"] = s.title;
    j["date"] = s.date;
    j["language"] = s.language;
    j["url"] = s.url;
}
template <class J>
void from_json(const J& j, source& s) {
    j.at("id").get_to(s.id);
    s.publisher = nl_text(j.at("publisher"));
    s.title = nl_text(j.at("title"));
    j.at("date").get_to(s.date);
    s.language = nl_text(j.at("language"));
    s.url = nl_text(j.at("url"));
}

template <class J>
void to_json(J& j, const actor& a) {
    j["id"] = a.id;
    j["kind"] = nl_enum(a.kind);
    j["name"] = a.name;
    j["country"] = a.country;
    j["office"] = a.office;
    j["sectors"] = a.sectors;
    j["part_of"] = a.part_of;
    j["wikidata"] = a.wikidata;
}
template <class J>
void from_json(const J& j, actor& a) {
    j.at("id").get_to(a.id);
    a.kind = nl_enum_from<actor_kind>(j.at("kind"));
    a.name = nl_text(j.at("name"));
    j.at("country").get_to(a.country);
    a.office = nl_text(j.at("office"));
    j.at("sectors").get_to(a.sectors);
    j.at("part_of").get_to(a.part_of);
    a.wikidata = nl_text(j.at("wikidata"));
}

template <class J>
void to_json(J& j, const place& p) {
    j["id"] = p.id;
    j["kind"] = nl_enum(p.kind);
    j["name"] = p.name;
    j["country"] = p.country;
    j["part_of"] = p.part_of;
    j["wikidata"] = p.wikidata;
}
template <class J>
void from_json(const J& j, place& p) {
    j.at("id").get_to(p.id);
    p.kind = nl_enum_from<place_kind>(j.at("kind"));
    p.name = nl_text(j.at("name"));
    j.at("country").get_to(p.country);
    j.at("part_of").get_to(p.part_of);
    p.wikidata = nl_text(j.at("wikidata"));
}

template <class J>
void to_json(J& j, const event& e) {
    j["id"] = e.id;
    j["date"] = e.date;
    j["place"] = e.place;
    j["format"] = nl_enum(e.format);
    j["participants"] = e.participants;
    j["recipients"] = e.recipients;
    j["cameo"] = e.cameo;
    j["plover"] = nl_enum(e.plover);
    j["plover_mode"] = e.plover_mode;
    j["plover_context"] = e.plover_context;
    if (e.goldstein) j["goldstein"] = *e.goldstein;
    else j["goldstein"] = nullptr;
    j["quad_class"] = nl_enum(e.quad_class);
    j["description"] = e.description;
    j["part_of"] = e.part_of;
    j["evidence"] = e.evidence;
}
template <class J>
void from_json(const J& j, event& e) {
    j.at("id").get_to(e.id);
    j.at("date").get_to(e.date);
    j.at("place").get_to(e.place);
    e.format = nl_enum_from<event_format>(j.at("format"));
    j.at("participants").get_to(e.participants);
    j.at("recipients").get_to(e.recipients);
    j.at("cameo").get_to(e.cameo);
    e.plover = nl_enum_from<plover_event>(j.at("plover"));
    j.at("plover_mode").get_to(e.plover_mode);
    j.at("plover_context").get_to(e.plover_context);
    if (j.at("goldstein").is_null()) e.goldstein.reset();
    else e.goldstein = j.at("goldstein").template get<goldstein>();
    e.quad_class = nl_enum_from<quad_class>(j.at("quad_class"));
    e.description = nl_text(j.at("description"));
    j.at("part_of").get_to(e.part_of);
    j.at("evidence").get_to(e.evidence);
}

template <class J>
void to_json(J& j, const statement& s) {
    j["id"] = s.id;
    j["speaker"] = s.speaker;
    j["addressee"] = s.addressee;
    j["audience"] = s.audience;
    j["date"] = s.date;
    j["form"] = nl_enum(s.form);
    j["text"] = s.text;
    j["topics"] = J::array();
    j["event"] = s.event;
    j["evidence"] = s.evidence;
    for (std::string_view topic : s.topics) j["topics"].push_back(topic);
}
template <class J>
void from_json(const J& j, statement& s) {
    j.at("id").get_to(s.id);
    j.at("speaker").get_to(s.speaker);
    j.at("addressee").get_to(s.addressee);
    s.audience = nl_text(j.at("audience"));
    j.at("date").get_to(s.date);
    s.form = nl_enum_from<statement_form>(j.at("form"));
    s.text = nl_text(j.at("text"));
    std::vector<std::string_view> topics;
    for (const auto& topic : j.at("topics")) topics.push_back(nl_text(topic));
    s.topics = nl_storage->list(topics);
    j.at("event").get_to(s.event);
    j.at("evidence").get_to(s.evidence);
}

template <class J>
void to_json(J& j, const indicator& i) {
    j["id"] = i.id;
    j["measure"] = nl_enum(i.measure);
    j["reporter"] = i.reporter;
    j["counterpart"] = i.counterpart;
    j["period"] = i.period;
    j["amount"] = i.amount;
    j["stated_by"] = i.stated_by;
    j["statement"] = i.statement;
    j["agreement"] = i.agreement;
    j["evidence"] = i.evidence;
}
template <class J>
void from_json(const J& j, indicator& i) {
    j.at("id").get_to(i.id);
    i.measure = nl_enum_from<indicator_measure>(j.at("measure"));
    j.at("reporter").get_to(i.reporter);
    j.at("counterpart").get_to(i.counterpart);
    j.at("period").get_to(i.period);
    j.at("amount").get_to(i.amount);
    j.at("stated_by").get_to(i.stated_by);
    j.at("statement").get_to(i.statement);
    j.at("agreement").get_to(i.agreement);
    j.at("evidence").get_to(i.evidence);
}

}  // namespace bilateral

namespace {

template <class J, class Record>
J nl_list(bilateral::list_view<Record> records) {
    J out = J::array();
    for (const Record& r : records) out.push_back(r);
    return out;
}

/// The whole dataset; the corpus has no agreements or relations, so they are written as [].
nlohmann::ordered_json nl_dataset(const bilateral::dataset_view& v) {
    using J = nlohmann::ordered_json;
    if (!v.agreements.empty() || !v.relations.empty()) fail("nlohmann: agreements and relations are not written");
    J j;  // members moved in: an initializer list would copy each array
    j["sources"] = nl_list<J>(v.sources);
    j["actors"] = nl_list<J>(v.actors);
    j["places"] = nl_list<J>(v.places);
    j["events"] = nl_list<J>(v.events);
    j["statements"] = nl_list<J>(v.statements);
    j["agreements"] = J::array();
    j["indicators"] = nl_list<J>(v.indicators);
    j["relations"] = J::array();
    return j;
}

template <class Record>
void nl_add_all(const nlohmann::json& records, bilateral::dataset& into) {
    for (const auto& r : records) into.add(r.get<Record>());
}

bilateral::dataset nl_read(const std::string& text) {
    bilateral::dataset out;
    nl_storage = &out;
    const nlohmann::json j = nlohmann::json::parse(text);
    nl_add_all<bilateral::source>(j.at("sources"), out);
    nl_add_all<bilateral::actor>(j.at("actors"), out);
    nl_add_all<bilateral::place>(j.at("places"), out);
    nl_add_all<bilateral::event>(j.at("events"), out);
    nl_add_all<bilateral::statement>(j.at("statements"), out);
    nl_add_all<bilateral::indicator>(j.at("indicators"), out);
    nl_storage = nullptr;
    return out;
}

void nlohmann_write(benchmark::State& state) {
    const corpus& c = the_corpus();
    const dataset_view view = c.data.view();
    std::string out;
    for (auto _ : state) {
        out = nl_dataset(view).dump();
        benchmark::DoNotOptimize(out.data());
    }
    if (out != c.json) fail("nlohmann write: not the same JSON as bilateral's");
    report(state, c.json.size(), c.records);
}

void nlohmann_read(benchmark::State& state) {
    const corpus& c = the_corpus();
    for (auto _ : state) {
        bilateral::dataset d = nl_read(c.json);
        benchmark::DoNotOptimize(d.view().events.size());
    }
    if (!(nl_read(c.json).view() == c.data.view())) fail("nlohmann read: a different dataset");
    report(state, c.json.size(), c.records);
}

}  // namespace

BENCHMARK(nlohmann_write)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(nlohmann_read)->Unit(benchmark::kMillisecond)->MinTime(2.0);
#endif

BENCHMARK(bilateral_write)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(bilateral_write_reused_buffer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(bilateral_read)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(bilateral_read_new_parser)->Unit(benchmark::kMillisecond)->MinTime(2.0);

BENCHMARK_MAIN();
