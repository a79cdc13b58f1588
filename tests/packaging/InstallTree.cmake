# SPDX-License-Identifier: GPL-3.0-or-later
cmake_minimum_required(VERSION 3.25)
# `cmake --install` of the build folder BUILD into a fresh PREFIX must give exactly the files listed in EXPECTED
# ({BINDIR} and {DATADIR} stand for GNUInstallDirs' folders), binaries that run
# from there, a .desktop file whose Exec and Icon name installed files, and metainfo whose newest release is
# VERSION (the project's, from CMake).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

file(STRINGS ${EXPECTED} expected REGEX "^[^#]")
list(TRANSFORM expected REPLACE "{BINDIR}" "${BINDIR}")
list(TRANSFORM expected REPLACE "{DATADIR}" "${DATADIR}")
list(SORT expected)
file(GLOB_RECURSE found LIST_DIRECTORIES false RELATIVE ${PREFIX} ${PREFIX}/*)
list(SORT found)
set(missing ${expected})
list(REMOVE_ITEM missing ${found})
set(unexpected ${found})
list(REMOVE_ITEM unexpected ${expected})
if(missing OR unexpected)
  list(JOIN missing "\n  " missing)
  list(JOIN unexpected "\n  " unexpected)
  message(FATAL_ERROR "The installed tree differs from ${EXPECTED}\nmissing:\n  ${missing}\nunexpected:\n  ${unexpected}")
endif()

# Installed binaries run: no path back into the build folder is needed.
foreach(program knotmap knotmap-cli)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                          ${PREFIX}/${BINDIR}/${program} --version
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "${program} ${VERSION}\n")
    message(FATAL_ERROR "installed ${program} --version gave ${rc}, '${out}' (wanted '${program} ${VERSION}'):\n${err}")
  endif()
endforeach()

# The menu entry starts an installed program, with an installed icon.
file(STRINGS ${PREFIX}/${DATADIR}/applications/org.knotmap.KnotMap.desktop exec REGEX "^Exec=")
file(STRINGS ${PREFIX}/${DATADIR}/applications/org.knotmap.KnotMap.desktop icon REGEX "^Icon=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${exec}")
string(REGEX REPLACE "^Icon=" "" icon "${icon}")
if(NOT EXISTS ${PREFIX}/${BINDIR}/${exec})
  message(FATAL_ERROR "the .desktop file's Exec names '${exec}', which is not in ${BINDIR}")
endif()
if(NOT EXISTS ${PREFIX}/${DATADIR}/icons/hicolor/scalable/apps/${icon}.svg)
  message(FATAL_ERROR "the .desktop file's Icon names '${icon}', which has no icon in hicolor/scalable")
endif()

# The newest release listed first, as AppStream wants, and it is this version.
file(READ ${PREFIX}/${DATADIR}/metainfo/org.knotmap.KnotMap.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<release version=\"([^\"]+)\"")
  message(FATAL_ERROR "the metainfo has no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "the metainfo's newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}: add a <release>")
endif()
list(LENGTH found count)
message(STATUS "cmake --install put ${count} files where expected, under ${PREFIX}")
