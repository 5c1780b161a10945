# CPack: `cpack` in a build folder makes braze-console_VERSION_ARCH.deb (Debian 12 and later; the
# library dependencies come from dpkg-shlibdeps) and braze-console-VERSION-Linux.tar.gz (the
# same files below bin/ and share/, to unpack anywhere). Both hold what `cmake --install` installs.
set(CPACK_PACKAGE_NAME braze-console)
set(CPACK_PACKAGE_VENDOR "Braze Console developers")
set(CPACK_PACKAGE_CONTACT "Braze Console developers <braze-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Braze Console is a desktop application for marketers who connect Braze to partners (Quikly, \
SmarterSends, ActionIQ, Outgrow): workspaces with the API key in the system keychain, the permissions \
each integration needs, webhook templates previewed with Braze's Liquid, each partner's workflow \
rehearsed step by step, and test users. Everything also works offline against a built-in sandbox. \
braze-cli does the same from the command line.")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt's platform plugins (the window), the Secret Service client
# QtKeychain loads at run time (API keys), the SVG icon plugins; recommended: Qt's own German and
# French texts (dialog buttons) and a keyring.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/brazeconsole/braze-console")

include(CPack)
