# SPDX-License-Identifier: GPL-3.0-or-later
# Fails unless the newest <release> in METAINFO is VERSION (project(Gloss VERSION …)): software centres show the
# metainfo's newest release as the installed version.
file(READ ${METAINFO} xml)
string(REGEX MATCHALL "<release[ \t\r\n][^>]*version=\"[^\"]*\"" releases "${xml}")
if(NOT releases)
    message(FATAL_ERROR "${METAINFO} has no <release version=\"…\">")
endif()
set(newest "")
foreach(release IN LISTS releases)
    string(REGEX REPLACE ".*version=\"([^\"]*)\".*" "\\1" version "${release}")
    if(newest STREQUAL "" OR version VERSION_GREATER newest)
        set(newest ${version})
    endif()
endforeach()
if(NOT newest VERSION_EQUAL VERSION)
    message(FATAL_ERROR "the newest release in ${METAINFO} is ${newest}, but the project is version ${VERSION}: "
                        "add a <release version=\"${VERSION}\" date=\"…\"> with its notes")
endif()
message(STATUS "newest release in the metainfo: ${newest}, as in project()")
