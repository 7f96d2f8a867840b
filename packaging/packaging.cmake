# The Debian package: `cmake --build build --target package` (or scripts/package.sh) writes
# build/perfdeck_VERSION_ARCH.deb. What it holds and how it is checked: docs/PACKAGING.md;
# tests/integration/tst_debpackage builds it, runs lintian and installs it into a scratch root.
include(GNUInstallDirs)

# Where the project lives: AppStream needs absolute addresses for the home page and the
# screenshots. Set these to the real ones when the project is published.
set(PERFDECK_APP_ID "io.github.perfdeck.Perfdeck" CACHE STRING "AppStream component id")
set(PERFDECK_HOMEPAGE_URL "https://github.com/perfdeck/perfdeck" CACHE STRING
    "Project home page (AppStream, Debian Homepage field)")
set(PERFDECK_SCREENSHOT_URL "${PERFDECK_HOMEPAGE_URL}/raw/main/docs/screenshots" CACHE STRING
    "Where docs/screenshots is published (AppStream screenshots)")
set(PERFDECK_MAINTAINER "Perfdeck developers <perfdeck@users.noreply.github.com>" CACHE STRING
    "Maintainer field of the Debian package")
# The date of this version's release notes (metainfo <release>, packaging/changelog).
set(PERFDECK_RELEASE_DATE "2026-12-02")

install(DIRECTORY profiles/ DESTINATION ${CMAKE_INSTALL_DATADIR}/perfdeck/profiles)
# Report templates: TemplateEngine::shippedFolder() finds them at ../share/perfdeck/templates.
install(DIRECTORY resources/templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/perfdeck/templates)

set(pkg_out ${CMAKE_BINARY_DIR}/packaging)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/perfdeck)

# Man pages and the changelog are installed compressed (gzip -9n: no name or time stamp, so
# the package is reproducible), as Debian policy asks.
set(pkg_generated)
function(perfdeck_gzip source output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9nc ${source} > ${output}
        DEPENDS ${source} VERBATIM)
    set(pkg_generated ${pkg_generated} ${output} PARENT_SCOPE)
endfunction()
set(man_pages perfdeck-cli perfdeck-probe)
if(PERFDECK_BUILD_GUI)
    list(APPEND man_pages perfdeck)
endif()
foreach(page ${man_pages})
    configure_file(packaging/man/${page}.1 ${pkg_out}/${page}.1 @ONLY)
    perfdeck_gzip(${pkg_out}/${page}.1 ${pkg_out}/${page}.1.gz)
    install(FILES ${pkg_out}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
perfdeck_gzip(${CMAKE_SOURCE_DIR}/packaging/changelog ${pkg_out}/changelog.gz)
add_custom_target(perfdeck_package_files ALL DEPENDS ${pkg_generated})
install(FILES ${pkg_out}/changelog.gz packaging/copyright DESTINATION ${doc_dir})

install(FILES packaging/completions/perfdeck-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME perfdeck-cli)
install(FILES packaging/completions/_perfdeck-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES packaging/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME perfdeck)

if(PERFDECK_BUILD_GUI)
    install(FILES packaging/perfdeck.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(packaging/perfdeck.metainfo.xml.in
                   ${pkg_out}/${PERFDECK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${pkg_out}/${PERFDECK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES resources/icons/perfdeck.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES resources/icons/hicolor/${size}x${size}/apps/perfdeck.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME perfdeck)
set(CPACK_PACKAGE_VENDOR "Perfdeck")
set(CPACK_PACKAGE_CONTACT "${PERFDECK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "network performance workbench for iperf3 and netperf")
# The long description (CPack puts the summary above it and indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Perfdeck sets up, runs, watches, analyses and reports iperf3 and netperf
tests across your hosts: an inventory of hosts (imported from ssh config or
Ansible), test plans of clients and servers run locally or over SSH, live
charts and a dashboard, statistics with baselines and regression verdicts,
a history database, QoS (DSCP) checks and reports from Jinja2 templates.

The package holds the desktop application (perfdeck), its headless twin for
scripts and CI (perfdeck-cli), the UDP probe for QoS tests (perfdeck-probe),
the shipped test profiles and report templates.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PERFDECK_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries come from dpkg-shlibdeps; these are needed at run time without being linked:
# iperf3 (the engine), Jinja2 for the embedded Python's reports, Qt's platform plugins
# (xcb for the GUI, offscreen for perfdeck-cli report) and the SQLite driver (history).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "iperf3, python3-jinja2, qt6-qpa-plugins, libqt6sql6-sqlite")
# Qt's own catalogues: standard buttons and dialogs in the GUI's language (docs/LANGUAGES.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# netperf is in Debian's non-free component; a secret service keeps SSH passwords.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "netperf, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
