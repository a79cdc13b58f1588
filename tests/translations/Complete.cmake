# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25)
# Refreshes a copy of CATALOGUE (at WORK) as the update_translations target does, and compares.
configure_file(${CATALOGUE} ${WORK} COPYONLY)
execute_process(COMMAND ${LUPDATE} ${LUPDATE_ARGS} -ts ${WORK} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
if(FILL) # English: its plural forms are filled by a script
  execute_process(COMMAND ${PYTHON} ${FILL} ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "filling the plural forms failed (${rc}):\n${err}")
  endif()
endif()
file(READ ${CATALOGUE} committed)
file(READ ${WORK} refreshed)
if(NOT committed STREQUAL refreshed)
  execute_process(COMMAND diff -u ${CATALOGUE} ${WORK} OUTPUT_VARIABLE difference)
  message(FATAL_ERROR "${CATALOGUE} is not what today's sources give; refresh it with\n"
                      "  cmake --build build --target update_translations\n${difference}")
endif()
if(refreshed MATCHES "type=\"unfinished\"")
  message(FATAL_ERROR "${CATALOGUE} has unfinished messages")
endif()
