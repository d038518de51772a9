// SPDX-License-Identifier: BSL-1.0
/// The inputs of a command that reads many files: FILE|DIR arguments expanded, before any work
/// starts, into a fixed list of items (files, and members of zip archives), each of which a worker
/// thread can open on its own with `input::open(item, …)` (files.hpp).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "files.hpp"
#include "streams.hpp"

namespace bilateral::tool {

/// Expands the FILE|DIR arguments of a command into its inputs, in a fixed order; nothing, with the
/// reason in `error`, if any argument cannot be used (then no work should start: exit 2).
///
/// - A file is one item, whatever its name. A regular file that begins like a zip archive
///   ("PK\3\4" or "PK\5\6") is one item per member that is not a directory entry, in archive
///   order; a file named ".zip" that is not one is read as a plain file.
/// - A directory is walked recursively, each level sorted by name (bytes), so the order never
///   depends on the file system. Names starting with '.' are skipped, files and directories
///   alike: hidden files, and the temporary files `output` writes (".OUT.bilateral-XXXXXX").
///   Only regular files (or links to them) are taken; symbolic links to directories inside a
///   walked directory are not followed, so a link loop cannot make the walk endless (name such a
///   directory as an argument to read it).
/// - "-" is standard input, allowed only as the only argument.
/// - The same file reached twice (named twice, or inside a directory also named) is an error: it
///   would be counted twice.
/// - Errors: no argument, a missing or unreadable path, an unreadable directory, a broken archive;
///   each message names the path.
///
/// OUT must be opened after this (`output::open_for` with the items), so that a new OUT inside an
/// input directory is not read, and an existing one that is among the items is refused.
[[nodiscard]] std::optional<std::vector<input_item>> expand_inputs(std::span<const std::string> arguments,
                                                                   const streams& io, std::string& error);

}  // namespace bilateral::tool
