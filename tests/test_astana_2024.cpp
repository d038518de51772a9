// SPDX-License-Identifier: BSL-1.0
// The article dataset of include/bilateral/data/astana_2024.hpp: its compile-time facts, and checks
// against the article itself (BILATERAL_SOURCES_DIR) and the CAMEO/PLOVER tables (BILATERAL_DATA_DIR).
#include <bilateral/data/astana_2024.hpp>

#include <bilateral/core/validate.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

namespace b = bilateral;
namespace bd = bilateral::data;
namespace ids = bilateral::data::astana_2024_ids;
using namespace std::string_view_literals;

/// The record of `records` with id `id`, or nullptr.
template <class Record, class Id>
constexpr const Record* find(std::span<const Record> records, Id id) {
    for (const auto& r : records)
        if (r.id == id) return &r;
    return nullptr;
}
constexpr const b::actor* actor(b::actor_id id) { return find(bd::astana_2024.actors.span(), id); }
constexpr const b::place* place(b::place_id id) { return find(bd::astana_2024.places.span(), id); }
constexpr const b::event* event(b::event_id id) { return find(bd::astana_2024.events.span(), id); }
constexpr const b::statement* statement(b::statement_id id) { return find(bd::astana_2024.statements.span(), id); }
constexpr const b::agreement* agreement(b::agreement_id id) { return find(bd::astana_2024.agreements.span(), id); }
constexpr const b::indicator* indicator(b::indicator_id id) { return find(bd::astana_2024.indicators.span(), id); }

constexpr std::size_t count_statements(b::statement_form form) {
    std::size_t n = 0;
    for (const auto& s : bd::astana_2024.statements) n += s.form == form ? 1 : 0;
    return n;
}
constexpr std::size_t count_agreements(b::agreement_kind kind) {
    std::size_t n = 0;
    for (const auto& a : bd::astana_2024.agreements) n += a.kind == kind ? 1 : 0;
    return n;
}
/// True if `e` lies, through its part_of chain, within the visit.
constexpr bool within_visit(const b::event& e) {
    const b::event* at = &e;
    for (int depth = 0; depth < 8 && at != nullptr; ++depth) {
        if (at->id == ids::visit) return true;
        at = at->part_of.empty() ? nullptr : event(at->part_of);
    }
    return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Compile-time facts

static_assert(b::require_valid<bd::astana_2024>());
static_assert(bd::astana_2024.sources.size() == 1 && bd::astana_2024.actors.size() == 11);
static_assert(bd::astana_2024.places.size() == 7 && bd::astana_2024.events.size() == 17);
static_assert(bd::astana_2024.statements.size() == 14 && bd::astana_2024.agreements.size() == 20);
static_assert(bd::astana_2024.indicators.size() == 3 && bd::astana_2024.relations.size() == 1);

// Ids of different kinds are different types: the state China and its territory are not confused.
static_assert(!std::is_same_v<decltype(ids::china), decltype(ids::place_china)>);
static_assert(!std::is_convertible_v<decltype(ids::china), b::place_id>);
static_assert(ids::china.str() == ids::place_china.str());

// The source.
static_assert(bd::astana_2024.sources[0].publisher == "Akorda press service");
static_assert(bd::astana_2024.sources[0].title == "Xi Jinping: China will always be a reliable support for Kazakhstan");
static_assert(bd::astana_2024.sources[0].date == b::date{2024, 7, 3} && bd::astana_2024.sources[0].url.empty());

// Actors.
static_assert(actor(ids::xi_jinping)->wikidata == "Q15031" && actor(ids::xi_jinping)->country == b::country{"CN"});
static_assert(actor(ids::xi_jinping)->office == "President of the People's Republic of China");
static_assert(actor(ids::kassym_jomart_tokayev)->office == "President of the Republic of Kazakhstan");
static_assert(actor(ids::kassym_jomart_tokayev)->wikidata.empty());  // not guessed
static_assert(actor(ids::kazakhstan_air_defense_forces)->kind == b::actor_kind::armed_forces);
static_assert(actor(ids::kazakhstan_air_defense_forces)->part_of == ids::kazakhstan);
static_assert(actor(ids::akorda_press_service)->kind == b::actor_kind::media);
static_assert(actor(ids::beijing_language_and_culture_university)->kind == b::actor_kind::university);
static_assert(actor(ids::astana_international_university)->country == b::country{"KZ"});
static_assert(actor(ids::united_nations)->kind == b::actor_kind::organisation);

// Places.
static_assert(place(ids::akorda)->kind == b::place_kind::building && place(ids::akorda)->part_of == ids::astana);
static_assert(place(ids::titr)->kind == b::place_kind::route && !place(ids::titr)->country.known());
static_assert(place(ids::central_asia)->kind == b::place_kind::region);
static_assert(place(ids::astana)->wikidata == "Q1520" && place(ids::beijing)->wikidata == "Q956");

// Events: the talks lie within the visit, the two formats within the talks.
static_assert(event(ids::visit)->cameo == b::cameo_code{"042"} && event(ids::hosting)->cameo == b::cameo_code{"043"});
static_assert(event(ids::talks_restricted)->part_of == ids::talks && event(ids::talks_expanded)->part_of == ids::talks);
static_assert(event(ids::talks)->part_of == ids::visit);
static_assert(event(ids::talks_restricted)->format == b::event_format::restricted_talks);
static_assert(event(ids::talks_expanded)->format == b::event_format::expanded_talks);
static_assert(event(ids::talks_expanded)->participants.size() == 4);
static_assert(event(ids::flypast)->format == b::event_format::flypast &&
              event(ids::flypast)->participants[0] == ids::kazakhstan_air_defense_forces);
static_assert(event(ids::ferry_ceremony)->format == b::event_format::teleconference &&
              event(ids::ferry_ceremony)->place == ids::titr);
static_assert(event(ids::ferry_ceremony)->quad_class == b::quad_class::material_cooperation);
static_assert(event(ids::xi_pledges_support)->goldstein == b::goldstein{.tenths = 45, .table = b::goldstein_table::gdelt});

// Statements: three quotations, one headline, ten paraphrases.
static_assert(count_statements(b::statement_form::verbatim) == 3);
static_assert(count_statements(b::statement_form::headline) == 1);
static_assert(count_statements(b::statement_form::paraphrase) == 10);
static_assert(statement(ids::xi_headline)->text == "China will always be a reliable support for Kazakhstan");
static_assert(statement(ids::tokayev_quote)->evidence.paragraph == 7 && statement(ids::xi_quote_reforms)->evidence.paragraph == 11);
static_assert(statement(ids::xi_quote_golden_years)->evidence.paragraph == 13);
static_assert(statement(ids::press_centres_statement)->speaker == ids::akorda_press_service);
static_assert(statement(ids::press_closing_assessment)->speaker == ids::akorda_press_service);

// Agreements.
static_assert(agreement(ids::investment_projects)->count == 45u);
static_assert(agreement(ids::investment_projects)->sectors.size() == 5);
static_assert(count_agreements(b::agreement_kind::cooperation_area) == 11);  // 8 areas + interregional + 2 cultural
static_assert(count_agreements(b::agreement_kind::institution_opened) == 3);
static_assert(agreement(ids::golden_years_plans)->date == b::date{2023});
static_assert(agreement(ids::titr_ferry_route)->status == b::agreement_status::inaugurated);

// Indicators: the qualifiers as reported.
static_assert(indicator(ids::trade_turnover_2023)->amount.qualifier == b::amount_qualifier::more_than);
static_assert(indicator(ids::trade_turnover_2023)->period == b::period_of(b::date{2023}));
static_assert(indicator(ids::investment_projects_value)->agreement == ids::investment_projects);
static_assert(indicator(ids::chinese_investment_15_years)->reporter == b::country{"CN"});

// ---------------------------------------------------------------------------------------------
// Always-on checks

TEST_CASE("astana_2024: the dataset has no problem at run time either") {
    for (const auto& p : b::problems(bd::astana_2024)) FAIL_CHECK(b::describe(p));
    CHECK(b::is_valid(bd::astana_2024));
}

TEST_CASE("astana_2024: ids are unique within each record kind and constants name records") {
    const auto unique = [](const auto& records) {
        std::set<std::string_view> seen;
        for (const auto& r : records)
            if (!seen.insert(r.id.str()).second) return false;
        return true;
    };
    CHECK(unique(bd::astana_2024.sources));
    CHECK(unique(bd::astana_2024.actors));
    CHECK(unique(bd::astana_2024.places));
    CHECK(unique(bd::astana_2024.events));
    CHECK(unique(bd::astana_2024.statements));
    CHECK(unique(bd::astana_2024.agreements));
    CHECK(unique(bd::astana_2024.indicators));
    CHECK(unique(bd::astana_2024.relations));
    CHECK(event(ids::blcu_branch_opening) != nullptr);
    CHECK(statement(ids::press_flypast_report) != nullptr);
    CHECK(agreement(ids::china_peace_initiatives) != nullptr);
}

TEST_CASE("astana_2024: the three figures keep their amounts, qualifiers and scales") {
    const auto* trade = indicator(ids::trade_turnover_2023);
    REQUIRE(trade != nullptr);
    CHECK(trade->measure == b::indicator_measure::trade_turnover);
    CHECK(trade->amount.value.in<b::currencies::usd>() == b::money<b::currencies::usd>::from_major(41'000'000'000));
    CHECK(trade->amount.qualifier == b::amount_qualifier::more_than);
    CHECK(trade->amount.scale == b::amount_scale::billion);
    CHECK(trade->reporter == b::country{"KZ"});
    CHECK(trade->counterpart == b::country{"CN"});
    CHECK(trade->stated_by == ids::kassym_jomart_tokayev);
    CHECK(trade->evidence.basis == b::evidence_basis::inferred);

    const auto* projects = indicator(ids::investment_projects_value);
    REQUIRE(projects != nullptr);
    CHECK(projects->measure == b::indicator_measure::project_portfolio_value);
    CHECK(std::string_view{projects->amount.value.decimal().view()} == "14500000000.00");
    CHECK(projects->amount.qualifier == b::amount_qualifier::exact);
    CHECK(projects->amount.scale == b::amount_scale::billion);
    CHECK(agreement(ids::investment_projects)->value == projects->amount);

    const auto* investment = indicator(ids::chinese_investment_15_years);
    REQUIRE(investment != nullptr);
    CHECK(investment->measure == b::indicator_measure::cumulative_investment);
    CHECK(investment->amount.value.in<b::currencies::usd>() == b::money<b::currencies::usd>::from_major(24'000'000'000));
    CHECK(investment->amount.qualifier == b::amount_qualifier::exact);
    CHECK(investment->reporter == b::country{"CN"});
    CHECK(investment->counterpart == b::country{"KZ"});
    CHECK(investment->period.ok());
    CHECK(std::string_view{investment->period.first.iso().view()} == "2009-07");
    CHECK(std::string_view{investment->period.last.iso().view()} == "2024-07");
    CHECK(investment->evidence.basis == b::evidence_basis::inferred);
}

TEST_CASE("astana_2024: the 45 projects cover the five sectors of the portfolio") {
    const auto* a = agreement(ids::investment_projects);
    REQUIRE(a != nullptr);
    CHECK(a->kind == b::agreement_kind::project_portfolio);
    CHECK(a->count == 45u);
    CHECK(a->status == b::agreement_status::under_implementation);
    for (auto sector : {"industry"sv, "energy"sv, "transport and transit"sv, "green economy"sv, "agriculture"sv})
        CHECK_MESSAGE(a->sectors.contains(sector), sector);
    CHECK(a->sectors.size() == 5);
}

TEST_CASE("astana_2024: all eight areas of investment cooperation are recorded as discussed") {
    std::set<std::string_view> areas;
    for (const auto& a : bd::astana_2024.agreements)
        if (a.kind == b::agreement_kind::cooperation_area && a.evidence.paragraph == 20) {
            CHECK(a.status == b::agreement_status::discussed);
            CHECK(a.event == ids::talks);
            for (auto s : a.sectors) areas.insert(s);
        }
    const std::set<std::string_view> expected = {"e-commerce", "automobile production and auto parts",
                                                 "transit and transportation", "logistics", "energy",
                                                 "agriculture", "finance", "tourism"};
    CHECK(areas == expected);
    CHECK(agreement(ids::interregional_cooperation)->status == b::agreement_status::discussed);
    CHECK(agreement(ids::cultural_humanitarian_contacts)->status == b::agreement_status::discussed);
    CHECK(agreement(ids::cultural_humanitarian_ties)->status == b::agreement_status::under_implementation);
}

TEST_CASE("astana_2024: the three institutions and the ferry route are inaugurated at their ceremonies") {
    struct expected_opening {
        b::agreement_id id;
        b::place_id place;
        b::event_id event;
    };
    const expected_opening openings[] = {
        {ids::kazakhstan_cultural_centre_beijing, ids::beijing, ids::cultural_centres_opening},
        {ids::china_cultural_centre_astana, ids::astana, ids::cultural_centres_opening},
        {ids::blcu_branch, ids::astana, ids::blcu_branch_opening},
    };
    for (const auto& o : openings) {
        const auto* a = agreement(o.id);
        REQUIRE(a != nullptr);
        CHECK(a->kind == b::agreement_kind::institution_opened);
        CHECK(a->status == b::agreement_status::inaugurated);
        CHECK(a->place == o.place);
        CHECK(a->event == o.event);
        CHECK(a->date == b::date{2024, 7, 3});
    }
    CHECK(agreement(ids::blcu_branch)->parties.contains(ids::beijing_language_and_culture_university));
    CHECK(agreement(ids::blcu_branch)->parties.contains(ids::astana_international_university));

    const auto* route = agreement(ids::titr_ferry_route);
    REQUIRE(route != nullptr);
    CHECK(route->kind == b::agreement_kind::route_launched);
    CHECK(route->place == ids::titr);
    const auto* ceremony = event(ids::ferry_ceremony);
    REQUIRE(ceremony != nullptr);
    CHECK(route->event == ceremony->id);
    CHECK(ceremony->participants.contains(ids::kassym_jomart_tokayev));
    CHECK(ceremony->participants.contains(ids::xi_jinping));
    CHECK(ceremony->cameo == b::cameo_code{"061"});
}

TEST_CASE("astana_2024: every event lies within the visit and is dated the day of the talks") {
    for (const auto& e : bd::astana_2024.events) {
        CAPTURE(e.id.str());
        if (e.id != ids::hosting) CHECK(within_visit(e));  // the host's side of the visit, not inside it
        CHECK(e.date == b::date{2024, 7, 3});
        CHECK(e.evidence.basis == b::evidence_basis::inferred);  // the year
        CHECK(!e.description.empty());
        CHECK(e.quad_class == b::quad_class_of(e.cameo));
    }
}

namespace {
/// The codes the dataset uses, as GDELT's Goldstein table and the 2021 CAMEO→PLOVER table give them
/// (facts copied from ../shared/data; checked against the files when BILATERAL_DATA_DIR is set).
struct code_facts {
    std::string_view cameo;
    std::string_view plover, mode, context;  // PLOVER event type name, "" where the table maps nothing
    std::int16_t goldstein_tenths;
};
constexpr code_facts used_codes[] = {
    {"017", "", "", "", 0},  {"032", "AGREE", "", "diplomatic", 45},    {"042", "CONSULT", "visit", "", 19},
    {"043", "CONSULT", "visit", "", 28},  {"046", "CONSULT", "", "diplomatic", 70},
    {"050", "SUPPORT", "", "diplomatic", 35}, {"051", "SUPPORT", "", "diplomatic", 34},
    {"061", "COOPERATE", "", "economic", 64},
};
const code_facts* facts_of(b::cameo_code code) {
    for (const auto& f : used_codes)
        if (f.cameo == code.str()) return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("astana_2024: every event's PLOVER coding and Goldstein value follow its CAMEO code") {
    for (const auto& e : bd::astana_2024.events) {
        CAPTURE(e.id.str());
        const auto* f = facts_of(e.cameo);
        REQUIRE_MESSAGE(f != nullptr, std::string{e.cameo.str()});
        REQUIRE(e.goldstein.has_value());
        CHECK(e.goldstein->table == b::goldstein_table::gdelt);
        CHECK(e.goldstein->tenths == f->goldstein_tenths);
        if (f->plover.empty()) CHECK(e.plover == b::plover_event::none);
        else CHECK(b::to_string(e.plover) == f->plover);
        CHECK(e.plover_mode.str() == f->mode);
        CHECK(e.plover_context.str() == f->context);
    }
}

TEST_CASE("astana_2024: every verbal event is the coding of a statement by its speaker at the same occasion") {
    // The types have no field from a statement to the event that codes it; this table is the link.
    struct coding {
        b::event_id event;
        b::statement_id statement;
    };
    constexpr coding codings[] = {
        {ids::xi_pledges_support, ids::xi_headline},  // words of the headline, said at the meeting (2)
        {ids::tokayev_praises_china, ids::tokayev_gratitude},
        {ids::tokayev_endorses_initiative, ids::tokayev_quote},
        {ids::tokayev_praises_relations, ids::tokayev_appreciation},
        {ids::xi_praises_reforms, ids::xi_gratitude},
        {ids::xi_affirms_priority, ids::xi_assurance},
        {ids::tokayev_endorses_peace_initiatives, ids::tokayev_peace_support},
        {ids::xi_endorses_middle_power_role, ids::xi_middle_power_support},
    };
    std::size_t verbal = 0;
    for (const auto& e : bd::astana_2024.events) {
        // Verbal acts: cooperative codes of roots 03 and 05 on events of no particular format (the
        // ceremonies, also coded 05, have one).
        const auto root = e.cameo.root();
        if (!(root == b::cameo_code{"03"} || root == b::cameo_code{"05"}) || e.format != b::event_format::unspecified)
            continue;
        ++verbal;
        CAPTURE(e.id.str());
        const auto* c = std::find_if(std::begin(codings), std::end(codings), [&](const coding& x) { return x.event == e.id; });
        REQUIRE(c != std::end(codings));
        const auto* s = statement(c->statement);
        REQUIRE(s != nullptr);
        REQUIRE(e.participants.size() == 1);
        CHECK(s->speaker == e.participants[0]);
        CHECK(e.part_of == s->event);  // said at the occasion the act is part of
        CHECK((s->evidence.paragraph == e.evidence.paragraph ||
               (s->form == b::statement_form::headline && e.evidence.paragraph == 2)));
    }
    CHECK(verbal == std::size(codings));
}

TEST_CASE("astana_2024: statements carry short lowercase topics and a speaker, date and event") {
    for (const auto& s : bd::astana_2024.statements) {
        CAPTURE(s.id.str());
        CHECK(!s.topics.empty());
        for (auto t : s.topics) {
            CAPTURE(t);
            CHECK(t.size() <= 24);
            CHECK(std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }));
        }
        CHECK(s.date == b::date{2024, 7, 3});
        CHECK((s.event.empty() == (s.id == ids::press_closing_assessment)));
        CHECK((s.addressee.empty() != s.audience.empty()));
    }
}

TEST_CASE("astana_2024: the 'Mr. Akorda' slip and the unattributed closing are explained in the data") {
    const auto* centres = statement(ids::press_centres_statement);
    REQUIRE(centres != nullptr);
    CHECK(centres->evidence.paragraph == 25);
    CHECK(centres->evidence.note.find("Mr. Akorda") != std::string_view::npos);
    CHECK(centres->evidence.note.find("residence") != std::string_view::npos);
    const auto* closing = statement(ids::press_closing_assessment);
    REQUIRE(closing != nullptr);
    CHECK(closing->evidence.paragraph == 27);
    CHECK(closing->evidence.note.find("Unattributed") != std::string_view::npos);
}

TEST_CASE("astana_2024: every record dated by the article's 'July 3' marks its year as inferred") {
    const auto check_dated = [](b::date d, const b::evidence& e) {
        if (d != b::date{2024, 7, 3}) return;
        CHECK(e.basis == b::evidence_basis::inferred);
        CHECK(e.note.find("2024") != std::string_view::npos);
    };
    for (const auto& e : bd::astana_2024.events) check_dated(e.date, e.evidence);
    for (const auto& s : bd::astana_2024.statements) check_dated(s.date, s.evidence);
    for (const auto& a : bd::astana_2024.agreements) check_dated(a.date, a.evidence);
    for (const auto& i : bd::astana_2024.indicators) {
        CHECK(i.evidence.basis == b::evidence_basis::inferred);  // every period is inferred
        CHECK(!i.evidence.note.empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Checks against the article

#ifdef BILATERAL_SOURCES_DIR
namespace {

/// The article's paragraphs: its non-empty lines, the headline first.
const std::vector<std::string>& paragraphs() {
    static const std::vector<std::string> lines = [] {
        std::vector<std::string> out;
        std::ifstream in{std::string{BILATERAL_SOURCES_DIR} + "/akorda-2024-07-03-xi-tokayev.txt", std::ios::binary};
        REQUIRE_MESSAGE(in.good(), "cannot open the article in " BILATERAL_SOURCES_DIR);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (std::any_of(line.begin(), line.end(), [](unsigned char c) { return !std::isspace(c); }))
                out.push_back(line);
        }
        return out;
    }();
    return lines;
}
std::string_view paragraph(std::uint16_t n) {
    REQUIRE(n >= 1);
    REQUIRE(static_cast<std::size_t>(n) <= paragraphs().size());
    return paragraphs()[static_cast<std::size_t>(n) - 1];
}
std::string article() {
    std::string all;
    for (const auto& p : paragraphs()) all.append(p).append("\n");
    return all;
}

constexpr std::string_view open_quote = "\xE2\x80\x9C";   // U+201C “
constexpr std::string_view close_quote = "\xE2\x80\x9D";  // U+201D ”

/// The texts inside “ ” in `text`.
std::vector<std::string_view> quotations(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while ((at = text.find(open_quote, at)) != std::string_view::npos) {
        const std::size_t begin = at + open_quote.size();
        const std::size_t end = text.find(close_quote, begin);
        REQUIRE(end != std::string_view::npos);
        out.push_back(text.substr(begin, end - begin));
        at = end + close_quote.size();
    }
    return out;
}

/// Lower-case words of `text` (letters and digits; everything else separates).
std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) word.push_back(static_cast<char>(std::tolower(u)));
        else if (!word.empty()) out.push_back(std::exchange(word, {}));
    }
    if (!word.empty()) out.push_back(word);
    return out;
}

}  // namespace

TEST_CASE("astana_2024: the article has 27 paragraphs and its headline is the source's title") {
    REQUIRE(paragraphs().size() == 27);
    CHECK(paragraph(1) == bd::astana_2024.sources[0].title);
    CHECK(paragraph(4).find("Akorda press service") != std::string_view::npos);
    CHECK(paragraph(25).find("Mr. Akorda") != std::string_view::npos);  // the slip, as printed
}

TEST_CASE("astana_2024: every quotation is verbatim in the cited paragraph of the source") {
    for (const auto& s : bd::astana_2024.statements) {
        CAPTURE(s.id.str());
        if (s.form == b::statement_form::verbatim) {
            const auto quoted = quotations(paragraph(s.evidence.paragraph));
            CHECK_MESSAGE(std::find(quoted.begin(), quoted.end(), s.text) != quoted.end(),
                          "not the text between the quotation marks of paragraph ", s.evidence.paragraph);
        } else if (s.form == b::statement_form::headline) {
            CHECK(s.evidence.paragraph == 1);
            CHECK(paragraph(1).find(s.text) != std::string_view::npos);
            CHECK(paragraph(2).find(s.text) != std::string_view::npos);  // the lead repeats and attributes it
        } else {
            // A paraphrase is the data's words: not a sentence of the article.
            CHECK(article().find(s.text) == std::string::npos);
        }
    }
}

TEST_CASE("astana_2024: every quotation of the article is recorded") {
    for (std::uint16_t n = 1; n <= paragraphs().size(); ++n)
        for (auto q : quotations(paragraph(n))) {
            const bool recorded = std::any_of(
                bd::astana_2024.statements.begin(), bd::astana_2024.statements.end(), [&](const b::statement& s) {
                    return s.form == b::statement_form::verbatim && s.text == q && s.evidence.paragraph == n;
                });
            CHECK_MESSAGE(recorded, "paragraph ", n);
        }
}

TEST_CASE("astana_2024: every figure's words occur in its paragraph, and every figure is recorded") {
    std::vector<std::string_view> reported;
    for (const auto& i : bd::astana_2024.indicators) {
        CAPTURE(i.id.str());
        CHECK(paragraph(i.evidence.paragraph).find(i.amount.as_reported) != std::string_view::npos);
        reported.push_back(i.amount.as_reported);
    }
    for (const auto& a : bd::astana_2024.agreements)
        if (a.value) CHECK(paragraph(a.evidence.paragraph).find(a.value->as_reported) != std::string_view::npos);
    // Every dollar figure of the article is inside one of the recorded figures' words.
    const std::string text = article();
    for (std::size_t at = text.find('$'); at != std::string::npos; at = text.find('$', at + 1)) {
        const std::string figure = text.substr(at, text.find(' ', at) - at);
        const bool found = std::any_of(reported.begin(), reported.end(),
                                       [&](std::string_view r) { return r.find(figure) != std::string_view::npos; });
        CHECK_MESSAGE(found, figure);
    }
    CHECK(paragraph(16).find("45 investment projects") != std::string_view::npos);
}

TEST_CASE("astana_2024: every actor's and place's name occurs in the article, or says why not") {
    // Names the data gives where the article describes rather than names.
    const std::set<std::string_view> not_in_article = {
        "Official delegation of Kazakhstan",  // the article: "members of official delegations" (15)
        "Official delegation of China",
    };
    const std::string text = article();
    for (const auto& a : bd::astana_2024.actors) {
        CAPTURE(a.name);
        CHECK((text.find(a.name) != std::string::npos) != not_in_article.contains(a.name));
    }
    for (const auto& p : bd::astana_2024.places) {
        CAPTURE(p.name);
        CHECK(text.find(p.name) != std::string::npos);
    }
    CHECK(text.find("official delegations") != std::string::npos);
    CHECK(text.find("(TITR)") != std::string::npos);  // the route's abbreviation, which a place cannot hold
}

TEST_CASE("astana_2024: the data's own words copy no run of seven words from the article's narrative") {
    // The narrative: the article without its quotations (which the data may quote).
    std::string narrative = article();
    for (std::size_t at; (at = narrative.find(open_quote)) != std::string::npos;) {
        const std::size_t end = narrative.find(close_quote, at);
        REQUIRE(end != std::string::npos);
        narrative.replace(at, end + close_quote.size() - at, " | ");
    }
    constexpr std::size_t run = 7;
    std::set<std::vector<std::string>> shingles;
    const auto narrative_words = words(narrative);
    for (std::size_t i = 0; i + run <= narrative_words.size(); ++i)
        shingles.emplace(narrative_words.begin() + static_cast<std::ptrdiff_t>(i),
                         narrative_words.begin() + static_cast<std::ptrdiff_t>(i + run));
    const auto check_own_words = [&](std::string_view id, std::string_view text) {
        const auto w = words(text);
        std::string copied;  // the first run of the article's words found in `text`
        for (std::size_t i = 0; i + run <= w.size() && copied.empty(); ++i) {
            const std::vector<std::string> window(w.begin() + static_cast<std::ptrdiff_t>(i),
                                                  w.begin() + static_cast<std::ptrdiff_t>(i + run));
            if (shingles.contains(window))
                for (const auto& word : window) copied.append(word).append(" ");
        }
        CHECK_MESSAGE(copied.empty(), id, " copies \"", copied, "\" in: ", text);
    };
    REQUIRE(shingles.size() > 500);  // the check has something to compare with
    for (const auto& e : bd::astana_2024.events) {
        check_own_words(e.id.str(), e.description);
        check_own_words(e.id.str(), e.evidence.note);
    }
    for (const auto& s : bd::astana_2024.statements) {
        if (s.form == b::statement_form::paraphrase) check_own_words(s.id.str(), s.text);
        check_own_words(s.id.str(), s.evidence.note);
    }
    for (const auto& a : bd::astana_2024.agreements) check_own_words(a.id.str(), a.evidence.note);
    for (const auto& i : bd::astana_2024.indicators) check_own_words(i.id.str(), i.evidence.note);
    for (const auto& r : bd::astana_2024.relations) check_own_words(r.id.str(), r.evidence.note);
}
#endif  // BILATERAL_SOURCES_DIR

// ---------------------------------------------------------------------------------------------
// Checks against the code tables

#ifdef BILATERAL_DATA_DIR
namespace {
std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return std::string{s.substr(first, s.find_last_not_of(" \t\r") - first + 1)};
}
}  // namespace

TEST_CASE("astana_2024: the codes used agree with GDELT's Goldstein table and the CAMEO-to-PLOVER table") {
    // GDELT CAMEO.goldsteinscale.txt: CODE <tab> VALUE.
    std::map<std::string, std::int16_t> goldstein;
    {
        std::ifstream in{std::string{BILATERAL_DATA_DIR} + "/cameo/gdelt_CAMEO.goldsteinscale_mpiccirilli-UNDP.txt"};
        REQUIRE(in.good());
        std::string line;
        while (std::getline(in, line)) {
            const auto tab = line.find('\t');
            if (tab == std::string::npos || line.rfind("CAMEO", 0) == 0) continue;
            const double v = std::stod(line.substr(tab + 1));
            goldstein[line.substr(0, tab)] = static_cast<std::int16_t>(v < 0 ? v * 10 - 0.5 : v * 10 + 0.5);
        }
    }
    // PLOVER CAMEO2PLOVER: CODE: EVENT, MODE, CONTEXT # description.
    struct plover_row {
        std::string event, mode, context;
    };
    std::map<std::string, plover_row> plover;
    {
        std::ifstream in{std::string{BILATERAL_DATA_DIR} + "/plover/plover_CAMEO2PLOVER-2021.txt"};
        REQUIRE(in.good());
        std::string line;
        while (std::getline(in, line)) {
            const auto colon = line.find(':');
            if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
            std::string_view rest = std::string_view{line}.substr(colon + 1);
            rest = rest.substr(0, rest.find('#'));
            std::vector<std::string> fields;
            for (std::size_t comma; (comma = rest.find(',')) != std::string_view::npos; rest.remove_prefix(comma + 1))
                fields.push_back(trim(rest.substr(0, comma)));
            fields.push_back(trim(rest));
            fields.resize(3);
            plover[line.substr(0, colon)] = {fields[0], fields[1], fields[2]};
        }
    }
    for (const auto& f : used_codes) {
        CAPTURE(f.cameo);
        const std::string code{f.cameo};
        REQUIRE(goldstein.contains(code));
        CHECK(goldstein[code] == f.goldstein_tenths);
        if (f.plover.empty()) {
            CHECK(!plover.contains(code));  // the table maps no code of root 01
        } else {
            REQUIRE(plover.contains(code));
            CHECK(plover[code].event == f.plover);
            CHECK(plover[code].mode == f.mode);
            CHECK(plover[code].context == f.context);
        }
    }
}
#endif  // BILATERAL_DATA_DIR
