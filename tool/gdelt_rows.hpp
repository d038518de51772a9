// SPDX-License-Identifier: BSL-1.0
/// The GDELT inputs of the tool's commands: progress on a terminal, and the reader's problems and
/// read failures reported the same way by every command.
#pragma once
#include <chrono>
#include <cstdint>
#include <string_view>

#include <bilateral/io/gdelt.hpp>

#include "files.hpp"
#include "streams.hpp"

namespace bilateral::tool {

/// Progress on stderr, once a run has taken a second, when stderr is a terminal.
class progress {
public:
    explicit progress(const streams& io);
    ~progress();
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

    void tick(const gdelt::reader& r) {
        if (enabled_ && (++ticks_ & 0xFFF) == 0) show(r);
    }

private:
    void show(const gdelt::reader& r);
    std::ostream* err_;
    bool enabled_ = false;
    bool shown_ = false;
    std::uint64_t ticks_ = 0;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_ = start_;
};

/// Reports on stderr what the reader found wrong with `in`; true if nothing.
bool report_gdelt_problems(const streams& io, std::string_view command, const input& in, const gdelt::read_summary& s);

/// Reports on stderr that `in` could not be read to its end (a read error of the system), if so;
/// true if it was read whole.
bool report_read_failure(const streams& io, std::string_view command, const input& in, const gdelt::read_summary& s);

}  // namespace bilateral::tool
