// SPDX-License-Identifier: BSL-1.0
// icews_countries.hpp against its source in BILATERAL_DATA_DIR/icews: ICEWS's country-name list
// (Name<TAB>code<TAB>COW number or region), as philip-schrodt/ICEWS-to-jsonl publishes it.
#include <bilateral/codes/icews_countries.hpp>
#include <bilateral/codes/iso3166.hpp>

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "source_reader.hpp"

#ifndef BILATERAL_DATA_DIR
#error "BILATERAL_DATA_DIR must name the shared data folder"
#endif

namespace bc = bilateral::codes;
namespace bt = bilateral::codes::test;

namespace {

std::string icews_path(std::string_view name) {
    return std::string(BILATERAL_DATA_DIR) + "/icews/" + std::string(name);
}

// The documented rule, written out again: ICEWS codes that are not the ISO alpha-3 of the place named.
// Territories written as sovereign + territory get their own code (GBRIMY: IMY is a typo for IMN);
// Gaza is part of Palestine; Kosovo gets its user-assigned XKX; TMP is Timor-Leste and ANT Antarctica;
// NULL and the Netherlands Antilles have none.
const std::map<std::string, std::string> by_code{
    {"USAASM", "ASM"}, {"GBRVGB", "VGB"}, {"DNKFRO", "FRO"}, {"GBRFLK", "FLK"}, {"FRAGUF", "GUF"}, {"FRAPYF", "PYF"},
    {"GBRGIB", "GIB"}, {"DNKGRL", "GRL"}, {"FRAGLP", "GLP"}, {"USAGUM", "GUM"}, {"GBRIMY", "IMN"}, {"GBRMSR", "MSR"},
    {"FRANCL", "NCL"}, {"NZLNIU", "NIU"}, {"AUSNFK", "NFK"}, {"GBRPCN", "PCN"}, {"USAPRI", "PRI"}, {"GBRSHN", "SHN"},
    {"NZLTKL", "TKL"}, {"USAVIR", "VIR"}, {"FRNWLF", "WLF"}, {"PSEGZA", "PSE"}, {"KSV", "XKX"},    {"TMP", "TLS"},
    {"ANT", "ATA"},    {"---", ""},       {"NLDANT", ""}};
// Territories ICEWS files under their sovereign's code: (name, ICEWS code) -> the territory's own code.
const std::map<std::pair<std::string, std::string>, std::string> by_name{
    {{"Jersey", "GBR"}, "JEY"}, {{"Mayotte", "FRA"}, "MYT"}, {{"Saint Barthelemy", "FRA"}, "BLM"}};

}  // namespace

TEST_CASE("icews_countries: every name of ICEWS's list is in the table with the rule's code, and nothing else") {
    auto lines = bt::split_lines(bt::read_file(icews_path("countrynames-DEDI_philip-schrodt-ICEWS-to-jsonl.tsv")));
    REQUIRE(!lines.empty());
    CHECK(lines[0] == "NULL\t---\t000");
    std::map<std::string, std::string> seen;  // name -> the whole line
    std::set<std::string> twice;
    std::set<std::string> rules_used;
    for (const std::string& line : lines) {
        if (line.empty()) continue;
        auto f = bt::split(line, '\t');
        REQUIRE_MESSAGE(f.size() == 3, line);
        const std::string& name = f[0];
        const std::string& code = f[1];
        CAPTURE(name);
        auto [it, fresh] = seen.emplace(name, line);
        if (!fresh) {
            CHECK(it->second == line);  // listed twice, on identical lines
            twice.insert(name);
            continue;
        }
        const bc::icews_country_entry* e = bc::find_icews_country(name);
        REQUIRE(e != nullptr);
        CHECK(e->name == name);
        std::string want = code;
        if (auto n = by_name.find({name, code}); n != by_name.end()) {
            want = n->second;
            rules_used.insert(name);
        } else if (auto c = by_code.find(code); c != by_code.end()) {
            want = c->second;
            rules_used.insert(code);
        } else {
            CHECK_MESSAGE(bc::find_iso3166_alpha3(code) != nullptr, code);  // any other code is current ISO
        }
        CHECK(e->alpha3 == want);
        // A note wherever the table does not keep ICEWS's code (NULL aside), and for Serbia and Montenegro,
        // which keeps Serbia's.
        const bool noted = (e->alpha3 != code && code != "---") || name == "Serbia and Montenegro";
        CHECK(e->note.empty() != noted);
    }
    CHECK(twice == std::set<std::string>{"Cote d'Ivoire"});
    CHECK(rules_used.size() == by_code.size() + by_name.size());
    CHECK(seen.size() == bc::icews_countries.size());
    for (const auto& e : bc::icews_countries) CHECK_MESSAGE(seen.count(std::string(e.name)) == 1, e.name);
}
