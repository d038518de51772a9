// SPDX-License-Identifier: BSL-1.0
// The GDELT inputs of the tool's commands (gdelt_rows.hpp).
#include "gdelt_rows.hpp"

#include <unistd.h>

namespace bilateral::tool {

progress::progress(const streams& io) : err_{io.err} {
    const auto* b = dynamic_cast<const fd_buffer*>(io.err->rdbuf());
    enabled_ = b != nullptr && ::isatty(b->fd()) == 1;
}

progress::~progress() {
    if (shown_) *err_ << "\r\033[K" << std::flush;
}

void progress::show(const gdelt::reader& r) {
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::seconds{1} || now - last_ < std::chrono::milliseconds{250}) return;
    last_ = now;
    shown_ = true;
    const auto& s = r.summary();
    *err_ << "\rgdelt: " << s.lines << " lines, " << s.bytes / (1024 * 1024) << " MiB read" << std::flush;
}

bool report_gdelt_problems(const streams& io, std::string_view command, const input& in, const gdelt::read_summary& s) {
    if (s.ok()) return true;
    std::ostream& err = *io.err;
    for (const auto& e : s.messages) err << "bilateral " << command << ": " << in.label() << ": " << gdelt::describe(e) << '\n';
    if (s.read_failed) {
        err << "bilateral " << command << ": the input could not be read to its end; the rows before were read\n";
    } else if (s.stopped) {
        err << "bilateral " << command << ": stopped at the first problem (--lenient skips bad rows)\n";
    } else {
        err << "bilateral " << command << ": " << s.skipped << " of " << s.lines << " lines skipped, " << s.errors
            << " problems" << (s.errors > s.messages.size() ? " (first ones shown)" : "") << '\n';
    }
    return false;
}

bool report_read_failure(const streams& io, std::string_view command, const input& in, const gdelt::read_summary& s) {
    const std::string why = in.read_failure();
    if (why.empty()) return true;
    *io.err << "bilateral " << command << ": cannot read '" << in.label() << "' after line " << s.lines << ": " << why
            << " (the rows before it were read)\n";
    return false;
}

}  // namespace bilateral::tool
