// SPDX-License-Identifier: BSL-1.0
/// How the tool reads and writes files without losing data: a failed read is a message, never an
/// exception; OUT is written to a temporary file beside it and renamed over it only on success;
/// every write is checked; and OUT is refused when it is one of the inputs. An input is a file,
/// standard input, or a member of a zip archive.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include <bilateral/io/zip.hpp>

#include "streams.hpp"

namespace bilateral::tool {

/// A stream buffer over a POSIX file descriptor. Unlike the standard file buffers it never
/// throws: the first failed read or write is kept as `error()` (an errno value), reading then
/// ends as at the end of the file, and writing fails.
class fd_buffer : public std::streambuf {
public:
    explicit fd_buffer(int fd) noexcept : fd_{fd} {}
    ~fd_buffer() override;
    fd_buffer(const fd_buffer&) = delete;
    fd_buffer& operator=(const fd_buffer&) = delete;

    [[nodiscard]] int fd() const noexcept { return fd_; }
    /// The errno of the first failed read or write, 0 if none.
    [[nodiscard]] int error() const noexcept { return error_; }

protected:
    int_type underflow() override;
    std::streamsize xsgetn(char* s, std::streamsize n) override;
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool write_all(const char* data, std::size_t size) noexcept;
    bool flush_put_area() noexcept;

    int fd_;
    int error_ = 0;
    std::unique_ptr<char[]> get_area_;
    std::unique_ptr<char[]> put_area_;
};

/// The system's words for an errno value: "No space left on device".
[[nodiscard]] std::string system_reason(int error_number);

/// Where a file lives (device and inode), to tell that two names are the same file, through a
/// symbolic link or a hard link.
struct file_identity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    friend bool operator==(const file_identity&, const file_identity&) = default;
};

/// One input of a run that reads many (`expand_inputs` in inputs.hpp makes them): a file, a member
/// of a zip archive, or standard input.
struct input_item {
    /// The name in messages: the path as reached ("data/x.tsv"), "data/x.zip:x.CSV" for a member,
    /// or "<stdin>".
    std::string label;
    /// The file to open; "" for standard input.
    std::string path;
    /// The member's index, when `path` is a zip archive.
    std::optional<std::uint64_t> member;
    /// Bytes to read: the file's size, or the member's uncompressed size (0 for standard input and
    /// for files that are not regular, such as pipes).
    std::uint64_t size = 0;
    /// The file behind the item (the archive's, for a member), to refuse it as OUT.
    std::optional<file_identity> identity;
};

/// An input of a command: a file, standard input for "-" and no name, or a member of a zip archive.
/// Each input owns what it reads through (a descriptor, or its own handle on the archive), so
/// inputs can be opened and read on different threads at the same time.
class input {
public:
    /// Opens IN, or says why it cannot be read (missing, unreadable, a directory, standard input
    /// closed) in `error`. Nothing is read yet.
    [[nodiscard]] static std::optional<input> open(std::optional<std::string_view> path, const streams& io,
                                                   std::string& error);
    /// Opens one item of `expand_inputs`, or says why it cannot be read in `error` (the file has
    /// gone, the archive is broken, the member cannot be decompressed). Its label is the item's.
    [[nodiscard]] static std::optional<input> open(const input_item& item, const streams& io, std::string& error);

    input(input&&) noexcept = default;
    input& operator=(input&&) = delete;
    input(const input&) = delete;
    input& operator=(const input&) = delete;
    ~input();

    [[nodiscard]] std::istream& stream() noexcept { return *stream_; }
    /// The name in messages: the path as given, or "<stdin>".
    [[nodiscard]] const std::string& label() const noexcept { return label_; }
    /// The file behind the input, when there is one to compare OUT with.
    [[nodiscard]] const std::optional<file_identity>& identity() const noexcept { return identity_; }
    /// Why reading stopped before the end of the input ("Input/output error", "CRC error"), or ""
    /// if it did not.
    [[nodiscard]] std::string read_failure() const;

    /// The whole input, at most `limit` bytes; nothing, with the reason in `error`, when it is
    /// larger, cannot be read, or does not fit in memory.
    [[nodiscard]] std::optional<std::string> read_whole(std::size_t limit, std::string& error);

    /// The first `n` bytes (fewer if the input is shorter), which reading then still returns from
    /// the start: what an input is can be told before it is read, standard input included. Call it
    /// before anything else reads.
    [[nodiscard]] std::string_view head(std::size_t n);

private:
    input() = default;
    std::string label_ = "<stdin>";
    std::optional<file_identity> identity_;
    std::unique_ptr<fd_buffer> buffer_;  // a file: its descriptor is closed with the input
    std::unique_ptr<zip::archive> archive_;
    std::unique_ptr<zip::member_stream> member_;  // a member of `archive_`, closed before it
    std::uint64_t member_size_ = 0;
    std::unique_ptr<std::istream> owned_;
    std::unique_ptr<std::streambuf> replay_;       // `head`: the bytes read ahead, then the rest
    std::unique_ptr<std::istream> replayed_;
    std::streambuf* source_ = nullptr;             // what the input reads through, for read_failure
    std::istream* stream_ = nullptr;
};

/// The most a command reads into memory at once: the JSON and PLOVER readers parse a document
/// whole, so their input is bounded by this (1 GiB). GDELT files are streamed and not bounded.
inline constexpr std::size_t max_document_bytes = std::size_t{1} << 30;

/// The output of a command: a file, or standard output for "-" and no name.
///
/// A file is written to a temporary file in the same directory and renamed over OUT by
/// `commit()`, so OUT changes only when the run succeeds, in one step; if the output is dropped
/// without `commit()`, the temporary file is removed and an existing OUT is left as it was. A
/// symbolic link is followed (the file it points to is replaced, the link stays); a new file gets
/// the permissions a plain create would give, an existing one keeps its own. An OUT that exists
/// and is not a regular file (`/dev/null`, a pipe, a terminal) is written directly.
class output {
public:
    /// Opens OUT, or says why it cannot be written in `error`: among other reasons, when it is the
    /// same file as one of `inputs` (writing it would destroy the input).
    [[nodiscard]] static std::optional<output> open(std::optional<std::string_view> path, const streams& io,
                                                    std::span<const input* const> inputs, std::string& error);
    /// `open`, for a run over the items of `expand_inputs`: OUT is refused when it is the file of
    /// one of them (a file of an input directory, or a zip archive whose members are read).
    [[nodiscard]] static std::optional<output> open_for(std::optional<std::string_view> path, const streams& io,
                                                        std::span<const input_item> inputs, std::string& error);
    output(output&&) noexcept;
    output& operator=(output&&) = delete;
    output(const output&) = delete;
    output& operator=(const output&) = delete;
    ~output();

    [[nodiscard]] std::ostream& stream() noexcept { return *stream_; }
    /// The name in messages: the path as given, or "<stdout>".
    [[nodiscard]] const std::string& label() const noexcept { return label_; }
    /// False once a write has failed (a long run can stop early then).
    [[nodiscard]] bool good() const noexcept { return stream_->good(); }

    /// Flushes, checks that every byte was written, and puts the file in place of OUT. False, with
    /// "cannot write '<OUT>': <reason>" in `error`, when anything failed; OUT is then unchanged.
    [[nodiscard]] bool commit(std::string& error);

private:
    /// The label of the input that is the file `id`, if any.
    using input_named = std::function<const std::string*(const file_identity& id)>;
    [[nodiscard]] static std::optional<output> open_checked(std::optional<std::string_view> path, const streams& io,
                                                            const input_named& same_as, std::string& error);
    output() = default;
    void discard() noexcept;

    std::string label_ = "<stdout>";
    std::string target_;     // the file renamed over, or "" when written directly
    std::string temporary_;  // the file being written, or ""
    std::unique_ptr<fd_buffer> buffer_;
    std::unique_ptr<std::ostream> owned_;
    std::ostream* stream_ = nullptr;
    bool committed_ = false;
};

/// Checks that everything written to `out` (standard output) reached it; false, with
/// "cannot write <stdout>: <reason>" in `error`, if not.
[[nodiscard]] bool finish_stdout(std::ostream& out, std::string& error);

}  // namespace bilateral::tool
