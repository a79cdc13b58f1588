# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts beside the two binaries (app/ and app/cli/ install those), in the places a Linux
# desktop looks, and the Debian package CPack makes of it: `cpack -G DEB` in the build folder.
# tests/packaging checks the installed tree file by file and runs the validators on it.

set(KNOTMAP_DESKTOP_ID org.knotmap.KnotMap)

# The application menu's entry and the software centres' description.
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${KNOTMAP_DESKTOP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${KNOTMAP_DESKTOP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The icon, named after the desktop id as the .desktop file's Icon= asks: the SVG for any size, and PNGs
# rendered from it (scripts/make-icons.sh) for desktops and docks that want bitmaps.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/knotmap.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${KNOTMAP_DESKTOP_ID}.svg)
set(KNOTMAP_ICON_SIZES 16 22 24 32 48 64 128 256)
foreach(size IN LISTS KNOTMAP_ICON_SIZES)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${KNOTMAP_DESKTOP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The copyright, where and how Debian keeps each package's (machine-readable, DEP-5; the licence text itself is
# in /usr/share/common-licenses on every Debian system, and LICENSE in the sources).
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/knotmap)

# --- The Debian package ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME knotmap)
set(CPACK_PACKAGE_VENDOR "The KnotMap developers")
set(CPACK_PACKAGE_CONTACT "The KnotMap developers <knotmap@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "diary for back and neck muscle knots")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # knotmap_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Debian's long description; CPack puts the summary line above it and indents each line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Click on a body map where it hurts, rate the pain from 0 to 10, and follow each
knot over days and weeks: trends in plain words, suggested self-release
routines with a guided timer, and a PDF report for a therapist. Everything
stays on the computer in one SQLite file. knotmap-cli offers the same data
from the command line.
.
KnotMap is a self-care aid, not a diagnosis.")
# The shared libraries the binaries link (Qt, SQLite, libstdc++) are found by dpkg-shlibdeps. What Qt loads
# at run time is not, so it is named here: the SQLite driver for QtSql, the platform plugins a window needs
# (libqt6gui6 only recommends them), and the font the report is set in.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-dejavu-core")
# qt6-wayland: without it Qt draws through XWayland on a Wayland desktop, which works but is blurred when
# scaled. qt6-translations-l10n: Qt's own words (a dialog's buttons) in the person's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
