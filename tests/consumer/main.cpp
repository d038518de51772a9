// SPDX-License-Identifier: BSL-1.0
/// The program every consumer project builds: the umbrella header compiles and links outside the
/// tree, and, where the consumer links bilateral::json, the JSON reader reads back what the writer
/// wrote; where it links bilateral::zip, a member of an archive written here reads back as written.
#include <bilateral/bilateral.hpp>
#include <bilateral/data/astana_2024.hpp>
#ifdef BILATERAL_CONSUMER_JSON
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_reader.hpp>
#endif

#ifdef BILATERAL_CONSUMER_ZIP
#include <bilateral/io/zip.hpp>

#include <iterator>
#include <string>
#endif

#include <cstdio>

static_assert(bilateral::is_valid(bilateral::data::astana_2024));
static_assert(bilateral::currencies::usd.ok());
static_assert(bilateral::currencies::usd.minor_digits() == 2);

int main() {
    constexpr auto total = bilateral::money<bilateral::currencies::usd>::from_major(41) +
                           bilateral::money<bilateral::currencies::usd>::from_minor(50);
    std::printf("bilateral consumer: %lld minor units\n", static_cast<long long>(total.minor_units()));
    if (total.minor_units() != 4150) return 1;
#ifdef BILATERAL_CONSUMER_JSON
    const auto json = bilateral::to_json(bilateral::data::astana_2024);
    const auto read = bilateral::read_json(json);
    if (!read.ok() || bilateral::to_json(read.data.view()) != json) {
        std::printf("bilateral consumer: the JSON round trip failed\n");
        return 1;
    }
    std::printf("bilateral consumer: JSON round trip of %zu bytes\n", json.size());
#endif
#ifdef BILATERAL_CONSUMER_ZIP
    const std::string path = "bilateral_consumer.zip";
    const std::string text = "20240703\tCHN\tKAZ\n";
    int code = 0;
    zip_t* out = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    zip_source_t* source = out == nullptr ? nullptr : zip_source_buffer(out, text.data(), text.size(), 0);
    if (source == nullptr || zip_file_add(out, "events.tsv", source, 0) != 0 || zip_close(out) != 0) {
        std::printf("bilateral consumer: cannot write %s\n", path.c_str());
        return 1;
    }
    std::string error;
    const auto archive = bilateral::zip::archive::open(path, error);
    if (!archive) {
        std::printf("bilateral consumer: %s\n", error.c_str());
        return 1;
    }
    bilateral::zip::member_stream in{*archive, 0};
    const std::string member_text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    std::remove(path.c_str());
    if (member_text != text || !in.error().empty()) {
        std::printf("bilateral consumer: the zip member did not read back\n");
        return 1;
    }
    std::printf("bilateral consumer: zip member of %zu bytes read back\n", member_text.size());
#endif
    return 0;
}
