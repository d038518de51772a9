// SPDX-License-Identifier: BSL-1.0
/// GDELT event files: the typed record, the streaming reader, the lossless writer, the mapping to the model, dyad statistics.
#pragma once

#include <bilateral/io/gdelt/columns.hpp>
#include <bilateral/io/gdelt/csv_reader.hpp>
#include <bilateral/io/gdelt/decimal.hpp>
#include <bilateral/io/gdelt/mapping.hpp>
#include <bilateral/io/gdelt/parser.hpp>
#include <bilateral/io/gdelt/reader.hpp>
#include <bilateral/io/gdelt/record.hpp>
#include <bilateral/io/gdelt/stats.hpp>
#include <bilateral/io/gdelt/timestamp.hpp>
#include <bilateral/io/gdelt/writer.hpp>
