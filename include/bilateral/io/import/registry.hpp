// SPDX-License-Identifier: BSL-1.0
/// The entity registry of an import: one record per distinct thing the input names (dedupe key →
/// stable unique id → record), however many times it names it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <bilateral/core/dataset.hpp>

namespace bilateral {

/// The ids given to one kind of record: `take("tokayev")` is "tokayev" the first time, then
/// "tokayev.2", "tokayev.3", … (cut so that the id keeps to 64 characters).
class unique_ids {
public:
    /// `base` if no id of this kind has it yet, else `base` with the first free suffix. The search
    /// for a suffix starts where the last one for this base ended, so n records with one base cost
    /// O(n), not O(n²). An empty base is "x".
    [[nodiscard]] std::string take(std::string base);

    /// True if `id` was taken.
    [[nodiscard]] bool taken(std::string_view id) const { return used_.contains(std::string{id}); }

private:
    std::unordered_set<std::string> used_;
    std::unordered_map<std::string, std::size_t> next_suffix_;
};

/// The records of one kind that an import adds to a dataset, found by a dedupe key: what makes
/// two mentions the same record is the reader's choice (a PLOVER actor is its country, name,
/// office, Wikidata id and sectors; a GDELT actor its code), the rest is shared. The first record
/// of a key is added with an id made unique from the base it is given; every later mention of
/// the key gets that id back, so ids are stable for the life of the registry.
///
/// `Record` is one of the model's records with an `id` (actor, place, source, …).
template <class Record>
class entity_registry {
public:
    using id_type = decltype(Record::id);

    explicit entity_registry(dataset& into) : into_{&into} {}

    /// The id of the record of `key`, or an empty id if there is none yet.
    [[nodiscard]] id_type find(std::string_view key) const {
        const auto it = keys_.find(key);
        return it == keys_.end() ? id_type{} : it->second;
    }

    /// The id of the record of `key`. If there is none yet, `make()` (or `make(id)`, for a record
    /// that shows its own id) gives the record, which is added with the id `base` made unique (the
    /// dataset owns the id's text); `make` is not called when the key is known, so the work of
    /// building a record is done once per record.
    template <class Make>
    id_type obtain(std::string_view key, std::string_view base, Make&& make) {
        if (const id_type known = find(key); !known.empty()) return known;
        const id_type id = add(base, std::forward<Make>(make));
        keys_.emplace(into_->text(key), id);  // the dataset's storage: no allocation of its own per key
        return id;
    }

    /// Adds `make()` with the id `base` made unique, under no key: a record no later mention can
    /// name (a placeholder, a record that is never the same as another).
    template <class Make>
    id_type add(std::string_view base, Make&& make) {
        const id_type id{into_->text(ids_.take(std::string{base}))};
        Record r = [&] {
            if constexpr (std::is_invocable_v<Make, id_type>) return std::forward<Make>(make)(id);
            else return std::forward<Make>(make)();
        }();
        r.id = id;
        into_->add(r);
        ++added_;
        return id;
    }

    /// Records added, with a key or without.
    [[nodiscard]] std::size_t size() const noexcept { return added_; }

    /// The dataset the records go to, which must own the text they view (`into().text(name)`).
    [[nodiscard]] dataset& into() noexcept { return *into_; }

private:
    dataset* into_;
    unique_ids ids_;
    std::unordered_map<std::string_view, id_type> keys_;  // views of the dataset's copies of the keys
    std::size_t added_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Implementation

inline std::string unique_ids::take(std::string base) {
    if (base.empty()) base = "x";
    if (used_.insert(base).second) return base;
    std::size_t& n = next_suffix_.try_emplace(base, 2).first->second;
    for (;;) {
        const std::string suffix = "." + std::to_string(n++);
        std::string candidate = base.substr(0, 64 - suffix.size()) + suffix;
        if (used_.insert(candidate).second) return candidate;
    }
}

}  // namespace bilateral
