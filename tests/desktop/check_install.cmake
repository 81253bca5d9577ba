# SPDX-License-Identifier: GPL-3.0-or-later
# Installs BUILD_DIR into a fresh PREFIX and checks that every file desktops, software centres and man look for
# is there. With APPSTREAMCLI, also validates the installed tree, which checks that the metainfo's launchable,
# the desktop file and the icon find one another.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (exit ${code}):\n${out}")
endif()

set(expected
    ${BINDIR}/gloss
    ${DATADIR}/applications/app.gloss.Gloss.desktop
    ${DATADIR}/metainfo/app.gloss.Gloss.metainfo.xml
    ${DATADIR}/icons/hicolor/scalable/apps/app.gloss.Gloss.svg
    ${MANDIR}/man1/gloss.1
    ${DATADIR}/gloss/translations/gloss_de.qm
    ${DATADIR}/gloss/translations/gloss_fr.qm
    ${DATADIR}/gloss/translations/gloss_en.qm
)
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${path})
        list(APPEND missing ${path})
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "not installed under ${PREFIX}:\n  ${missing}\ninstalled:\n${out}")
endif()
# The installed binary runs from its new place (the command line needs no display).
execute_process(COMMAND ${PREFIX}/${BINDIR}/gloss --version
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "${PREFIX}/${BINDIR}/gloss --version failed (exit ${code}):\n${out}")
endif()

if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --strict ${PREFIX}
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT code EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree ${PREFIX} (exit ${code}):\n${out}")
    endif()
endif()
list(LENGTH expected count)
message(STATUS "installed into ${PREFIX}: all ${count} expected files are there")
