// SPDX-License-Identifier: BSL-1.0
// Tests of report/brief_html.hpp: the briefing of the Astana talks as a page: the timeline, every
// quotation to the letter and marked as such with its paragraph, figures, agreements, events.
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/report/brief_html.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "xml_check.hpp"

using namespace bilateral;

namespace {

std::string page() {
    std::ostringstream os;
    report::write_brief_html(os, data::astana_2024);
    return os.str();
}

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = text.find(what, at)) != std::string::npos; at += what.size()) ++n;
    return n;
}

}  // namespace

TEST_CASE("brief html: every verbatim quotation is in a blockquote, to the letter, marked, with its paragraph") {
    const std::string html = page();
    std::size_t verbatim = 0;
    for (const statement& s : data::astana_2024.statements) {
        const std::string text = report::escaped(s.text);
        if (s.form == statement_form::verbatim) {
            ++verbatim;
            const std::size_t at = html.find("<blockquote>" + text + "</blockquote>");
            REQUIRE(at != std::string::npos);
            const std::size_t caption = html.find("<figcaption>", at);
            const std::string said = html.substr(caption, html.find("</figcaption>", caption) - caption);
            CHECK(said.find("verbatim quotation") != std::string::npos);
            CHECK(said.find("paragraph " + std::to_string(s.evidence.paragraph)) != std::string::npos);
        } else {
            CHECK(html.find("<p>" + text + "</p>") != std::string::npos);
        }
    }
    CHECK(verbatim >= 1);
    CHECK(count(html, "<blockquote>") == verbatim);
    CHECK(count(html, "verbatim quotation") == verbatim);
}

TEST_CASE("brief html: who met where and when, on a timeline") {
    const std::string html = page();
    CHECK(html.find("<ol class=\"timeline\">") != std::string::npos);
    CHECK(html.find("<time datetime=\"2024-07-03\">2024-07-03</time>") != std::string::npos);
    CHECK(html.find("Xi Jinping") != std::string::npos);
    CHECK(html.find("Kassym-Jomart Tokayev") != std::string::npos);
    CHECK(html.find("Astana") != std::string::npos);
}

TEST_CASE("brief html: figures say what was inferred and why; agreements their status; events their codes") {
    const std::string html = page();
    for (const indicator& i : data::astana_2024.indicators) {
        if (i.evidence.basis == evidence_basis::inferred)
            CHECK(html.find("inferred: " + report::escaped(i.evidence.note)) != std::string::npos);
        if (!i.amount.as_reported.empty()) CHECK(html.find(report::escaped(i.amount.as_reported)) != std::string::npos);
    }
    for (const agreement& a : data::astana_2024.agreements) {
        CHECK(html.find("<td>" + report::escaped(a.name) + "</td>") != std::string::npos);
        CHECK(html.find(report::escaped(words_of(a.status))) != std::string::npos);
    }
    for (const event& e : data::astana_2024.events) {
        CHECK(html.find("<td>" + std::string{e.id.str()} + "</td><td>2024-07-03</td><td>" + std::string{e.cameo.str()} + "</td>") !=
              std::string::npos);
    }
    CHECK(html.find("Engage in negotiation") != std::string::npos);  // a CAMEO label
}

TEST_CASE("brief html: a page that loads nothing, its markup balanced") {
    const std::string html = page();
    CHECK(html.starts_with("<!DOCTYPE html>"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);
    // The body is balanced markup (void elements aside, which the page writes only as <br>).
    std::string body = html.substr(html.find("<body>"), html.find("</body>") + 7 - html.find("<body>"));
    for (std::size_t at; (at = body.find("<br>")) != std::string::npos;) body.replace(at, 4, "<br/>");
    CHECK(test::xml_problem(body) == "");
}
