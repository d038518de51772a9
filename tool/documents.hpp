// SPDX-License-Identifier: BSL-1.0
/// The JSON and PLOVER inputs of the tool's commands: a document read whole into a dataset, its
/// problems listed with their locations, and the notes on what the model or the output cannot hold.
#pragma once
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/core/validate.hpp>
#include <bilateral/io/json_reader.hpp>
#include <bilateral/io/plover_reader.hpp>
#include <bilateral/io/plover_writer.hpp>

namespace bilateral::tool {

/// A document read from JSON or PLOVER: the reader's result, whichever it was.
struct document {
    std::optional<json_read_result> json;
    std::optional<plover_read_result> plover;

    [[nodiscard]] dataset_view view() const { return json ? json->data.view() : plover->data.view(); }
    [[nodiscard]] bool ok() const { return json ? json->ok() : plover->ok(); }
    [[nodiscard]] const std::vector<problem>& problems() const { return json ? json->problems : plover->problems; }
    [[nodiscard]] std::size_t unlisted_problems() const {
        return json ? json->unlisted_problems : plover->unlisted_problems;
    }
};

/// Reads `text` as the library's JSON (`from_plover` false) or as PLOVER in any dialect.
[[nodiscard]] document read_document(std::string_view text, bool from_plover);

/// "IN:3:7: invalid JSON: …" for a problem with a line, "IN: $.events[2].date: …" otherwise.
[[nodiscard]] std::string located(std::string_view label, const problem& p);

/// Every reading problem of `doc`, one line each, and how many were not listed.
void list_problems(std::ostream& to, std::string_view label, const document& doc);

/// What the PLOVER reader saw (records, dialect, framing) and what the model could not hold.
void plover_notes(std::ostream& to, std::string_view label, const plover_read_result& r);

/// What the PLOVER writer left out (events without a type or a date, references written as text).
void plover_write_notes(std::ostream& to, const plover_write_report& report);

}  // namespace bilateral::tool
