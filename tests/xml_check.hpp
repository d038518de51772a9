// SPDX-License-Identifier: BSL-1.0
// A small well-formedness check of XML as the report's charts write it (elements, quoted
// attributes, entities), so that the unit tests need no XML library. The browser tests check
// the same SVG with xmllint.
#pragma once
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace bilateral::test {

/// "" when `xml` is well-formed (one root element; every tag closed in order; attribute values
/// quoted; `&` only in the five named entities or a numeric one; no `<` in text); else what is
/// wrong and at which byte.
inline std::string xml_problem(std::string_view xml) {
    std::vector<std::string_view> open;
    std::size_t roots = 0, i = 0;
    const auto fail = [&](std::string_view what) { return std::string{what} + " at byte " + std::to_string(i); };
    const auto entity_ok = [&](std::size_t at) {
        const std::size_t end = xml.find(';', at);
        if (end == std::string_view::npos || end - at > 8) return false;
        const std::string_view name = xml.substr(at + 1, end - at - 1);
        if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return true;
        if (name.size() < 2 || name[0] != '#') return false;
        for (const char c : name.substr(1))
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        return true;
    };
    while (i < xml.size()) {
        if (xml[i] == '&' && !entity_ok(i)) return fail("a bare &");
        if (xml[i] != '<') {
            if (open.empty() && !std::isspace(static_cast<unsigned char>(xml[i]))) return fail("text outside the root");
            ++i;
            continue;
        }
        const bool closing = i + 1 < xml.size() && xml[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        const std::size_t name_start = j;
        while (j < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[j])) || xml[j] == '-' || xml[j] == ':')) ++j;
        const std::string_view name = xml.substr(name_start, j - name_start);
        if (name.empty()) return fail("a tag without a name");
        if (closing) {
            if (open.empty() || open.back() != name) return fail("</" + std::string{name} + "> closes nothing open");
            open.pop_back();
            if (j >= xml.size() || xml[j] != '>') return fail("an unfinished closing tag");
            i = j + 1;
            continue;
        }
        // Attributes: name="value" (or 'value'), the value without '<' and with valid entities.
        while (true) {
            while (j < xml.size() && std::isspace(static_cast<unsigned char>(xml[j]))) ++j;
            if (j >= xml.size()) return fail("an unfinished tag");
            if (xml[j] == '>' || xml.substr(j, 2) == "/>") break;
            const std::size_t attribute = j;
            while (j < xml.size() && xml[j] != '=' && !std::isspace(static_cast<unsigned char>(xml[j]))) ++j;
            if (j == attribute || j + 1 >= xml.size() || xml[j] != '=' || (xml[j + 1] != '"' && xml[j + 1] != '\'')) {
                i = j;
                return fail("an attribute without a quoted value");
            }
            const char quote = xml[j + 1];
            const std::size_t end = xml.find(quote, j + 2);
            if (end == std::string_view::npos) return fail("an unclosed attribute value");
            for (std::size_t k = j + 2; k < end; ++k) {
                if (xml[k] == '<') return fail("a < in an attribute");
                if (xml[k] == '&' && !entity_ok(k)) {
                    i = k;
                    return fail("a bare & in an attribute");
                }
            }
            j = end + 1;
        }
        const bool empty = xml[j] == '/';
        if (open.empty()) ++roots;
        if (!empty) open.push_back(name);
        i = j + (empty ? 2 : 1);
    }
    if (!open.empty()) return "<" + std::string{open.back()} + "> is not closed";
    if (roots != 1) return std::to_string(roots) + " root elements";
    return {};
}

}  // namespace bilateral::test
