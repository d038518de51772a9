// SPDX-License-Identifier: BSL-1.0
/// Delimited text (tab- or comma-separated, quoted or not) as records of fields, and a header row
/// as a map from the columns a reader knows to where a file put them. The row readers of POLECAT,
/// Phoenix and GDELT re-exported as CSV are dialects of this: a delimiter, a quoting rule, the
/// words that mean "not given", and their columns.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <bilateral/detail/temporary_string.hpp>
#include <bilateral/io/import/lines.hpp>

namespace bilateral {

/// How fields are quoted.
enum class quoting : std::uint8_t {
    none,   ///< a quote is text like any other (GDELT's own files, Phoenix)
    strip,  ///< a field wholly inside double quotes loses them; nothing else changes (ICEWS, POLECAT)
    /// RFC 4180: a field that begins with a double quote runs to the closing quote, may hold the
    /// delimiter and line ends, and writes a quote as two (pandas, R and BigQuery exports)
    csv,
};

/// The delimiter and the quoting rule of a file.
struct delimited_dialect {
    char delimiter = '\t';
    bilateral::quoting quoting = bilateral::quoting::none;
};

/// Reads records from delimited text in memory. A record is a line (with `quoting::csv`, lines
/// joined while a quoted field is open); blank lines are skipped; a UTF-8 byte-order mark at the
/// start and CRLF line ends are accepted and counted.
///
/// Zero-copy where it can be: a field views the text unless it had to be unescaped (a doubled
/// quote), in which case it views the reader's buffer. Either way it is valid until the next call.
class delimited_reader {
public:
    /// What `next` found.
    enum class status : std::uint8_t {
        record,              ///< `fields()` holds a record
        end,                 ///< no more text
        too_long,            ///< the record is longer than the limit (skipped; `raw()` is its start)
        unterminated_quote,  ///< a quoted field runs to the end of the text (the rest is this record)
        text_after_quote,    ///< text between a closing quote and the delimiter (`"a"b`)
    };

    delimited_reader(std::string_view text, delimited_dialect dialect, std::size_t max_record_length = 1024 * 1024);
    /// Refused: the fields would view a string about to be destroyed.
    template <detail::temporary_string S>
    delimited_reader(S&& text, delimited_dialect dialect, std::size_t max_record_length = 1024 * 1024) = delete;

    /// Reads the next record that is not blank.
    status next();
    /// The fields of the record last read.
    [[nodiscard]] std::span<const std::string_view> fields() const noexcept { return fields_; }
    /// The record's text as written (without its line end).
    [[nodiscard]] std::string_view raw() const noexcept { return raw_; }
    /// The 1-based line on which the record last read begins, counting every line of the text.
    [[nodiscard]] std::uint64_t line() const noexcept { return line_; }
    [[nodiscard]] bool bom() const noexcept { return bom_; }
    /// Records that ended with "\r\n".
    [[nodiscard]] std::uint64_t crlf_lines() const noexcept { return crlf_lines_; }
    [[nodiscard]] const delimited_dialect& dialect() const noexcept { return dialect_; }

private:
    status split_plain(std::string_view record);
    status read_csv_record();
    status too_long(std::size_t start);

    std::string_view text_;
    delimited_dialect dialect_;
    std::size_t max_length_;
    std::size_t at_ = 0;
    std::uint64_t next_line_ = 1;
    std::uint64_t line_ = 0;
    bool bom_ = false;
    std::uint64_t crlf_lines_ = 0;
    std::string_view raw_{};
    std::vector<std::string_view> fields_{};
    std::string unescaped_{};
};

/// The delimiter of a header line: a tab if it has one outside quotes, else a comma if it has one,
/// else a tab (a file of one column). Readers that detect say what they saw.
[[nodiscard]] constexpr char delimiter_of(std::string_view header_line) noexcept;

/// Where the columns a reader knows are in a file, found by the header's names.
struct header_columns {
    static constexpr std::size_t absent = static_cast<std::size_t>(-1);
    std::vector<std::size_t> index{};        ///< per known label, its field in a row, or `absent`
    std::vector<std::string_view> extra{};   ///< header names that are no known label (ignored)
    std::vector<std::string_view> repeated{};  ///< known labels named twice (the first is used)
    std::size_t fields = 0;                  ///< fields of the header
    [[nodiscard]] bool has(std::size_t known) const noexcept { return index[known] != absent; }
};

/// Matches the header's fields (blanks around them trimmed; quotes already removed by the reader)
/// to `labels`. `same_name(label, field)` decides a match (exact by default).
template <class SameName>
[[nodiscard]] header_columns match_header(std::span<const std::string_view> header, std::span<const std::string_view> labels,
                                          SameName same_name);
[[nodiscard]] header_columns match_header(std::span<const std::string_view> header, std::span<const std::string_view> labels);

/// ASCII letters compared without case, and ' ', '_' and '.' taken as the same: "Event Date",
/// "event_date" and "EVENT.DATE" are one name (what R's `make.names`, pandas and BigQuery
/// do to column names).
[[nodiscard]] constexpr bool same_column_name(std::string_view a, std::string_view b) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

inline delimited_reader::delimited_reader(std::string_view text, delimited_dialect dialect, std::size_t max_record_length)
    : text_{text}, dialect_{dialect}, max_length_{max_record_length} {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
        bom_ = true;
        at_ = 3;
    }
}

inline delimited_reader::status delimited_reader::split_plain(std::string_view record) {
    fields_.clear();
    for (std::size_t from = 0;;) {
        const std::size_t cut = record.find(dialect_.delimiter, from);
        std::string_view field = record.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from);
        if (dialect_.quoting == quoting::strip && field.size() >= 2 && field.front() == '"' && field.back() == '"')
            field = field.substr(1, field.size() - 2);
        fields_.push_back(field);
        if (cut == std::string_view::npos) return status::record;
        from = cut + 1;
    }
}

inline delimited_reader::status delimited_reader::read_csv_record() {
    // One pass over the record: plain fields view the text, quoted ones view it when they hold no
    // doubled quote, and are copied unescaped into `unescaped_` otherwise. The buffer is reserved
    // to the record's size before any copy, so earlier views into it stay valid.
    fields_.clear();
    unescaped_.clear();
    const std::size_t start = at_;
    const char delimiter = dialect_.delimiter;
    bool reserved = false;
    for (;;) {
        if (at_ < text_.size() && text_[at_] == '"') {
            const std::size_t open = ++at_;
            bool doubled = false;
            for (;;) {
                const std::size_t quote = text_.find('"', at_);
                if (quote == std::string_view::npos) {
                    at_ = text_.size();
                    raw_ = text_.substr(start);
                    return status::unterminated_quote;
                }
                for (std::size_t i = at_; i < quote; ++i) if (text_[i] == '\n') ++next_line_;
                if (quote + 1 < text_.size() && text_[quote + 1] == '"') {
                    doubled = true;
                    at_ = quote + 2;
                    continue;
                }
                at_ = quote + 1;
                break;
            }
            if (at_ - start > max_length_) return too_long(start);  // before any copy: the buffer holds at most the limit
            const std::string_view inside = text_.substr(open, at_ - 1 - open);
            if (!doubled) {
                fields_.push_back(inside);
            } else {
                if (!reserved) {
                    // Unescaped text is never longer than the text read, which is within the limit.
                    unescaped_.reserve(std::min(text_.size() - start, max_length_));
                    reserved = true;
                }
                const std::size_t from = unescaped_.size();
                for (std::size_t i = 0; i < inside.size(); ++i) {
                    unescaped_ += inside[i];
                    if (inside[i] == '"') ++i;  // the second of a pair
                }
                fields_.push_back(std::string_view{unescaped_}.substr(from));
            }
        } else {
            std::size_t end = at_;
            while (end < text_.size() && text_[end] != delimiter && text_[end] != '\n') ++end;
            std::string_view field = text_.substr(at_, end - at_);
            // A CR before the line end, or a lone CR ending the text, ends the line (counted).
            if ((end == text_.size() || text_[end] == '\n') && !field.empty() && field.back() == '\r') {
                field.remove_suffix(1);
                if (end == text_.size()) ++crlf_lines_;
            }
            fields_.push_back(field);
            at_ = end;
        }
        if (at_ - start > max_length_) return too_long(start);
        if (at_ >= text_.size()) break;
        if (text_[at_] == '\r' && at_ + 1 == text_.size()) {  // a closing quote, then a lone CR ending the text
            ++crlf_lines_;
            ++at_;
            break;
        }
        if (text_[at_] == delimiter) {
            ++at_;
            if (at_ >= text_.size()) {
                fields_.emplace_back();
                break;
            }
            continue;
        }
        if (text_[at_] == '\r' && at_ + 1 < text_.size() && text_[at_ + 1] == '\n') ++at_;
        if (text_[at_] == '\n') {
            if (at_ > start && text_[at_ - 1] == '\r') ++crlf_lines_;
            raw_ = text_.substr(start, at_ - start - (at_ > start && text_[at_ - 1] == '\r' ? 1 : 0));
            ++at_;
            ++next_line_;
            return status::record;
        }
        // Text after a closing quote: the rest of the line is this record, reported.
        const std::size_t newline = text_.find('\n', at_);
        raw_ = text_.substr(start, (newline == std::string_view::npos ? text_.size() : newline) - start);
        at_ = newline == std::string_view::npos ? text_.size() : newline + 1;
        ++next_line_;
        return status::text_after_quote;
    }
    raw_ = text_.substr(start);
    return status::record;
}

inline delimited_reader::status delimited_reader::too_long(std::size_t start) {
    // Skip to the end of the physical line; the record is reported by its beginning, without fields.
    const std::size_t newline = text_.find('\n', at_);
    raw_ = text_.substr(start, max_length_);
    fields_.clear();
    unescaped_.clear();
    at_ = newline == std::string_view::npos ? text_.size() : newline + 1;
    ++next_line_;
    return status::too_long;
}

inline delimited_reader::status delimited_reader::next() {
    for (;;) {
        if (at_ >= text_.size()) return status::end;
        line_ = next_line_;
        if (dialect_.quoting == quoting::csv) {
            // A blank line is skipped; anything else is a record, however it is quoted.
            const std::size_t newline = std::min(text_.find('\n', at_), text_.size());
            const std::string_view line = text_.substr(at_, newline - at_);
            if (trimmed(line).empty() && line.find(dialect_.delimiter) == std::string_view::npos) {
                if (line.ends_with('\r')) ++crlf_lines_;
                at_ = newline + 1;
                ++next_line_;
                continue;
            }
            return read_csv_record();
        }
        const std::size_t newline = std::min(text_.find('\n', at_), text_.size());
        std::string_view record = text_.substr(at_, newline - at_);
        at_ = newline + 1;
        ++next_line_;
        if (!record.empty() && record.back() == '\r') {
            record.remove_suffix(1);
            ++crlf_lines_;
        }
        // Blank: nothing but spaces. A line of delimiters is a record of empty fields.
        if (record.find_first_not_of(' ') == std::string_view::npos) continue;
        raw_ = record;
        if (record.size() > max_length_) {
            raw_ = record.substr(0, max_length_);
            fields_.clear();
            return status::too_long;
        }
        return split_plain(record);
    }
}

constexpr char delimiter_of(std::string_view header_line) noexcept {
    bool quoted = false, comma = false;
    for (const char c : header_line) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && c == '\t') return '\t';
        else if (!quoted && c == ',') comma = true;
    }
    return comma ? ',' : '\t';
}

constexpr bool same_column_name(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    const auto fold = [](char c) {
        if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
        if (c == ' ' || c == '.') return '_';
        return c;
    };
    for (std::size_t i = 0; i < a.size(); ++i)
        if (fold(a[i]) != fold(b[i])) return false;
    return true;
}

template <class SameName>
header_columns match_header(std::span<const std::string_view> header, std::span<const std::string_view> labels, SameName same_name) {
    header_columns h;
    h.index.assign(labels.size(), header_columns::absent);
    h.fields = header.size();
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string_view name = trimmed(header[i]);
        const auto known = std::find_if(labels.begin(), labels.end(), [&](std::string_view label) { return same_name(label, name); });
        if (known == labels.end()) {
            h.extra.push_back(name);
            continue;
        }
        std::size_t& at = h.index[static_cast<std::size_t>(known - labels.begin())];
        if (at == header_columns::absent) at = i;
        else h.repeated.push_back(*known);
    }
    return h;
}

inline header_columns match_header(std::span<const std::string_view> header, std::span<const std::string_view> labels) {
    return match_header(header, labels, [](std::string_view a, std::string_view b) { return a == b; });
}

}  // namespace bilateral
