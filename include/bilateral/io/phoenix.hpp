// SPDX-License-Identifier: BSL-1.0
/// Phoenix event files: the record, the reader, actor entities to ISO 3166, the mapping to the model.
#pragma once
#include <bilateral/io/phoenix/countries.hpp>
#include <bilateral/io/phoenix/mapping.hpp>
#include <bilateral/io/phoenix/reader.hpp>
#include <bilateral/io/phoenix/record.hpp>
