// SPDX-License-Identifier: BSL-1.0
/// Dyad–period panels: events of any source counted per pair of states and per day, week, month,
/// quarter or year, with quad classes, Goldstein sums and means, PLOVER types and weights.
#pragma once
#include <bilateral/panel/accumulator.hpp>
#include <bilateral/core/dyad.hpp>
#include <bilateral/panel/events.hpp>
#include <bilateral/panel/gdelt.hpp>
#include <bilateral/panel/icews.hpp>
#include <bilateral/panel/phoenix.hpp>
#include <bilateral/panel/polecat.hpp>
#include <bilateral/panel/measures.hpp>
#include <bilateral/panel/period.hpp>
#include <bilateral/panel/plover_of_code.hpp>
#include <bilateral/panel/write.hpp>
