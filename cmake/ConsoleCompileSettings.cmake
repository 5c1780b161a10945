# console_compile_settings: the compile settings every target of the project links (PRIVATE), the
# way qBittorrent's CommonConfig does, so a library, a test and a benchmark are built alike and a
# new target cannot forget them. Every new target links it.
add_library(console_compile_settings INTERFACE)
