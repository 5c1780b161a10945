# cmake -DBRAZE_CLI=... -DOUTPUT_DIR=... -DVERSION=... -DHELP2MAN=... -P GenerateManPages.cmake
# Writes braze-cli.1 and one braze-cli-COMMAND.1 per sub-command, each from the program's own
# --help in English, so the pages list exactly the options the installed program has.
set(ENV{LANGUAGE} C)
set(ENV{LC_ALL} C)
set(ENV{BRAZE_CONSOLE_LANGUAGE} en)
set(ENV{QT_QPA_PLATFORM} offscreen)

file(REMOVE_RECURSE "${OUTPUT_DIR}")
file(MAKE_DIRECTORY "${OUTPUT_DIR}")

execute_process(COMMAND "${BRAZE_CLI}" --list-commands
    OUTPUT_VARIABLE commands RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "braze-cli --list-commands failed (${result})")
endif()
string(REPLACE "\n" ";" commands "${commands}")

execute_process(COMMAND "${BRAZE_CLI}" --help OUTPUT_VARIABLE overview)

# help2man names a page after the program it runs, so each sub-command gets a small wrapper
# called braze-cli-COMMAND (as git's pages are git-commit, git-log).
set(wrappers "${OUTPUT_DIR}/../man-wrappers")
file(REMOVE_RECURSE "${wrappers}")
file(MAKE_DIRECTORY "${wrappers}")

function(write_page page command name)
    set(program "${wrappers}/${page}")
    file(WRITE "${program}" "#!/bin/sh\nexec '${BRAZE_CLI}' ${command} \"$@\"\n")
    file(CHMOD "${program}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    execute_process(COMMAND "${HELP2MAN}" --no-info --no-discard-stderr --section=1
            --version-string=${VERSION} --name=${name} --source=braze-console
            --output=${OUTPUT_DIR}/${page}.1 "${program}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "help2man failed for ${page} (${result})")
    endif()
endfunction()

write_page(braze-cli "" "test Braze partner integrations from the command line")
foreach(command IN LISTS commands)
    if(command STREQUAL "")
        continue()
    endif()
    # The one-line summary braze-cli --help shows for the command names its page.
    set(summary "braze-cli ${command}")
    if(overview MATCHES "\n  ${command} +([^\n]+)")
        string(STRIP "${CMAKE_MATCH_1}" summary)
    endif()
    write_page(braze-cli-${command} ${command} "${summary}")
endforeach()
