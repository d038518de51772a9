// SPDX-License-Identifier: BSL-1.0
/// Forward declarations of the library's public types, for headers that only name them.
#pragma once
#include <cstdint>

namespace bilateral {

class date;
struct period;
class country;
struct currency;
class any_money;
class cameo_code;
struct goldstein;
class plover_word;
class sector_code;
template <class Tag>
class basic_id;
template <class T>
class list_view;

struct source;
struct evidence;
struct actor;
struct place;
struct event;
struct statement;
struct reported_amount;
struct agreement;
struct indicator;
struct relation;
struct dataset_view;
template <class>
class basic_dataset;
using dataset = basic_dataset<void>;
struct problem;
class problem_text;
enum class problem_code : std::uint16_t;
enum class severity : std::uint8_t;

enum class date_precision : std::uint8_t;
enum class actor_kind : std::uint8_t;
enum class place_kind : std::uint8_t;
enum class event_format : std::uint8_t;
enum class statement_form : std::uint8_t;
enum class evidence_basis : std::uint8_t;
enum class quad_class : std::uint8_t;
enum class goldstein_table : std::uint8_t;
enum class plover_event : std::uint8_t;
enum class amount_qualifier : std::uint8_t;
enum class amount_scale : std::uint8_t;
enum class agreement_kind : std::uint8_t;
enum class agreement_status : std::uint8_t;
enum class indicator_measure : std::uint8_t;

}  // namespace bilateral
