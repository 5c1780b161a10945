# console_compile_settings: the compile settings every target of the project links (PRIVATE), the
# way qBittorrent's CommonConfig does, so a library, a test and a benchmark are built alike and a
# new target cannot forget them. Nothing is added with add_compile_options().
#
#   CONSOLE_WERROR   turn warnings into errors. ./test and CI (the CI environment variable) turn
#                    it on, so nothing that warns lands; a plain configure leaves it off, so a
#                    newer compiler's new warning does not stop someone building from source.

if(DEFINED ENV{CI})
    set(console_werror_default ON)
else()
    set(console_werror_default OFF)
endif()
option(CONSOLE_WERROR "Treat compiler warnings as errors (on in ./test and CI)" ${console_werror_default})

add_library(console_compile_settings INTERFACE)

target_compile_features(console_compile_settings INTERFACE cxx_std_20)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(console_compile_settings INTERFACE
        -Wall -Wextra -Wpedantic
        # A C cast hides which of static/const/reinterpret is meant; Qt's own headers are
        # included as system headers, so only our code is held to this.
        -Wold-style-cast
        # A local that hides another local is how a value silently goes unused. GCC's plain
        # -Wshadow also flags every constructor parameter named like its member and scoped
        # enumerators (false positives), so GCC checks locals and Clang the whole rule.
        $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow>)
    if(CONSOLE_WERROR)
        target_compile_options(console_compile_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(console_compile_settings INTERFACE /W4 /permissive- /utf-8)
    if(CONSOLE_WERROR)
        target_compile_options(console_compile_settings INTERFACE /WX)
    endif()
endif()

target_compile_definitions(console_compile_settings INTERFACE
    # No QString from or to char* behind the reader's back: text is UTF-8 or Latin-1 on purpose.
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    # a + b + c of strings builds one string, not two temporaries.
    QT_USE_QSTRINGBUILDER
    # Q_FOREACH copies the container; range-for with std::as_const does not.
    QT_NO_FOREACH
    # A signal's int must not silently arrive in a slot's short.
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Nothing deprecated up to the oldest supported Qt compiles (Qt 6.5 renamed the macro).
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CONSOLE_VERSION="${PROJECT_VERSION}")

if(CONSOLE_SANITIZE)
    target_compile_options(console_compile_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(console_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
if(CONSOLE_FUZZ)
    target_compile_options(console_compile_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(console_compile_settings INTERFACE -fsanitize=address,undefined)
endif()
