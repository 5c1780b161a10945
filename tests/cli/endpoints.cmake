# cmake -DCLI=path/to/braze-cli -DREADME=path/to/README.md -P endpoints.cmake
# braze-cli endpoints and call --example read the endpoint registry (app/braze/endpoints.cpp);
# README's sandbox section holds the table `braze-cli endpoints --markdown` prints, so the two
# cannot drift apart: after a registry change, paste the new output between the markers.

# run(NAME STATUS PHRASE args...): runs braze-cli, checks the exit status and a phrase; the
# output is left in run_output.
function(run name status phrase)
    execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 20)
    set(text "${out}${err}")
    if(NOT "${result}" STREQUAL "${status}")
        message(SEND_ERROR "${name}: exit status ${result}, expected ${status}\n${text}")
    elseif(NOT text MATCHES "${phrase}")
        message(SEND_ERROR "${name}: the output does not say “${phrase}”:\n${text}")
    endif()
    set(run_output "${out}" PARENT_SCOPE)
endfunction()

run("call --help explains --example" 0 "--example" call --help)
run("example body of users/track" 0 "\"attributes\"" call POST /users/track --example)
string(JSON first_attribute_user GET "${run_output}" attributes 0 external_id)
if(NOT first_attribute_user STREQUAL "user_123")
    message(SEND_ERROR "the users/track example is not Braze's documented body:\n${run_output}")
endif()
run("example body of a Canvas trigger" 0 "\"context\"" call post /canvas/trigger/send --example)
run("example query of a GET" 0 "^/campaigns/details\\?campaign_id=" call GET /campaigns/details --example)
run("catalog item path with a name filled in" 0 "\"items\"" call POST /catalogs/spring_products/items/tulip --example)
run("endpoint without a documented example" 1 "documents no example" call GET /catalogs --example)
run("not a documented endpoint" 2 "braze-cli endpoints" call POST /users/teleport --example)

run("endpoints lists permission and rate limit" 0 "POST /users/merge +users.merge +20,000 per minute" endpoints)
run("endpoints marks examples" 0 "POST /users/track +users.track +3,000 per 3 seconds[^\n]*\\[example\\]" endpoints)
run("endpoints --markdown" 0 "\\| `POST /users/external_ids/rename` \\| `users.external_ids.rename` \\| 1,000 per minute" endpoints --markdown)

file(READ "${README}" readme)
set(begin "<!-- endpoints: braze-cli endpoints --markdown -->\n")
set(end "<!-- end of endpoints -->")
string(FIND "${readme}" "${begin}" from)
string(FIND "${readme}" "${end}" to)
if(from EQUAL -1 OR to EQUAL -1)
    message(SEND_ERROR "README.md lacks the endpoint table markers")
else()
    string(LENGTH "${begin}" skip)
    math(EXPR from "${from} + ${skip}")
    math(EXPR length "${to} - ${from}")
    string(SUBSTRING "${readme}" ${from} ${length} table)
    if(NOT table STREQUAL run_output)
        message(SEND_ERROR "README's endpoint table differs from the registry; replace it with the output of "
                           "`braze-cli endpoints --markdown`:\n${run_output}")
    endif()
endif()
