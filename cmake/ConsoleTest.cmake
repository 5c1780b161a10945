# console_add_test(NAME SOURCES... LIBS ... [LABELS ...] [TIMEOUT s])
# One QtTest executable registered with CTest. Every test runs on the offscreen platform
# with its own throwaway config and data folders, so no test touches the user's files.
function(console_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(CONSOLE_CORE_ONLY AND "ui" IN_LIST arg_LABELS)
        return()   # widgets are not built in a core-only build
    endif()
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS} console_compile_settings)
    target_compile_definitions(${name} PRIVATE
        SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
        SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}")
endfunction()
