// SPDX-License-Identifier: BSL-1.0
// Reading and writing the tool's files (files.hpp), on POSIX calls, so that every failure has the
// system's reason and none becomes an exception.
#include "files.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <new>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bilateral::tool {

namespace {

constexpr std::size_t buffer_size = 64 * 1024;

file_identity identity_of(const struct stat& s) {
    return {static_cast<std::uint64_t>(s.st_dev), static_cast<std::uint64_t>(s.st_ino)};
}

std::string in_quotes(std::string_view path) { return "'" + std::string{path} + "'"; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// fd_buffer

fd_buffer::~fd_buffer() = default;

fd_buffer::int_type fd_buffer::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (error_ != 0) return traits_type::eof();
    if (!get_area_) get_area_ = std::make_unique<char[]>(buffer_size);
    for (;;) {
        const ssize_t got = ::read(fd_, get_area_.get(), buffer_size);
        if (got > 0) {
            setg(get_area_.get(), get_area_.get(), get_area_.get() + got);
            return traits_type::to_int_type(*gptr());
        }
        if (got == 0) return traits_type::eof();
        if (errno == EINTR) continue;
        error_ = errno;
        return traits_type::eof();
    }
}

std::streamsize fd_buffer::xsgetn(char* s, std::streamsize n) {
    // What is buffered first, then large reads straight into the caller's memory.
    std::streamsize done = 0;
    const std::streamsize buffered = std::min<std::streamsize>(n, egptr() - gptr());
    if (buffered > 0) {
        std::memcpy(s, gptr(), static_cast<std::size_t>(buffered));
        gbump(static_cast<int>(buffered));
        done = buffered;
    }
    while (done < n && error_ == 0) {
        const ssize_t got = ::read(fd_, s + done, static_cast<std::size_t>(n - done));
        if (got > 0) {
            done += got;
            continue;
        }
        if (got == 0) break;
        if (errno == EINTR) continue;
        error_ = errno;
    }
    return done;
}

bool fd_buffer::write_all(const char* data, std::size_t size) noexcept {
    if (error_ != 0) return false;
    while (size != 0) {
        const ssize_t put = ::write(fd_, data, size);
        if (put < 0) {
            if (errno == EINTR) continue;
            error_ = errno;
            return false;
        }
        if (put == 0) {  // a write that makes no progress: treat as a full device
            error_ = ENOSPC;
            return false;
        }
        data += put;
        size -= static_cast<std::size_t>(put);
    }
    return true;
}

bool fd_buffer::flush_put_area() noexcept {
    if (pbase() == nullptr) return error_ == 0;
    const bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(pbase(), epptr());
    return ok;
}

fd_buffer::int_type fd_buffer::overflow(int_type c) {
    if (!put_area_) {
        put_area_ = std::make_unique<char[]>(buffer_size);
        setp(put_area_.get(), put_area_.get() + buffer_size);
    } else if (!flush_put_area()) {
        return traits_type::eof();
    }
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

std::streamsize fd_buffer::xsputn(const char* s, std::streamsize n) {
    if (n <= 0) return 0;
    if (put_area_ && n <= epptr() - pptr()) {
        std::memcpy(pptr(), s, static_cast<std::size_t>(n));
        pbump(static_cast<int>(n));
        return n;
    }
    if (!flush_put_area()) return 0;
    if (static_cast<std::size_t>(n) >= buffer_size) return write_all(s, static_cast<std::size_t>(n)) ? n : 0;
    if (overflow(traits_type::eof()) == traits_type::eof()) return 0;
    std::memcpy(pptr(), s, static_cast<std::size_t>(n));
    pbump(static_cast<int>(n));
    return n;
}

int fd_buffer::sync() { return flush_put_area() ? 0 : -1; }

std::string system_reason(int error_number) { return std::strerror(error_number); }

// ---------------------------------------------------------------------------------------------
// input

std::optional<input> input::open(std::optional<std::string_view> path, const streams& io, std::string& error) {
    input in;
    if (!path || *path == "-") {
        in.stream_ = io.in;
        if (io.in_fd >= 0) {
            struct stat s {};
            if (::fstat(io.in_fd, &s) != 0) {
                error = errno == EBADF ? "standard input is closed" : "cannot read <stdin>: " + system_reason(errno);
                return std::nullopt;
            }
            if (S_ISDIR(s.st_mode)) {
                error = "standard input is a directory";
                return std::nullopt;
            }
            if (S_ISREG(s.st_mode)) in.identity_ = identity_of(s);
        }
        return in;
    }
    in.label_ = std::string{*path};
    const int fd = ::open(in.label_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = "cannot read " + in_quotes(in.label_) + ": " + system_reason(errno);
        return std::nullopt;
    }
    in.buffer_ = std::make_unique<fd_buffer>(fd);  // closed with `in`, on success or not
    struct stat s {};
    if (::fstat(fd, &s) != 0) {
        error = "cannot read " + in_quotes(in.label_) + ": " + system_reason(errno);
        return std::nullopt;
    }
    if (S_ISDIR(s.st_mode)) {
        error = "cannot read " + in_quotes(in.label_) + ": it is a directory";
        return std::nullopt;
    }
    in.identity_ = identity_of(s);
    in.owned_ = std::make_unique<std::istream>(in.buffer_.get());
    in.stream_ = in.owned_.get();
    return in;
}

std::optional<input> input::open(const input_item& item, const streams& io, std::string& error) {
    if (item.path.empty()) return open(std::nullopt, io, error);
    if (!item.member) {
        std::optional<input> in = open(std::string_view{item.path}, io, error);
        if (in) in->label_ = item.label;
        return in;
    }
    // Its own handle on the archive: libzip handles are not to be shared between threads.
    input in;
    in.label_ = item.label;
    std::optional<zip::archive> archive = zip::archive::open(item.path, error);
    if (!archive) return std::nullopt;
    in.archive_ = std::make_unique<zip::archive>(std::move(*archive));
    in.member_ = std::make_unique<zip::member_stream>(*in.archive_, *item.member);
    if (in.member_->buffer().failed()) {  // e.g. an encrypted member, or an unknown compression method
        error = "cannot read " + in_quotes(in.label_) + ": " + in.member_->error();
        return std::nullopt;
    }
    in.identity_ = item.identity;
    in.member_size_ = item.size;
    in.stream_ = in.member_.get();
    return in;
}

input::~input() {
    if (buffer_) ::close(buffer_->fd());
}

std::string input::read_failure() const {
    if (member_ && member_->buffer().failed()) return member_->error();
    const std::streambuf* source = source_ != nullptr ? source_ : stream_->rdbuf();
    if (const auto* b = dynamic_cast<const fd_buffer*>(source); b != nullptr && b->error() != 0)
        return system_reason(b->error());
    if (stream_->bad()) return "the stream failed";
    return {};
}

namespace {

/// Bytes already read from a stream, then the rest of it: reading after `input::head` starts
/// from the beginning again.
class replay_buffer final : public std::streambuf {
public:
    replay_buffer(std::string head, std::streambuf* rest) : head_{std::move(head)}, rest_{rest} {
        setg(head_.data(), head_.data(), head_.data() + head_.size());
    }
    [[nodiscard]] std::string_view head() const noexcept { return head_; }

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        const std::streamsize got = rest_->sgetn(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
        if (got <= 0) return traits_type::eof();
        setg(chunk_.data(), chunk_.data(), chunk_.data() + got);
        return traits_type::to_int_type(*gptr());
    }
    std::streamsize xsgetn(char* to, std::streamsize n) override {
        // What is buffered first, then straight from the rest: no copy through the chunk.
        const std::streamsize buffered = std::min<std::streamsize>(n, egptr() - gptr());
        std::copy_n(gptr(), buffered, to);
        gbump(static_cast<int>(buffered));
        if (buffered == n) return n;
        const std::streamsize got = rest_->sgetn(to + buffered, n - buffered);
        return buffered + std::max<std::streamsize>(got, 0);
    }

private:
    std::string head_;
    std::streambuf* rest_;
    std::array<char, 64 * 1024> chunk_{};
};

}  // namespace

std::string_view input::head(std::size_t n) {
    std::streambuf* source = stream_->rdbuf();
    std::string bytes(n, '\0');
    const std::streamsize got = source->sgetn(bytes.data(), static_cast<std::streamsize>(n));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(got, 0)));
    source_ = source;
    replay_ = std::make_unique<replay_buffer>(std::move(bytes), source);
    replayed_ = std::make_unique<std::istream>(replay_.get());
    stream_ = replayed_.get();
    return static_cast<const replay_buffer*>(replay_.get())->head();
}

std::optional<std::string> input::read_whole(std::size_t limit, std::string& error) {
    const auto too_large = [&] {
        error = in_quotes(label_) + " is larger than " +
                (limit % (1 << 30) == 0   ? std::to_string(limit >> 30) + " GiB"
                 : limit % (1 << 20) == 0 ? std::to_string(limit >> 20) + " MiB"
                                          : std::to_string(limit) + " bytes") +
                ", the most the tool holds in memory for a format it parses whole (JSON, PLOVER, ICEWS, POLECAT, Phoenix, "
                "GDELT as CSV)";
    };
    std::string text;
    try {
        if (buffer_) {
            struct stat s {};
            if (::fstat(buffer_->fd(), &s) == 0 && S_ISREG(s.st_mode)) {
                if (static_cast<std::uint64_t>(s.st_size) > limit) {
                    too_large();
                    return std::nullopt;
                }
                text.reserve(static_cast<std::size_t>(s.st_size));
            }
        } else if (member_) {
            if (member_size_ > limit) {
                too_large();
                return std::nullopt;
            }
            text.reserve(static_cast<std::size_t>(member_size_));
        }
        std::streambuf* from = stream_->rdbuf();
        std::size_t size = text.size();
        for (;;) {
            const std::size_t chunk = std::min<std::size_t>(buffer_size * 16, limit + 1 - size);
            text.resize(size + chunk);
            const auto got = static_cast<std::size_t>(from->sgetn(text.data() + size, static_cast<std::streamsize>(chunk)));
            size += got;
            if (size > limit) {
                too_large();
                return std::nullopt;
            }
            if (got < chunk) break;
        }
        text.resize(size);
    } catch (const std::bad_alloc&) {
        error = "out of memory reading " + in_quotes(label_) + " (" + std::to_string(text.size() >> 20) + " MiB read)";
        return std::nullopt;
    } catch (const std::exception& e) {  // a stream buffer of the caller's that throws
        error = "cannot read " + in_quotes(label_) + ": " + e.what();
        return std::nullopt;
    }
    if (const std::string why = read_failure(); !why.empty()) {
        error = "cannot read " + in_quotes(label_) + ": " + why;
        return std::nullopt;
    }
    return text;
}

// ---------------------------------------------------------------------------------------------
// output

std::optional<output> output::open(std::optional<std::string_view> path, const streams& io,
                                   std::span<const input* const> inputs, std::string& error) {
    return open_checked(path, io, [&](const file_identity& id) -> const std::string* {
        for (const input* in : inputs)
            if (in != nullptr && in->identity() == id) return &in->label();
        return nullptr;
    }, error);
}

std::optional<output> output::open_for(std::optional<std::string_view> path, const streams& io,
                                       std::span<const input_item> inputs, std::string& error) {
    return open_checked(path, io, [&](const file_identity& id) -> const std::string* {
        for (const input_item& in : inputs)
            if (in.identity == id) return &in.label;
        return nullptr;
    }, error);
}

std::optional<output> output::open_checked(std::optional<std::string_view> path, const streams& io,
                                           const input_named& same_as, std::string& error) {
    output out;
    if (!path || *path == "-") {
        out.stream_ = io.out;
        return out;
    }
    out.label_ = std::string{*path};
    const auto cannot = [&](const std::string& why) {
        error = "cannot write " + in_quotes(out.label_) + ": " + why;
        return std::nullopt;
    };

    struct stat s {};
    const bool exists = ::stat(out.label_.c_str(), &s) == 0;
    if (exists) {
        if (S_ISDIR(s.st_mode)) return cannot("it is a directory");
        if (const std::string* in = same_as(identity_of(s)); in != nullptr) {
            error = "OUT " + in_quotes(out.label_) + " is the same file as IN " + in_quotes(*in) +
                    "; writing it would destroy the input (write elsewhere, then rename)";
            return std::nullopt;
        }
    }

    int fd = -1;
    if (exists && !S_ISREG(s.st_mode)) {
        // A device, a pipe or a terminal cannot be replaced by a rename: write to it directly.
        fd = ::open(out.label_.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) return cannot(system_reason(errno));
    } else {
        std::error_code ec;
        std::filesystem::path target{out.label_};
        if (std::filesystem::is_symlink(target, ec)) {
            target = std::filesystem::weakly_canonical(target, ec);
            if (ec) return cannot(ec.message());
        }
        out.target_ = target.string();
        const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path{"."};
        std::string name = (dir / ("." + target.filename().string() + ".bilateral-XXXXXX")).string();
        fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd < 0) return cannot(system_reason(errno));
        out.temporary_ = name;
        mode_t mode = 0;
        if (exists) {
            mode = s.st_mode & 07777;
        } else {
            const mode_t mask = ::umask(0);
            ::umask(mask);
            mode = 0666 & ~mask;
        }
        if (::fchmod(fd, mode) != 0) {
            const int why = errno;
            ::close(fd);
            ::unlink(out.temporary_.c_str());
            out.temporary_.clear();
            return cannot(system_reason(why));
        }
    }
    out.buffer_ = std::make_unique<fd_buffer>(fd);
    out.owned_ = std::make_unique<std::ostream>(out.buffer_.get());
    out.stream_ = out.owned_.get();
    return out;
}

output::output(output&& other) noexcept
    : label_{std::move(other.label_)},
      target_{std::move(other.target_)},
      temporary_{std::exchange(other.temporary_, {})},
      buffer_{std::move(other.buffer_)},
      owned_{std::move(other.owned_)},
      stream_{other.stream_},
      committed_{other.committed_} {
    other.committed_ = true;
}

output::~output() { discard(); }

void output::discard() noexcept {
    if (buffer_) {
        ::close(buffer_->fd());
        buffer_.reset();
    }
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        temporary_.clear();
    }
}

bool output::commit(std::string& error) {
    if (committed_) return true;
    if (!buffer_) {  // standard output
        committed_ = true;
        return finish_stdout(*stream_, error);
    }
    const auto fail = [&](int why) {
        error = "cannot write " + in_quotes(label_) + ": " + system_reason(why);
        discard();
        return false;
    };
    stream_->flush();
    if (buffer_->error() != 0) return fail(buffer_->error());
    if (!stream_->good()) return fail(EIO);
    const int fd = buffer_->fd();
    // fsync before the rename, so that a crash cannot leave OUT replaced by an empty file. A
    // device or pipe (written directly) may not support it, which is no failure.
    if (!temporary_.empty() && ::fsync(fd) != 0) return fail(errno);
    buffer_.reset();
    if (::close(fd) != 0) return fail(errno);
    if (!temporary_.empty()) {
        if (::rename(temporary_.c_str(), target_.c_str()) != 0) return fail(errno);
        temporary_.clear();
    }
    committed_ = true;
    return true;
}

bool finish_stdout(std::ostream& out, std::string& error) {
    out.flush();
    const auto* b = dynamic_cast<const fd_buffer*>(out.rdbuf());
    if (b != nullptr && b->error() != 0) {
        error = "cannot write <stdout>: " + system_reason(b->error());
        return false;
    }
    if (!out.good()) {
        error = "cannot write <stdout>";
        return false;
    }
    return true;
}

}  // namespace bilateral::tool
