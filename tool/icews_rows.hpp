// SPDX-License-Identifier: BSL-1.0
/// The ICEWS inputs of the tool's commands: the reader's problems and notes, and the country names
/// outside ICEWS's list, reported the same way by every command.
#pragma once
#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include <bilateral/io/icews.hpp>

namespace bilateral::tool {

/// Country names of the rows read that are not in ICEWS's list (codes/icews_countries.hpp), with
/// the number of fields naming each.
class unknown_countries {
public:
    void check(const icews::record& r) {
        note(r.source.country);
        note(r.target.country);
    }
    [[nodiscard]] const std::map<std::string, std::uint64_t, std::less<>>& names() const noexcept { return names_; }

private:
    void note(std::string_view name) {
        if (name.empty() || icews::country_alpha3(name)) return;
        const auto it = names_.find(name);
        if (it != names_.end()) ++it->second;
        else names_.emplace(std::string{name}, 1);
    }
    std::map<std::string, std::uint64_t, std::less<>> names_;
};

/// Writes to `out` ("bilateral COMMAND: LABEL: …" lines) the reader's errors and how the read
/// ended; true if there was none.
bool report_icews_problems(std::ostream& out, std::string_view command, std::string_view label, const icews::read_summary& s);

/// Writes to `out` what was read but is worth knowing: codes whose leading zero was restored, keys
/// (Event ID, Event Date) that repeat (located), country names outside ICEWS's list (by name).
void report_icews_notes(std::ostream& out, std::string_view command, std::string_view label, const icews::read_summary& s,
                        const unknown_countries& unknown);

}  // namespace bilateral::tool
