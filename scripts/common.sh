# Shared by ./run and ./test: install what is missing, then configure and build into build/.
# Sourced, not run.

# Debian packages the console needs to build, test and run (see ../shared/docs/toolchain.md).
CONSOLE_PACKAGES="cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
 qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libsecret-1-0 libxkbcommon-dev
 xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core ccache
 help2man desktop-file-utils appstream dpkg-dev"

install_missing_packages() {
    local missing=()
    for package in $CONSOLE_PACKAGES "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build_console() {
    # build_console DIR TYPE [-DNAME=VALUE...]: the settings given are applied to an existing build
    # folder too (only when its cache says otherwise, so an unchanged folder is not reconfigured).
    local build_dir=${1:-build} build_type=${2:-Debug}
    shift 2 || true
    # Paths below the checkout's parent are hashed relative to it, so a fresh clone (CI's, or a second
    # worktree) reuses what an earlier build of the same sources compiled.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}" CCACHE_NOHASHDIR=1
    if [ ! -f "$build_dir/build.ninja" ]; then
        # ccache makes rebuilds after a fresh clone cheap; the build does not depend on it.
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@"
    else
        local setting
        for setting in "$@"; do
            local name=${setting#-D} value=${setting#*=}
            name=${name%%=*}
            if ! grep -q "^${name}:[A-Z]*=${value}\$" "$build_dir/CMakeCache.txt"; then
                cmake -S . -B "$build_dir" "$@"
                break
            fi
        done
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}
