// SPDX-License-Identifier: BSL-1.0
// The inputs of a command that reads many files (inputs.hpp): arguments walked and sorted with
// std::filesystem, files identified and sniffed with POSIX calls, archives listed with libzip.
#include "inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bilateral/io/zip.hpp>

namespace bilateral::tool {

namespace {

namespace fs = std::filesystem;

std::string in_quotes(std::string_view path) { return "'" + std::string{path} + "'"; }

/// What an expansion has found so far.
struct expansion {
    std::vector<input_item> items;
    /// Each file taken, by device and inode, with the label it was first reached by.
    std::map<std::pair<std::uint64_t, std::uint64_t>, std::string> seen;
};

/// The first bytes of a regular file, to tell a zip archive by its content, not its name.
bool first_bytes(const std::string& path, std::string& bytes, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = "cannot read " + in_quotes(path) + ": " + system_reason(errno);
        return false;
    }
    char head[4];
    ssize_t got = 0;
    do got = ::read(fd, head, sizeof head);
    while (got < 0 && errno == EINTR);
    const int why = errno;
    ::close(fd);
    if (got < 0) {
        error = "cannot read " + in_quotes(path) + ": " + system_reason(why);
        return false;
    }
    bytes.assign(head, static_cast<std::size_t>(got));
    return true;
}

/// Takes the file at `path`, whose status (links followed) is `s`: one item, or one per member
/// of a zip archive.
bool add_file(const std::string& path, const struct stat& s, expansion& out, std::string& error) {
    const file_identity id{static_cast<std::uint64_t>(s.st_dev), static_cast<std::uint64_t>(s.st_ino)};
    const auto [first, added] = out.seen.try_emplace({id.device, id.inode}, path);
    if (!added) {
        error = in_quotes(path) + " is the same file as " + in_quotes(first->second) +
                ", already an input: its rows would be counted twice";
        return false;
    }
    if (!S_ISREG(s.st_mode)) {  // a pipe or a device: read as it comes, never sniffed (that would consume it)
        out.items.push_back({.label = path, .path = path, .member = std::nullopt, .size = 0, .identity = id});
        return true;
    }
    std::string head;
    if (!first_bytes(path, head, error)) return false;
    if (!zip::looks_like_zip(head)) {
        out.items.push_back(
            {.label = path, .path = path, .member = std::nullopt, .size = static_cast<std::uint64_t>(s.st_size), .identity = id});
        return true;
    }
    const std::optional<zip::archive> archive = zip::archive::open(path, error);
    if (!archive) return false;
    for (std::uint64_t i = 0; i < archive->size(); ++i) {
        const std::optional<zip::member_info> m = archive->member(i);
        if (!m) {
            error = "cannot list member " + std::to_string(i) + " of zip archive " + in_quotes(path);
            return false;
        }
        if (m->directory) continue;
        out.items.push_back({.label = path + ":" + m->name, .path = path, .member = i, .size = m->size, .identity = id});
    }
    return true;
}

bool hidden(const fs::path& p) { return p.filename().native().starts_with('.'); }

/// Walks the directory `dir`, each level in name order.
bool add_directory(const fs::path& dir, expansion& out, std::string& error) {
    std::vector<fs::path> names;
    std::error_code ec;
    for (fs::directory_iterator it{dir, ec}, end; !ec && it != end; it.increment(ec))
        if (!hidden(it->path())) names.push_back(it->path());
    if (ec) {
        error = "cannot read directory " + in_quotes(dir.string()) + ": " + ec.message();
        return false;
    }
    std::sort(names.begin(), names.end());
    for (const fs::path& p : names) {
        const std::string path = p.string();
        struct stat s {};
        if (::lstat(path.c_str(), &s) != 0) {
            error = "cannot read " + in_quotes(path) + ": " + system_reason(errno);
            return false;
        }
        if (S_ISLNK(s.st_mode)) {
            // A link to a file is that file; a link to a directory is not followed (it may loop),
            // and a dangling link names nothing to read.
            if (::stat(path.c_str(), &s) != 0 || !S_ISREG(s.st_mode)) continue;
            if (!add_file(path, s, out, error)) return false;
        } else if (S_ISDIR(s.st_mode)) {
            if (!add_directory(p, out, error)) return false;
        } else if (S_ISREG(s.st_mode)) {
            if (!add_file(path, s, out, error)) return false;
        }
        // Pipes, sockets and devices met in a walk are not inputs: only named ones are.
    }
    return true;
}

}  // namespace

std::optional<std::vector<input_item>> expand_inputs(std::span<const std::string> arguments, const streams& io,
                                                     std::string& error) {
    if (arguments.empty()) {
        error = "no input given (files, directories, or '-' for standard input)";
        return std::nullopt;
    }
    if (std::find(arguments.begin(), arguments.end(), "-") != arguments.end()) {
        if (arguments.size() != 1) {
            error = "'-' (standard input) can only be the only input";
            return std::nullopt;
        }
        input_item in{.label = "<stdin>", .path = "", .member = std::nullopt, .size = 0, .identity = std::nullopt};
        struct stat s {};
        if (io.in_fd >= 0 && ::fstat(io.in_fd, &s) == 0 && S_ISREG(s.st_mode))
            in.identity = file_identity{static_cast<std::uint64_t>(s.st_dev), static_cast<std::uint64_t>(s.st_ino)};
        return std::vector<input_item>{std::move(in)};
    }
    expansion out;
    for (const std::string& argument : arguments) {
        struct stat s {};
        if (argument.empty() || ::stat(argument.c_str(), &s) != 0) {
            error = "cannot read " + in_quotes(argument) + ": " + system_reason(argument.empty() ? ENOENT : errno);
            return std::nullopt;
        }
        const bool ok = S_ISDIR(s.st_mode) ? add_directory(fs::path{argument}, out, error) : add_file(argument, s, out, error);
        if (!ok) return std::nullopt;
    }
    return std::move(out.items);
}

}  // namespace bilateral::tool
