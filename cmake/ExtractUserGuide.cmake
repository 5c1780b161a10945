# cmake -DREADME=... -DOUTPUT=... -P ExtractUserGuide.cmake
# The console's English user guide is the README's, between its two markers: one source of truth,
# never a second English copy. The German and French guides are resources/guide/guide_{de,fr}.md.
file(READ "${README}" readme)
string(FIND "${readme}" "<!-- user guide" begin)
string(FIND "${readme}" "<!-- end of user guide" end)
if(begin EQUAL -1 OR end EQUAL -1 OR NOT end GREATER begin)
    message(FATAL_ERROR "${README}: the user guide's markers (<!-- user guide ... --> and <!-- end of user guide ... -->) are missing or out of order")
endif()
math(EXPR length "${end} - ${begin}")
string(SUBSTRING "${readme}" ${begin} ${length} guide)
# Written only when it changed, so an unrelated README edit rebuilds nothing but this step.
file(CONFIGURE OUTPUT "${OUTPUT}" CONTENT "${guide}" @ONLY)
