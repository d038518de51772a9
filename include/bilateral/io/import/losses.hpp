// SPDX-License-Identifier: BSL-1.0
/// What an import could not hold, counted per field and kind of loss, with one example each.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <bilateral/core/problem.hpp>

namespace bilateral {

/// Counts losses as a reader meets them; `sorted()` lists them by field, then by what was lost.
/// A loss is never dropped silently: a reader counts every value it does not hold.
/// Each kind of loss is a `problem` (core/problem.hpp) with code not_held and severity loss:
/// `field` where in the record ("text", "source[].sector", "id"), `message` what was lost
/// ("not held: the model has no field for it"), `value` one example, shortened, and `count` how
/// many values.
class loss_tally {
public:
    /// One more value of `field` lost for `what`; `example()` gives the text shown for the
    /// first one (called once per kind of loss, so showing a value costs nothing after that).
    /// `code` is not_held for a value the model has no place for, not_written for a whole row
    /// that could not become a record.
    template <class Example>
    void count(std::string_view field, std::string_view what, Example&& example,
               problem_code code = problem_code::not_held) {
        entry& e = counts_[{std::string{field}, std::string{what}}];
        if (e.count++ == 0) {
            e.example = std::forward<Example>(example)();
            e.code = code;
        }
    }

    /// The losses counted, by field, then by what: one problem per kind of loss.
    [[nodiscard]] std::vector<problem> sorted() const {
        std::vector<problem> out;
        out.reserve(counts_.size());
        for (const auto& [key, e] : counts_)
            out.push_back({.code = e.code,
                           .severity = severity::loss,
                           .field = key.first,
                           .value = e.example,
                           .message = key.second,
                           .count = e.count});
        return out;
    }

private:
    struct entry {
        std::size_t count = 0;
        std::string example;
        problem_code code = problem_code::not_held;
    };
    std::map<std::pair<std::string, std::string>, entry> counts_;
};

}  // namespace bilateral
