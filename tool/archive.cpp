// SPDX-License-Identifier: BSL-1.0
// `bilateral archive check --list masterfilelist.txt [--kind K] [--since DATE] [--until DATE]
// [--missing-urls] DIR`: a local GDELT archive against GDELT's master file list.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <tuple>
#include <vector>

#include <fcntl.h>
#include <md5.h>  // libmd
#include <unistd.h>

#include <bilateral/io/gdelt/masterfilelist.hpp>

#include "commands.hpp"
#include "files.hpp"

namespace bilateral::tool {

namespace {

struct archive_arguments {
    std::string list;
    std::string kind = "export";
    std::optional<std::string> since, until;
    bool missing_urls = false;
    std::string dir;
};

/// The MD5 of a file as 32 lower-case hexadecimal digits, or nullopt with the system's reason.
std::optional<std::string> md5_of(const std::filesystem::path& path, std::string& why) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        why = system_reason(errno);
        return std::nullopt;
    }
    MD5_CTX context;
    MD5Init(&context);
    const auto buffer = std::make_unique<unsigned char[]>(1 << 20);
    while (true) {
        const ssize_t got = ::read(fd, buffer.get(), 1 << 20);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            why = system_reason(errno);
            ::close(fd);
            return std::nullopt;
        }
        if (got == 0) break;
        MD5Update(&context, buffer.get(), static_cast<std::size_t>(got));
    }
    ::close(fd);
    char hex[MD5_DIGEST_STRING_LENGTH];
    MD5End(&context, hex);
    return std::string{hex};
}

/// The next line of `in` into `line`, at most `limit` bytes of it (the rest of a longer line is
/// skipped and `too_long` set), so that a list without line ends cannot fill memory. A line of
/// more than `give_up` bytes ends the reading with `endless` set: /dev/zero is not a list.
bool next_line(std::istream& in, std::string& line, std::size_t limit, std::size_t give_up, bool& too_long,
               bool& endless) {
    line.clear();
    too_long = false;
    std::size_t length = 0;
    std::streambuf* buffer = in.rdbuf();
    for (int c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
        if (c == '\n') return true;
        if (++length > give_up) {
            endless = true;
            return false;
        }
        if (line.size() < limit) line += static_cast<char>(c);
        else too_long = true;
    }
    return length != 0;
}

/// The files under `dir` by name (hidden names skipped, links to directories not followed).
std::optional<std::map<std::string, std::vector<std::filesystem::path>>> local_files(const std::string& dir,
                                                                                     std::string& error) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        error = "'" + dir + "' is not a directory";
        return std::nullopt;
    }
    std::map<std::string, std::vector<std::filesystem::path>> files;
    std::filesystem::recursive_directory_iterator it{dir, ec}, end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with('.')) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec)) files[name].push_back(it->path());
    }
    if (ec) {
        error = "cannot read the directory '" + dir + "': " + ec.message();
        return std::nullopt;
    }
    return files;
}

/// Consecutive numbers as ranges: "2019-01-21 22:15 to 22:45 (3)".
std::vector<std::string> ranges_of(const std::vector<std::int64_t>& missing, bool quarter_hours) {
    std::vector<std::string> out;
    const auto text = [&](std::int64_t v) {
        if (quarter_hours) return gdelt::quarter_hour_text(v);
        return gdelt::quarter_hour_text(v * 96).substr(0, 10);
    };
    for (std::size_t i = 0; i < missing.size();) {
        std::size_t j = i;
        while (j + 1 < missing.size() && missing[j + 1] == missing[j] + 1) ++j;
        const std::size_t n = j - i + 1;
        out.push_back(n == 1 ? text(missing[i])
                             : text(missing[i]) + " to " + text(missing[j]) + " (" + std::to_string(n) + ")");
        i = j + 1;
    }
    return out;
}

int archive_check(const archive_arguments& a, const streams& io) {
    const char* const command = "archive check";
    std::optional<date> since, until;
    for (const auto& [text, d, name] : {std::tuple{&a.since, &since, "--since"}, std::tuple{&a.until, &until, "--until"}}) {
        if (!*text) continue;
        *d = date::parse(**text);
        if (!*d) return usage_error(io, command, std::string{name} + " takes a date YYYY-MM-DD, YYYY-MM or YYYY; got '" + **text + "'");
    }

    std::string error;
    std::optional<input> list = input::open(a.list, io, error);
    if (!list) return run_error(io, command, error);
    const std::optional<std::map<std::string, std::vector<std::filesystem::path>>> local = local_files(a.dir, error);
    if (!local) return run_error(io, command, error);

    // The listed files of the kind and dates asked for, by stamp then name.
    struct wanted {
        gdelt::file_stamp stamp;
        std::string name, url, md5;
        std::uint64_t size;
    };
    std::vector<wanted> files;
    std::uint64_t line_number = 0, bad_lines = 0;
    std::ostream& report = a.missing_urls ? *io.err : *io.out;
    std::string line, why;
    constexpr std::size_t longest_line = 4096;  // a real line is under 200 bytes
    bool too_long = false, endless = false;
    while (next_line(list->stream(), line, longest_line, std::size_t{1} << 20, too_long, endless)) {
        ++line_number;
        std::optional<gdelt::listed_file> f;
        if (too_long) why = "the line is longer than " + std::to_string(longest_line) + " bytes";
        else f = gdelt::parse_listed_file(line, why);
        if (!f) {
            if (++bad_lines <= 10) *io.err << "bilateral " << command << ": " << list->label() << ":" << line_number << ": " << why << '\n';
            continue;
        }
        const std::optional<gdelt::file_stamp> stamp = gdelt::stamp_of(f->name());
        if (!stamp || (a.kind != "all" && stamp->kind != a.kind)) continue;
        if (since && compare(stamp->day, since->first_day()) == std::partial_ordering::less) continue;
        if (until && compare(stamp->day, until->last_day()) == std::partial_ordering::greater) continue;
        files.push_back({*stamp, std::string{f->name()}, std::string{f->url}, std::string{f->md5}, f->size});
    }
    if (endless)
        return run_error(io, command, "'" + list->label() + "' has a line of more than 1 MiB after line " +
                                          std::to_string(line_number) + ": not a master file list");
    if (const std::string failure = list->read_failure(); !failure.empty())
        return run_error(io, command, "cannot read '" + list->label() + "' after line " + std::to_string(line_number) + ": " + failure);
    std::sort(files.begin(), files.end(), [](const wanted& x, const wanted& y) {
        return std::tuple{x.stamp.day.year(), x.stamp.day.month(), x.stamp.day.day(), x.stamp.minute_of_day, x.name} <
               std::tuple{y.stamp.day.year(), y.stamp.day.month(), y.stamp.day.day(), y.stamp.minute_of_day, y.name};
    });

    std::uint64_t good = 0, missing = 0, wrong_size = 0, wrong_md5 = 0, unreadable = 0;
    std::vector<std::string> problems, urls;
    for (const wanted& w : files) {
        const auto found = local->find(w.name);
        if (found == local->end()) {
            ++missing;
            problems.push_back("missing: " + w.name);
            urls.push_back(w.url);
            continue;
        }
        if (found->second.size() > 1) problems.push_back("found twice: " + w.name + " (the first is checked)");
        const std::filesystem::path& path = found->second.front();
        std::error_code ec;
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (ec) {
            ++unreadable;
            problems.push_back("unreadable: " + path.string() + ": " + ec.message());
            continue;
        }
        if (size != w.size) {
            ++wrong_size;
            problems.push_back("wrong size: " + path.string() + " (" + std::to_string(size) + " bytes, listed " +
                               std::to_string(w.size) + ")");
            urls.push_back(w.url);
            continue;
        }
        const std::optional<std::string> md5 = md5_of(path, why);
        if (!md5) {
            ++unreadable;
            problems.push_back("unreadable: " + path.string() + ": " + why);
            continue;
        }
        if (*md5 != w.md5) {
            ++wrong_md5;
            problems.push_back("wrong checksum: " + path.string() + " (MD5 " + *md5 + ", listed " + w.md5 + ")");
            urls.push_back(w.url);
            continue;
        }
        ++good;
    }

    // Gaps in the series: quarter-hours (GDELT 2.0) or days (1.0 daily) of the range that the list
    // has no file for. The range is --since..--until, else the first to the last file listed.
    std::vector<std::int64_t> gaps;
    bool quarter_hours = true;
    if (!files.empty()) {
        quarter_hours = files.front().stamp.minute_of_day >= 0;
        const std::int64_t per_day = quarter_hours ? 96 : 1;
        std::vector<std::int64_t> have;
        for (const wanted& w : files)
            if ((w.stamp.minute_of_day >= 0) == quarter_hours)
                have.push_back(quarter_hours ? w.stamp.quarter_hour() : w.stamp.quarter_hour() / 96);
        std::sort(have.begin(), have.end());
        have.erase(std::unique(have.begin(), have.end()), have.end());
        const auto day_index = [&](date d) { return gdelt::file_stamp{.day = d, .minute_of_day = 0}.quarter_hour() / 96 * per_day; };
        const std::int64_t first = since ? day_index(since->first_day()) : have.front();
        const std::int64_t last = until ? day_index(until->last_day()) + per_day - 1 : have.back();
        for (std::int64_t t = first, i = 0; t <= last; ++t) {
            while (i < static_cast<std::int64_t>(have.size()) && have[static_cast<std::size_t>(i)] < t) ++i;
            if (i == static_cast<std::int64_t>(have.size()) || have[static_cast<std::size_t>(i)] != t) gaps.push_back(t);
        }
    }

    report << "bilateral " << command << ": " << files.size() << " files listed of kind " << a.kind;
    if (!files.empty()) report << ", " << files.front().stamp.text() << " to " << files.back().stamp.text();
    report << ": " << good << " good, " << missing << " missing, " << wrong_size << " of the wrong size, " << wrong_md5
           << " with the wrong checksum";
    if (unreadable != 0) report << ", " << unreadable << " unreadable";
    report << '\n';
    for (const std::string& p : problems) report << "  " << p << '\n';
    if (!gaps.empty()) {
        report << "  the list has no file for " << gaps.size() << (quarter_hours ? " quarter-hour" : " day")
               << (gaps.size() == 1 ? "" : "s") << " of the range:";
        for (const std::string& r : ranges_of(gaps, quarter_hours)) report << ' ' << r << ';';
        report << '\n';
    }
    if (bad_lines != 0) report << "  " << bad_lines << " line" << (bad_lines == 1 ? "" : "s") << " of the list could not be read\n";
    if (a.missing_urls)
        for (const std::string& u : urls) *io.out << u << '\n';
    if (unreadable != 0) return exit_usage;
    return missing + wrong_size + wrong_md5 + gaps.size() + bad_lines == 0 ? exit_ok : exit_data;
}

}  // namespace

command add_archive_check(CLI::App& tool) {
    auto a = std::make_shared<archive_arguments>();
    CLI::App* archive = tool.add_subcommand("archive", "A local archive of GDELT files");
    archive->require_subcommand(1, 1);
    CLI::App* app = archive->add_subcommand("check", "Check a folder of GDELT files against GDELT's master file list");
    app->footer(
        "Lists the files of the master file list (lines 'SIZE MD5 URL') of the kind and dates asked for\n"
        "that are missing from DIR (walked, hidden names skipped), of the wrong size, or whose MD5 differs;\n"
        "and the quarter-hours (GDELT 2.0) or days (1.0) of the range that the list has no file for.\n"
        "Exit 0 when all is well, 1 when something is missing or wrong.");
    app->add_option("--list", a->list, "masterfilelist.txt (or a copy of the part you need)")->required();
    app->add_option("--kind", a->kind, "the files to check: export (default), mentions, gkg or all");
    app->add_option("--since", a->since, "only files of this date or later (YYYY-MM-DD, YYYY-MM or YYYY)");
    app->add_option("--until", a->until, "only files of this date or earlier");
    app->add_flag("--missing-urls", a->missing_urls,
                  "print the URLs to fetch again (missing, wrong size or checksum) on stdout, one per line, "
                  "for wget -i or curl; the report goes to stderr");
    app->add_option("DIR", a->dir, "the folder of GDELT files")->required();
    return {app, [a](const streams& io) { return archive_check(*a, io); }};
}

}  // namespace bilateral::tool
