# SPDX-License-Identifier: GPL-3.0-or-later
# Runs TOOL on FILE and fails when it exits non-zero or prints anything: desktop-file-validate reports warnings
# and hints but exits 0 for them.
execute_process(COMMAND ${TOOL} ${FILE} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "${TOOL} ${FILE} (exit ${code}):\n${out}")
endif()
message(STATUS "${FILE}: no errors, warnings or hints")
