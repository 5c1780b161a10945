# cmake -DCLI=path/to/braze-cli -P badinput.cmake
# Every case must end within a few seconds with the expected exit status and message: before
# the fixes, /dev/zero inputs grew to gigabytes and plain-http endpoints were dialled.
set(demo_key "sandbox-all-permissions-0000000000000005")

# expect(NAME STATUS PHRASE [ENV KEY=VALUE...] COMMAND args...)
function(expect name status phrase)
    cmake_parse_arguments(arg "" "" "ENV;COMMAND" ${ARGN})
    string(TIMESTAMP started "%s")
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env ${arg_ENV} ${CLI} ${arg_COMMAND}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 20)
    string(TIMESTAMP ended "%s")
    math(EXPR seconds "${ended} - ${started}")
    set(text "${out}${err}")
    if(NOT "${result}" STREQUAL "${status}")
        message(SEND_ERROR "${name}: exit status ${result}, expected ${status}\n${text}")
    elseif(NOT text MATCHES "${phrase}")
        message(SEND_ERROR "${name}: the message does not say “${phrase}”:\n${text}")
    else()
        message(STATUS "${name}: ${result} in ${seconds} s: ${text}")
    endif()
endfunction()

expect("render --template /dev/zero" 2 "larger than 8"
    COMMAND render --template /dev/zero)
expect("render --data /dev/zero" 2 "larger than 8"
    COMMAND render --template ${CMAKE_CURRENT_LIST_FILE} --data /dev/zero)
expect("call --json /dev/zero" 2 "larger than 8"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call POST /users/track --json /dev/zero --endpoint http://127.0.0.1:9)
expect("plain http to another computer" 2 "https://"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call GET /segments/list --endpoint http://10.0.0.1)
expect("dashboard address as endpoint" 2 "dashboard"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call GET /segments/list --endpoint https://dashboard-01.braze.com)
expect("unknown host without --allow-custom-host" 2 "allow-custom-host"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call GET /segments/list --endpoint https://braze.example.com)
expect("dot segments in the path" 2 "segments"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call POST /users/../../_sandbox/reset --endpoint http://127.0.0.1:9)
expect("encoded dot segments in the path" 2 "segments"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call POST /users/%2e%2e/_sandbox/reset --endpoint http://127.0.0.1:9)
expect("control API of a real endpoint" 2 "not a sandbox"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND call POST /_sandbox/reset --endpoint https://rest.iad-01.braze.com)
expect("line break in the key" 2 "line break"
    ENV "BRAZE_API_KEY=bad-key-0000000000000000\nInjected: 1"
    COMMAND call GET /segments/list --endpoint http://127.0.0.1:9)
expect("nothing answers the permission probe" 1 "No permission could be checked"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND probe --endpoint http://127.0.0.1:9 --timeout 1)

# A template whose connected_content render cannot fetch, and one that is not UTF-8.
set(scratch "${CMAKE_CURRENT_BINARY_DIR}/cli-bad-input")
file(MAKE_DIRECTORY "${scratch}")
file(WRITE "${scratch}/connected.liquid" "{% connected_content https://example.com/offers :save offers %}Hello")
expect("render names the calls it did not fetch" 0 "connected_content https://example.com/offers was not fetched"
    COMMAND render --template "${scratch}/connected.liquid")
string(ASCII 255 invalid)
file(WRITE "${scratch}/latin1.liquid" "Hello\nCaf${invalid} {{ name }}")
expect("invalid UTF-8 with its position" 2 "latin1.liquid:2:4: this is not UTF-8"
    COMMAND render --template "${scratch}/latin1.liquid")
expect("run with plain http to another computer" 2 "https://"
    ENV BRAZE_API_KEY=${demo_key}
    COMMAND run quikly.email-acquisition --endpoint http://10.0.0.1)
