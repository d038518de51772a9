// SPDX-License-Identifier: BSL-1.0
/// The frame of a self-contained HTML page (its style sheet inline, nothing loaded from anywhere)
/// and the tables that carry the numbers behind its charts.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/report/svg.hpp>

namespace bilateral::report {

/// Writes the start of an HTML5 page titled `title`, up to and including `<body>`.
void open_page(std::ostream& os, std::string_view title);
/// Writes the end of the page.
void close_page(std::ostream& os);

/// A table of text: the first `text_columns` columns are words (left-aligned), the others numbers.
struct table {
    std::string caption{};
    std::vector<std::string> header{};
    std::vector<std::vector<std::string>> rows{};
    std::string class_name = "data";
    std::size_t text_columns = 1;
};

/// Writes `t` as an HTML table, its text escaped.
void write_table(std::ostream& os, const table& t);

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::page {
// System fonts only: the page must open offline and load nothing.
inline constexpr std::string_view style = R"(
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff;
       max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
nav a { margin-right: 1rem; } .meta { color: #555; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .85rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .2rem; }
th, td { padding: .15rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: .4rem 0 1rem; } figcaption { font-size: .85rem; color: #444; }
.multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: .6rem 1rem; }
.multiples figure { margin: 0; }
details summary { cursor: pointer; color: #0b5394; font-size: .9rem; }
blockquote { margin: .4rem 0 .8rem 1rem; padding-left: .8rem; border-left: 4px solid #0072B2; }
.mark { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: #555; }
ol.timeline { list-style: none; padding-left: 0; border-left: 3px solid #0072B2; margin-left: .5rem; }
ol.timeline li { position: relative; padding: .2rem 0 .6rem 1.2rem; }
ol.timeline li::before { content: ""; position: absolute; left: -.5rem; top: .55rem; width: .7rem; height: .7rem;
                         border-radius: 50%; background: #fff; border: 3px solid #0072B2; }
time { font-weight: 600; }
@media print { details { display: block; } nav { display: none; } }
)";
}  // namespace detail::page

inline void open_page(std::ostream& os, std::string_view title) {
    os << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
       << escaped(title) << "</title>\n<style>" << detail::page::style << "</style>\n</head>\n<body>\n";
}

inline void close_page(std::ostream& os) { os << "</body>\n</html>\n"; }

inline void write_table(std::ostream& os, const table& t) {
    const auto cell_class = [&](std::size_t column) { return column < t.text_columns ? "" : " class=\"num\""; };
    os << "<table class=\"" << escaped(t.class_name) << "\">\n";
    if (!t.caption.empty()) os << "<caption>" << escaped(t.caption) << "</caption>\n";
    os << "<thead><tr>";
    for (std::size_t i = 0; i < t.header.size(); ++i) os << "<th scope=\"col\"" << cell_class(i) << '>' << escaped(t.header[i]) << "</th>";
    os << "</tr></thead>\n<tbody>\n";
    for (const std::vector<std::string>& row : t.rows) {
        os << "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) os << "<td" << cell_class(i) << '>' << escaped(row[i]) << "</td>";
        os << "</tr>\n";
    }
    os << "</tbody>\n</table>\n";
}

}  // namespace bilateral::report
