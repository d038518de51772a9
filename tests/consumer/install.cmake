# SPDX-License-Identifier: BSL-1.0
# cmake -DBUILD_DIR=<build tree> -DPREFIX=<dir> [-DCONFIG=<cfg>] -P install.cmake
# Installs the project into an empty PREFIX, so that headers removed from the tree since the
# last run do not linger there, for the find_package consumer to build against.
foreach(var IN ITEMS BUILD_DIR PREFIX)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "install.cmake: -D${var}=... is required")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
set(config_args "")
if(NOT "${CONFIG}" STREQUAL "")
  set(config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(file IN ITEMS include/bilateral share/cmake/bilateral/bilateralConfig.cmake
                      share/cmake/bilateral/bilateralConfigVersion.cmake
                      share/cmake/bilateral/bilateralTargets.cmake
                      share/cmake/bilateral/bilateralJsonTargets.cmake
                      share/cmake/bilateral/bilateralZipTargets.cmake include/bilateral/io/zip.hpp
                      include/bilateral/io/json_reader.hpp share/bilateral/bilateral.schema.json)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "cmake --install did not install ${file}")
  endif()
endforeach()
