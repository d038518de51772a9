// SPDX-License-Identifier: BSL-1.0
/// Writing typed GDELT records as event rows, losslessly: a record read from a file is written back byte for byte.
#pragma once
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/io/gdelt/timestamp.hpp>

namespace bilateral::gdelt {

/// How rows are written.
struct write_options {
    bool crlf = false;  ///< end lines with "\r\n" instead of "\n"
};

/// Appends the row of `r`, in its layout `r.format` (57, 58 or 61 fields), and a line end.
/// Numbers are written as they were read (`decimal` keeps its spelling; Goldstein values with
/// `goldstein_decimals`); text is written as is, except that a tab or line break inside a text
/// field (which no record read from a file has) becomes a space, so the row keeps its shape.
void write_row(std::string& out, const record& r, write_options options = {});

/// Appends the row of `r` and then `line_end` exactly as given. With a reader's `line_end()` for
/// each row, an input comes back byte for byte, whatever its line ends: "\r\n", a last line
/// without one, or a last line ending with a lone '\r'.
void write_row(std::string& out, const record& r, std::string_view line_end);

/// The row of `r` without a line end.
[[nodiscard]] std::string to_row(const record& r);

/// Writes rows to a stream through a buffer (flushed when full, by `flush()` and on destruction).
class writer {
public:
    explicit writer(std::ostream& out, write_options options = {}) : out_{&out}, options_{options} {}
    writer(const writer&) = delete;
    writer& operator=(const writer&) = delete;
    ~writer() { flush(); }

    /// Writes a UTF-8 byte-order mark (call first, to reproduce an input that had one).
    void write_bom() { buffer_ += "\xEF\xBB\xBF"; }
    /// Writes the row of `r` and the line end of the options.
    void write(const record& r) {
        write_row(buffer_, r, options_);
        if (buffer_.size() >= flush_at) flush();
    }
    /// Writes the row of `r` and `line_end` as given (a reader's `line_end()`, to write a file back
    /// as it was read).
    void write(const record& r, std::string_view line_end) {
        write_row(buffer_, r, line_end);
        if (buffer_.size() >= flush_at) flush();
    }
    void flush() {
        if (!buffer_.empty()) out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t flush_at = 64 * 1024;
    std::ostream* out_;
    write_options options_;
    std::string buffer_;
};

// ---------------------------------------------------------------------------------------------
// Implementation

}  // namespace bilateral::gdelt

namespace bilateral::detail::gdelt {

/// Appends text as it is (write_row checks the shape of the whole row afterwards).
inline void put_text(std::string& out, std::string_view text) { out.append(text); }

/// Appends text with tabs and line feeds made spaces.
inline void put_clean_text(std::string& out, std::string_view text) {
    const std::size_t from = out.size();
    out.append(text);
    for (std::size_t i = from; i < out.size(); ++i)
        if (out[i] == '\t' || out[i] == '\n') out[i] = ' ';
}

/// Appends `v` zero-padded to `width` digits (width at most 20).
inline void put_padded(std::string& out, std::uint64_t v, unsigned width) {
    char digits[20];
    char* p = digits + sizeof digits;
    for (unsigned k = 0; k < width; ++k) {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    out.append(p, width);
}

/// Appends the text of a field and the tab that ends it.
inline void put(std::string& out, std::string_view text) {
    put_text(out, text);
    out += '\t';
}

inline void put_unsigned(std::string& out, std::uint64_t v) {
    char digits[20];
    const auto r = std::to_chars(digits, digits + sizeof digits, v);
    out.append(digits, static_cast<std::size_t>(r.ptr - digits));
}

template <class T>
void put(std::string& out, const std::optional<T>& v) {
    if (v) put_unsigned(out, static_cast<std::uint64_t>(*v));
    out += '\t';
}

inline void put(std::string& out, const bilateral::gdelt::decimal& d) {
    if (d.given()) {
        // All the digits, zero-padded to the written width, then split by the point.
        char digits[bilateral::gdelt::decimal::max_digits];
        const unsigned width = d.integer_digits() + d.fraction_digits();
        std::uint64_t v = d.digits();
        for (unsigned k = width; k-- > 0;) {
            digits[k] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        if (d.negative()) out += '-';
        out.append(digits, d.integer_digits());
        if (d.has_point()) {
            out += '.';
            out.append(digits + d.integer_digits(), d.fraction_digits());
        }
    }
    out += '\t';
}

inline void put(std::string& out, const bilateral::gdelt::actor_code& c) { put(out, c.str()); }

inline void put(std::string& out, const cameo_code& c) { put(out, c.str()); }

/// A date in GDELT's compact form (no tab).
inline void put_compact(std::string& out, date d) {
    if (!d.known()) return;
    if (d.year() < 0 || d.year() > 9999) {
        const auto t = bilateral::gdelt::compact_text(d);
        out.append(t.chars, t.length);
        return;
    }
    put_padded(out, static_cast<std::uint64_t>(d.year()), 4);
    if (d.month() != 0) put_padded(out, d.month(), 2);
    if (d.day() != 0) put_padded(out, d.day(), 2);
}

inline void put(std::string& out, date d) {
    put_compact(out, d);
    out += '\t';
}

inline void put_actor(std::string& out, const bilateral::gdelt::actor_block& a) {
    put(out, a.code);
    put(out, a.name);
    put(out, a.country);
    put(out, a.known_group);
    put(out, a.ethnic);
    put(out, a.religion1);
    put(out, a.religion2);
    put(out, a.type1);
    put(out, a.type2);
    put(out, a.type3);
}

inline void put_geo(std::string& out, const bilateral::gdelt::geo_block& g, bool adm2) {
    if (g.type) out += static_cast<char>('0' + static_cast<int>(*g.type) % 10);
    out += '\t';
    put(out, g.full_name);
    put(out, g.fips);
    put(out, g.adm1);
    if (adm2) put(out, g.adm2);
    put(out, g.lat);
    put(out, g.lon);
    put(out, g.feature_id);
}

inline void put_goldstein(std::string& out, const bilateral::gdelt::event_block& e) {
    if (e.goldstein) {
        const int v = e.goldstein->tenths;
        const unsigned magnitude = static_cast<unsigned>(v < 0 ? -v : v);
        if (v < 0) out += '-';
        put_unsigned(out, magnitude / 10);
        if (e.goldstein_decimals != 0 || magnitude % 10 != 0) {
            out += '.';
            out += static_cast<char>('0' + magnitude % 10);
        }
    }
    out += '\t';
}

/// Appends the fields of `r` in its layout, without a line end and without checking its text.
inline void write_fields(std::string& out, const bilateral::gdelt::record& r) {
    using bilateral::gdelt::format;
    put_unsigned(out, r.id);
    out += '\t';
    put(out, r.dates.day);
    put(out, r.dates.month);
    put(out, r.dates.year);
    put(out, r.dates.fraction);
    put_actor(out, r.actor1);
    put_actor(out, r.actor2);
    const bilateral::gdelt::event_block& e = r.event;
    if (e.is_root) out += *e.is_root ? '1' : '0';
    out += '\t';
    put(out, e.code);
    put(out, e.base);
    put(out, e.root);
    if (e.quad_class != quad_class::unknown) put_unsigned(out, static_cast<std::uint64_t>(e.quad_class));
    out += '\t';
    put_goldstein(out, e);
    put(out, e.mentions);
    put(out, e.sources);
    put(out, e.articles);
    put(out, e.tone);
    const bool adm2 = r.format == format::v2;
    put_geo(out, r.actor1_geo, adm2);
    put_geo(out, r.actor2_geo, adm2);
    put_geo(out, r.action_geo, adm2);
    const bilateral::gdelt::timestamp& added = r.dates.added;
    put_compact(out, added.day());
    if (added.known() && added.has_time()) {
        put_padded(out, added.hour(), 2);
        put_padded(out, added.minute(), 2);
        put_padded(out, added.second(), 2);
    }
    if (r.format != format::v1_historical) {
        out += '\t';
        put_text(out, r.source_url);
    }
}


/// Appends the row of `r` without a line end; a text field that would break the row's shape
/// (a tab or a line feed in it) is written with those made spaces.
inline void write_row_text(std::string& out, const bilateral::gdelt::record& r) {
    using namespace bilateral::gdelt;
    const std::size_t start = out.size();
    write_fields(out, r);
    // The row must keep its shape: as many tabs as its layout has, no line feed. Text fields of
    // a record read from a file cannot break it; one built in code may: then it is written again
    // with its tabs and line feeds made spaces. (One vectorised count per row instead of a test
    // per text field.)
    const std::string_view row{out.data() + start, out.size() - start};
    const auto tabs = static_cast<std::size_t>(std::count(row.begin(), row.end(), '\t'));
    if (tabs != field_count_of(r.format) - 1 || row.find('\n') != std::string_view::npos) [[unlikely]] {
        record clean = r;
        std::vector<std::string> owned;
        owned.reserve(48);  // more than the text fields of a record: the views below stay valid
        const auto cleaned = [&](std::string_view text) -> std::string_view {
            if (text.find_first_of("\t\n") == std::string_view::npos) return text;
            std::string copy;
            put_clean_text(copy, text);
            owned.push_back(std::move(copy));
            return owned.back();
        };
        const auto fix = [&](std::string_view& text) { text = cleaned(text); };
        for (actor_block* a : {&clean.actor1, &clean.actor2}) {
            fix(a->code);
            fix(a->name);
            for (actor_code* c : {&a->country, &a->known_group, &a->ethnic, &a->religion1, &a->religion2, &a->type1,
                                  &a->type2, &a->type3})
                *c = actor_code{cleaned(c->str())};
        }
        for (cameo_code* c : {&clean.event.code, &clean.event.base, &clean.event.root}) *c = cameo_code{cleaned(c->str())};
        for (geo_block* g : {&clean.actor1_geo, &clean.actor2_geo, &clean.action_geo}) {
            fix(g->full_name);
            fix(g->fips);
            fix(g->adm1);
            fix(g->adm2);
            fix(g->feature_id);
        }
        fix(clean.source_url);
        out.resize(start);
        write_fields(out, clean);
    }
}

}  // namespace bilateral::detail::gdelt

namespace bilateral::gdelt {

inline void write_row(std::string& out, const record& r, write_options options) {
    detail::gdelt::write_row_text(out, r);
    if (options.crlf) out += '\r';
    out += '\n';
}

inline void write_row(std::string& out, const record& r, std::string_view line_end) {
    detail::gdelt::write_row_text(out, r);
    out.append(line_end);
}

inline std::string to_row(const record& r) {
    std::string out;
    write_row(out, r);
    out.pop_back();
    return out;
}

}  // namespace bilateral::gdelt
