// SPDX-License-Identifier: BSL-1.0
/// Reads the members of zip archives (as GDELT and ICEWS publish their files) as streams, without
/// unpacking them to disk.
// Reads with libzip: link the target bilateral::zip. Not part of <bilateral/bilateral.hpp>.
//
// libzip rather than minizip or libarchive: it is zip-specific (members by index, sizes from the
// central directory before anything is read), it streams a member in chunks with `zip_fread`, so
// memory stays bounded whatever the member's size, and it checks each member's CRC itself.
//
// Errors are values, never exceptions: `archive::open` returns nothing and says why in `error`,
// and a member's stream buffer keeps the first failure as `error()` and then ends as at the end of
// the member, so that a reader reports it with the line it had reached. A `zip_t` is not safe to
// share between threads: open one `archive` per thread (opening reads only the central directory).
// libzip declares a global `struct zip`: spell this namespace `bilateral::zip` (or alias it) where
// `using namespace bilateral` is in force, or `zip::` is ambiguous.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <istream>
#include <memory>
#include <new>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>

#include <zip.h>

namespace bilateral::zip {

/// What an archive holds at one index, from its central directory.
struct member_info {
    std::uint64_t index = 0;
    std::string name;                  ///< as stored, e.g. "20141124.export.CSV" or "dir/"
    std::uint64_t size = 0;            ///< uncompressed bytes
    std::uint64_t compressed_size = 0;
    bool directory = false;            ///< a directory entry (its name ends with '/'), which holds no data
};

/// A zip archive opened read-only. Move-only; closing discards nothing, as nothing is written.
class archive {
public:
    /// Opens the archive at `path` and checks that its central directory agrees with the local
    /// headers; nothing, with "cannot open zip archive '<path>': <libzip's reason>" in `error`,
    /// when it is missing, unreadable, not a zip archive or broken.
    [[nodiscard]] static std::optional<archive> open(const std::string& path, std::string& error);

    archive(archive&& other) noexcept : handle_{std::exchange(other.handle_, nullptr)}, path_{std::move(other.path_)} {}
    archive& operator=(archive&& other) noexcept {
        if (this != &other) {
            close();
            handle_ = std::exchange(other.handle_, nullptr);
            path_ = std::move(other.path_);
        }
        return *this;
    }
    archive(const archive&) = delete;
    archive& operator=(const archive&) = delete;
    ~archive() { close(); }

    /// The path the archive was opened from.
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    /// The number of members, directory entries included.
    [[nodiscard]] std::uint64_t size() const noexcept;
    /// The member at `index`, or nothing when `index >= size()`.
    [[nodiscard]] std::optional<member_info> member(std::uint64_t index) const;
    /// The libzip handle, for what this class does not cover.
    [[nodiscard]] zip_t* handle() const noexcept { return handle_; }

private:
    archive(zip_t* handle, std::string path) noexcept : handle_{handle}, path_{std::move(path)} {}
    void close() noexcept {
        if (handle_ != nullptr) zip_discard(handle_);
        handle_ = nullptr;
    }
    zip_t* handle_ = nullptr;
    std::string path_;
};

/// A stream buffer over one member of an archive, read in chunks of `chunk_size` bytes (straight
/// into the caller's memory for larger reads). It never throws: the first failure (libzip's reason:
/// a CRC error, corrupt compressed data, a member shorter than its directory entry says) is kept
/// as `error()`, and reading then ends as at the end of the member. The archive must outlive it.
class member_buffer : public std::streambuf {
public:
    static constexpr std::size_t chunk_size = 256 * 1024;

    member_buffer(const archive& from, std::uint64_t index) noexcept;
    ~member_buffer() override {
        if (file_ != nullptr) zip_fclose(file_);
    }
    member_buffer(const member_buffer&) = delete;
    member_buffer& operator=(const member_buffer&) = delete;

    /// True once reading has failed.
    [[nodiscard]] bool failed() const noexcept { return zip_code_ != ZIP_ER_OK || short_; }
    /// Why reading failed ("CRC error", "Zlib error: data error"), or "" if it did not.
    [[nodiscard]] std::string error() const;
    /// The member's bytes delivered so far.
    [[nodiscard]] std::uint64_t bytes_read() const noexcept { return delivered_ - static_cast<std::uint64_t>(egptr() - gptr()); }

protected:
    int_type underflow() override;
    std::streamsize xsgetn(char* s, std::streamsize n) override;

private:
    /// One zip_fread into `to`: the bytes read, 0 at the end or after a failure (kept).
    std::size_t read_some(char* to, std::size_t n) noexcept;
    void fail(const zip_error_t* e) noexcept {
        zip_code_ = zip_error_code_zip(e);
        system_code_ = zip_error_code_system(e);
        if (zip_code_ == ZIP_ER_OK) zip_code_ = ZIP_ER_INTERNAL;
    }

    zip_file_t* file_ = nullptr;
    std::uint64_t expected_ = 0;   // the uncompressed size in the central directory
    std::uint64_t delivered_ = 0;  // bytes read from libzip so far
    int zip_code_ = ZIP_ER_OK;
    int system_code_ = 0;
    bool short_ = false;           // libzip ended the member before `expected_` bytes
    std::unique_ptr<char[]> chunk_;
};

/// An input stream over one member of an archive (the archive must outlive it).
class member_stream : public std::istream {
public:
    member_stream(const archive& from, std::uint64_t index) noexcept : std::istream{nullptr}, buffer_{from, index} {
        rdbuf(&buffer_);
    }
    [[nodiscard]] const member_buffer& buffer() const noexcept { return buffer_; }
    /// Why reading failed, or "" if it did not (`member_buffer::error`).
    [[nodiscard]] std::string error() const { return buffer_.error(); }

private:
    member_buffer buffer_;
};

/// True if `first_bytes` (at least the first four bytes of a file) begin like a zip archive:
/// a local file header "PK\3\4", or "PK\5\6", the end record of an empty archive.
[[nodiscard]] constexpr bool looks_like_zip(std::string_view first_bytes) noexcept {
    return first_bytes.starts_with(std::string_view{"PK\x03\x04", 4}) || first_bytes.starts_with(std::string_view{"PK\x05\x06", 4});
}

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail {

/// libzip's words for an error code pair.
inline std::string zip_reason(int zip_code, int system_code) {
    zip_error_t e;
    zip_error_init(&e);
    zip_error_set(&e, zip_code, system_code);
    std::string reason = zip_error_strerror(&e);
    zip_error_fini(&e);
    return reason;
}

/// The first bytes of the file at `path` (fewer if it is shorter; none if it cannot be read).
inline std::string first_bytes(const std::string& path, std::size_t n) {
    std::string bytes(n, '\0');
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return {};
    bytes.resize(std::fread(bytes.data(), 1, n, f));
    std::fclose(f);
    return bytes;
}

}  // namespace detail

inline std::optional<archive> archive::open(const std::string& path, std::string& error) {
    // Through a file source rather than zip_open, so that a failure keeps the system's reason too.
    zip_error_t e;
    zip_error_init(&e);
    zip_t* handle = nullptr;
    if (zip_source_t* source = zip_source_file_create(path.c_str(), 0, -1, &e); source != nullptr) {
        handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &e);
        if (handle == nullptr) zip_source_free(source);
    }
    if (handle == nullptr) {
        const int code = zip_error_code_zip(&e);
        error = "cannot open zip archive '" + path + "': " + zip_error_strerror(&e);
        zip_error_fini(&e);
        // An archive cut short loses its central directory, at the end: libzip then sees no zip at all.
        if (code == ZIP_ER_NOZIP && looks_like_zip(detail::first_bytes(path, 4)))
            error += " (it begins like one, but its central directory is missing: truncated?)";
        return std::nullopt;
    }
    zip_error_fini(&e);
    return archive{handle, path};
}

inline std::uint64_t archive::size() const noexcept {
    const zip_int64_t n = handle_ == nullptr ? 0 : zip_get_num_entries(handle_, 0);
    return n < 0 ? 0 : static_cast<std::uint64_t>(n);
}

inline std::optional<member_info> archive::member(std::uint64_t index) const {
    if (index >= size()) return std::nullopt;
    zip_stat_t s;
    zip_stat_init(&s);
    if (zip_stat_index(handle_, index, 0, &s) != 0) return std::nullopt;
    member_info m;
    m.index = index;
    if ((s.valid & ZIP_STAT_NAME) != 0 && s.name != nullptr) m.name = s.name;
    if ((s.valid & ZIP_STAT_SIZE) != 0) m.size = s.size;
    if ((s.valid & ZIP_STAT_COMP_SIZE) != 0) m.compressed_size = s.comp_size;
    m.directory = !m.name.empty() && m.name.back() == '/';
    return m;
}

inline member_buffer::member_buffer(const archive& from, std::uint64_t index) noexcept {
    if (from.handle() == nullptr) {
        zip_code_ = ZIP_ER_INVAL;
        return;
    }
    zip_stat_t s;
    zip_stat_init(&s);
    if (zip_stat_index(from.handle(), index, 0, &s) != 0) {
        fail(zip_get_error(from.handle()));
        return;
    }
    expected_ = (s.valid & ZIP_STAT_SIZE) != 0 ? s.size : 0;
    file_ = zip_fopen_index(from.handle(), index, 0);
    if (file_ == nullptr) fail(zip_get_error(from.handle()));
}

inline std::string member_buffer::error() const {
    if (zip_code_ != ZIP_ER_OK) return detail::zip_reason(zip_code_, system_code_);
    if (short_)
        return "the member ended after " + std::to_string(delivered_) + " of its " + std::to_string(expected_) + " bytes";
    return {};
}

inline std::size_t member_buffer::read_some(char* to, std::size_t n) noexcept {
    if (file_ == nullptr || failed() || n == 0) return 0;
    const zip_int64_t got = zip_fread(file_, to, n);
    if (got < 0) {
        fail(zip_file_get_error(file_));
        return 0;
    }
    if (got == 0) {
        // libzip checks the CRC at the end; the size check also catches a member cut short.
        if (delivered_ != expected_) short_ = true;
        return 0;
    }
    delivered_ += static_cast<std::uint64_t>(got);
    return static_cast<std::size_t>(got);
}

inline member_buffer::int_type member_buffer::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!chunk_) {
        chunk_.reset(new (std::nothrow) char[chunk_size]);
        if (!chunk_) {
            zip_code_ = ZIP_ER_MEMORY;
            return traits_type::eof();
        }
    }
    const std::size_t got = read_some(chunk_.get(), chunk_size);
    if (got == 0) return traits_type::eof();
    setg(chunk_.get(), chunk_.get(), chunk_.get() + got);
    return traits_type::to_int_type(*gptr());
}

inline std::streamsize member_buffer::xsgetn(char* s, std::streamsize n) {
    if (n <= 0) return 0;
    std::streamsize done = std::min<std::streamsize>(n, egptr() - gptr());
    if (done > 0) {
        std::memcpy(s, gptr(), static_cast<std::size_t>(done));
        gbump(static_cast<int>(done));
    }
    while (done < n) {
        const std::size_t got = read_some(s + done, static_cast<std::size_t>(n - done));
        if (got == 0) break;
        done += static_cast<std::streamsize>(got);
    }
    return done;
}

}  // namespace bilateral::zip
