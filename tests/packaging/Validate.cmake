# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the validator TOOL (with ARGS, a ;-list) on FILE and fails on any error or warning it reports.
# Without TOOL it says so and prints "SKIPPED", which ctest reports as skipped (SKIP_REGULAR_EXPRESSION);
# ./test.sh installs PACKAGE, which holds it.
find_program(tool_path ${TOOL} NO_CACHE)
if(NOT tool_path)
  message("SKIPPED: ${TOOL} is not installed (Debian package ${PACKAGE}; ./test.sh installs it)")
  return()
endif()
if(NOT EXISTS ${FILE})
  message(FATAL_ERROR "${FILE} is not there to validate")
endif()
execute_process(COMMAND ${tool_path} ${ARGS} ${FILE} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
# desktop-file-validate exits 0 after warnings; it never exits 0 after errors. Its hints are advice only.
if(NOT rc EQUAL 0 OR "${out}${err}" MATCHES "(error|warning): ")
  message(FATAL_ERROR "${TOOL} finds fault with ${FILE} (exit code ${rc})")
endif()
message(STATUS "${TOOL} passes ${FILE}")
