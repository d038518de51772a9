// SPDX-License-Identifier: BSL-1.0
/// ICEWS event files: the record, the reader, country names to ISO 3166, the mapping to the model.
#pragma once
#include <bilateral/io/icews/countries.hpp>
#include <bilateral/io/icews/mapping.hpp>
#include <bilateral/io/icews/reader.hpp>
#include <bilateral/io/icews/record.hpp>
