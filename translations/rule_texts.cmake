# Writes the rules' English texts of resources/rules/rules.json as QT_TRANSLATE_NOOP3 lines into
# OUTPUT, for lupdate to collect into the "Rules" context of every catalogue (the rules are data,
# which lupdate cannot read). The disambiguation names the rule and the part, as
# core/detection/rule_catalog.cpp asks for it. Run by the update-translations target:
#   cmake -DRULES=resources/rules/rules.json -DOUTPUT=build/rule_texts.cpp -P translations/rule_texts.cmake
file(READ "${RULES}" json)
string(JSON count LENGTH "${json}" rules)
math(EXPR last "${count} - 1")

function(escape_for_cpp text out)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "\"" "\\\"" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(lines "// Generated from resources/rules/rules.json by translations/rule_texts.cmake; read by lupdate only.\n")
foreach(i RANGE ${last})
    string(JSON id GET "${json}" rules ${i} id)
    foreach(part title why instead)
        string(JSON text ERROR_VARIABLE missing GET "${json}" rules ${i} ${part})
        if(NOT missing AND NOT text STREQUAL "")
            escape_for_cpp("${text}" text)
            string(APPEND lines "QT_TRANSLATE_NOOP3(\"Rules\", \"${text}\", \"${id} ${part}\")\n")
        endif()
    endforeach()
    string(JSON notes ERROR_VARIABLE no_notes GET "${json}" rules ${i} notes)
    if(NOT no_notes)
        string(JSON note_count LENGTH "${notes}")
        math(EXPR last_note "${note_count} - 1")
        foreach(n RANGE ${last_note})
            string(JSON key MEMBER "${notes}" ${n})
            string(JSON text GET "${notes}" ${key})
            escape_for_cpp("${text}" text)
            string(APPEND lines "QT_TRANSLATE_NOOP3(\"Rules\", \"${text}\", \"${id} note ${key}\")\n")
        endforeach()
    endif()
endforeach()
file(WRITE "${OUTPUT}" "${lines}")
