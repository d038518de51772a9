// SPDX-License-Identifier: BSL-1.0
// Tests of panel/gdelt.hpp: GDELT rows into panels, on fixtures and on the real files.
#include <bilateral/io/gdelt/reader.hpp>
#include <bilateral/io/gdelt/stats.hpp>
#include <bilateral/panel/gdelt.hpp>

#include "test_files.hpp"
#include "test_gdelt_fixtures.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

using namespace bilateral;
using namespace gdelt_fixtures;

namespace {

panel::accumulator panel_of(std::string_view text, panel::options o = {}) {
    panel::accumulator a{std::move(o)};
    gdelt::reader r{text, {.mode = gdelt::mode::lenient}};
    while (const gdelt::record* row = r.next()) a.add(panel::observation_of(*row));
    return a;
}

}  // namespace

TEST_CASE("a GDELT row gives its date, countries, actors, codes, Goldstein value, PLOVER type and report counts") {
    const std::string text = v2_row() + "\n";
    gdelt::reader r{std::string_view{text}};
    const gdelt::record* row = r.next();
    REQUIRE(row);
    const panel::observation o = panel::observation_of(*row);
    CHECK(o.day == date{2024, 7, 3});
    CHECK(o.source_country == "CHN");
    CHECK(o.target_country == "KAZ");
    CHECK(o.source_actor == "CHNGOV");
    CHECK(o.target_actor == "KAZ");
    CHECK(o.code == cameo_code{"042"});
    CHECK(o.quad == quad_class::verbal_cooperation);
    CHECK(o.goldstein == std::int16_t{19});
    CHECK(o.plover == plover_event::consult);  // 042: CONSULT by the 2021 mapping
    CHECK(o.is_root == true);
    CHECK(o.reports[0] == 12u);  // NumArticles
    CHECK(o.reports[1] == 12u);  // NumMentions
    CHECK(o.reports[2] == 3u);   // NumSources
}

TEST_CASE("CAMEO country codes become ISO codes; roots 01 and 02 have no PLOVER type") {
    const std::string text = lines({join(with(with(v2_fields(), 8, "ROM"), 18, "WSB")),
                                    join(with(with(with(v2_fields(), 27, "010"), 28, "010"), 29, "01")),
                                    join(with(v2_fields(), 18, "AFR"))});
    const panel::accumulator a = panel_of(text);
    const std::vector<panel::row> rows = a.rows();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].dyad.text() == "CHN-KAZ");
    CHECK(rows[0].cell.plover[0] == 1);  // 010: none
    CHECK(rows[0].cell.statements == 1);
    CHECK(rows[1].dyad.text() == "PSE-ROU");
    CHECK(a.summary().without_dyad == 1);  // Africa is a region
}

#ifdef BILATERAL_DATA_DIR
namespace {
std::vector<std::filesystem::path> real_event_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& f : bilateral_test::files_in(std::filesystem::path{BILATERAL_DATA_DIR} / "gdelt")) {
        const std::string name = f.filename().string();
        if (name.ends_with(".tsv") && name.find("Header") == std::string::npos && name.find("Column_Labels") == std::string::npos)
            files.push_back(f);
    }
    return files;
}
}  // namespace

TEST_CASE("real files: the panels of two inputs merge into the panel of both") {
    const std::vector<std::filesystem::path> files = real_event_files();
    REQUIRE(files.size() >= 6);
    for (const panel::period_kind by : {panel::period_kind::day, panel::period_kind::month, panel::period_kind::year}) {
        for (const bool one_a_day : {false, true}) {
            const panel::options o{.by = by, .one_a_day = one_a_day, .weight = panel::weight_by::articles};
            std::string all;
            panel::accumulator merged{o};
            for (const auto& f : files) {
                const std::string text = bilateral_test::file_bytes(f);
                merged.merge(panel_of(text, o));
                all += text;
                if (!all.empty() && all.back() != '\n') all += '\n';
            }
            const panel::accumulator whole = panel_of(all, o);
            CHECK(merged.rows() == whole.rows());
            CHECK(merged.summary() == whole.summary());
            CHECK(whole.summary().counted > 900);
        }
    }
}

TEST_CASE("real files: a year panel's totals per dyad equal the dyad statistics of `stats`") {
    std::size_t dyads = 0;
    for (const auto& f : real_event_files()) {
        CAPTURE(f.string());
        const std::string text = bilateral_test::file_bytes(f);
        std::map<std::string, std::pair<std::uint64_t, std::int64_t>> from_panel;
        for (const panel::row& r : panel_of(text, {.by = panel::period_kind::year}).rows()) {
            auto& [events, tenths] = from_panel[r.dyad.text()];
            events += r.cell.events;
            tenths += r.cell.goldstein_tenths;
        }
        gdelt::reader r{std::string_view{text}, {.mode = gdelt::mode::lenient}};
        std::map<std::string, std::pair<std::uint64_t, std::int64_t>> from_stats;
        for (const gdelt::dyad_stats& d : gdelt::dyad_stats_of(r).dyads)
            from_stats[d.dyad.text()] = {d.events, d.goldstein_tenths};
        CHECK(from_panel == from_stats);
        dyads += from_panel.size();
    }
    CHECK(dyads > 400);
}
#endif
