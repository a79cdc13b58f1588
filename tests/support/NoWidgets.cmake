# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when BINARY needs libQt6Widgets.
execute_process(COMMAND readelf -d ${BINARY} OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf failed on ${BINARY}")
endif()
if(NOT dynamic MATCHES "libQt6Core")
  message(FATAL_ERROR "readelf output does not list Qt at all; the check would prove nothing:\n${dynamic}")
endif()
if(dynamic MATCHES "libQt6Widgets")
  message(FATAL_ERROR "${BINARY} (core only) needs Qt Widgets:\n${dynamic}")
endif()
message(STATUS "knotmap_core pulls in no Qt Widgets")
