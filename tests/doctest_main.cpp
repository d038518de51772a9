// SPDX-License-Identifier: BSL-1.0
/// The one `main` shared by every doctest executable (tests/test_*.cpp link this object).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
