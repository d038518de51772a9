// SPDX-License-Identifier: BSL-1.0
/// POLECAT event files: the record, the reader, the mapping to the model.
#pragma once
#include <bilateral/io/polecat/mapping.hpp>
#include <bilateral/io/polecat/reader.hpp>
#include <bilateral/io/polecat/record.hpp>
