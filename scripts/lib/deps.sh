# shellcheck shell=bash
# Installs what the test run needs, only when it is missing, so that a fresh
# CI machine (which has none of what a developer installed by hand) works and a
# second run on the same machine costs nothing. Sourced by scripts/test.

# Runs a command as root: directly when we are root (CI, this dev box),
# through sudo otherwise (a developer's own machine).
deps::as_root() {
    if [[ ${EUID:-$(id -u)} -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: need root (or sudo) to run: $*" >&2
        return 1
    fi
}

# True when the Debian package is installed (not merely known or half-removed).
deps::apt_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# deps::ensure_apt PKG... — apt-get update + install only the missing ones.
# Output goes to a log that is printed only if apt fails (apt is very chatty).
deps::ensure_apt() {
    local missing=() pkg
    for pkg in "$@"; do
        deps::apt_installed "$pkg" || missing+=("$pkg")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "apt: already installed: $*"
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: missing packages (${missing[*]}) and no apt-get to install them" >&2
        return 1
    fi
    echo "apt: installing ${missing[*]} ..."
    local log start=$SECONDS
    log=$(mktemp /tmp/candor-apt.XXXXXX.log)
    # noninteractive: CI has no stdin, and postgresql/tzdata must not prompt.
    if ! deps::as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 ||
       ! deps::as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
             --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >>"$log" 2>&1; then
        echo "error: apt-get failed; its log ($log):" >&2
        tail -n 60 "$log" >&2
        return 1
    fi
    rm -f "$log"
    echo "apt: installed ${missing[*]} in $((SECONDS - start)) s"
}

# deps::ensure_pip REQUIREMENTS_FILE MODULE... — pip install -r only when one
# of the given Python modules cannot be imported.
deps::ensure_pip() {
    local req=$1; shift
    local py=${PYTHON:-python3}
    local imports
    imports=$(IFS=,; echo "$*")
    if "$py" -c "import $imports" >/dev/null 2>&1; then
        echo "pip: already importable: $*"
        return 0
    fi
    echo "pip: installing from $req ..."
    local start=$SECONDS
    # We run as root in CI on a pyenv Python: silence pip's root warning and
    # its self-update check; -q keeps the log short.
    PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 \
        "$py" -m pip install -q -r "$req"
    "$py" -c "import $imports"
    echo "pip: installed in $((SECONDS - start)) s"
}
