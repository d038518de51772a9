// SPDX-License-Identifier: BSL-1.0
// libFuzzer target: lines of GDELT's master file list and file-name stamps. Every line is either
// refused with a reason or gives a file whose fields keep the documented form.
#include <bilateral/io/gdelt/masterfilelist.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, end - at);
        std::string why;
        const auto f = bilateral::gdelt::parse_listed_file(line, why);
        if (!f && why.empty()) std::abort();  // a refusal always says why
        if (f) {
            if (f->md5.size() != 32 || f->name().empty()) std::abort();
            if (const auto stamp = bilateral::gdelt::stamp_of(f->name())) {
                const std::string shown = stamp->text();
                if (shown.size() != (stamp->minute_of_day < 0 ? 10u : 16u)) std::abort();
            }
        }
        at = end + 1;
    }
    return 0;
}
