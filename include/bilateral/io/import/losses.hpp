// SPDX-License-Identifier: BSL-1.0
/// What an import could not hold, counted per field and kind of loss, with one example each.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bilateral {

/// Something of the input the model could not hold (or held only after a change), counted.
struct import_loss {
    std::string field;        ///< where, in the record: "text", "source[].sector", "id"
    std::string what;         ///< "not held: the model has no field for it"
    std::size_t count = 0;    ///< how many values
    std::string example;      ///< one of them, shortened
};

/// Counts losses as a reader meets them; `sorted()` lists them by field, then by what was lost.
/// A loss is never dropped silently: a reader counts every value it does not hold.
class loss_tally {
public:
    /// One more value of `field` lost for `what`; `example()` gives the text shown for the
    /// first one (called once per kind of loss, so showing a value costs nothing after that).
    template <class Example>
    void count(std::string_view field, std::string_view what, Example&& example) {
        auto& entry = counts_[{std::string{field}, std::string{what}}];
        if (entry.first++ == 0) entry.second = std::forward<Example>(example)();
    }

    /// The losses counted, by field, then by what.
    [[nodiscard]] std::vector<import_loss> sorted() const {
        std::vector<import_loss> out;
        out.reserve(counts_.size());
        for (const auto& [key, value] : counts_) out.push_back({key.first, key.second, value.first, value.second});
        return out;
    }

private:
    std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::string>> counts_;
};

}  // namespace bilateral
