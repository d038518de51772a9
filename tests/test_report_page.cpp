// SPDX-License-Identifier: BSL-1.0
// Tests of report/page.hpp: a page that loads nothing, and tables with their text escaped.
#include <bilateral/report/page.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace bilateral::report;

TEST_CASE("page: an HTML5 page with its style inline, loading nothing") {
    std::ostringstream os;
    open_page(os, "A & B");
    close_page(os);
    const std::string page = os.str();
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(page.find("<title>A &amp; B</title>") != std::string::npos);
    CHECK(page.find("<style>") != std::string::npos);
    CHECK(page.find("http") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("url(") == std::string::npos);
    CHECK(page.ends_with("</body>\n</html>\n"));
}

TEST_CASE("page: a table: caption, header, rows; numbers right-aligned; text escaped") {
    std::ostringstream os;
    write_table(os, {.caption = "<x>", .header = {"name", "count"}, .rows = {{"a & b", "12"}, {"\"c\"", "3"}}});
    const std::string t = os.str();
    CHECK(t.find("<caption>&lt;x&gt;</caption>") != std::string::npos);
    CHECK(t.find("<th scope=\"col\">name</th><th scope=\"col\" class=\"num\">count</th>") != std::string::npos);
    CHECK(t.find("<tr><td>a &amp; b</td><td class=\"num\">12</td></tr>") != std::string::npos);
    CHECK(t.find("<td>&quot;c&quot;</td>") != std::string::npos);
}
