// SPDX-License-Identifier: BSL-1.0
/// The whole library without I/O and without data: the record types, validation, reflection and
/// queries. Printing and the formats are in <bilateral/io/…>; the built-in Astana 2024 dataset is
/// <bilateral/data/astana_2024.hpp>.
#pragma once

#include <bilateral/core/actor.hpp>
#include <bilateral/core/agreement.hpp>
#include <bilateral/core/country.hpp>
#include <bilateral/core/dataset.hpp>
#include <bilateral/core/dataset_view.hpp>
#include <bilateral/core/date.hpp>
#include <bilateral/core/event.hpp>
#include <bilateral/core/event_codes.hpp>
#include <bilateral/core/id.hpp>
#include <bilateral/core/indicator.hpp>
#include <bilateral/core/money.hpp>
#include <bilateral/core/place.hpp>
#include <bilateral/core/relation.hpp>
#include <bilateral/core/reported_amount.hpp>
#include <bilateral/core/source.hpp>
#include <bilateral/core/statement.hpp>
#include <bilateral/core/validate.hpp>
#include <bilateral/query.hpp>
#include <bilateral/reflect.hpp>
