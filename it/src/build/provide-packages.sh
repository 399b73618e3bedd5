#!/bin/sh
# Makes sure the tests have the Debian packages they need (the browser tests' chromium and chromedriver, the
# benchmark's wrk), as the build provisions WildFly and MariaDB: installs them when a command is missing and
# this user may (root, or sudo without a password), otherwise stops at once with the command to run.
# Usage: provide-packages.sh "<what needs them>" "<packages>" <command or path>...
purpose=$1
packages=$2
shift 2

all_present() {
    for needed in "$@"; do
        command -v "$needed" >/dev/null 2>&1 || return 1
    done
}
all_present "$@" && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "$purpose : il faut $*." >&2
    echo "Installez-les puis relancez : sudo apt-get install -y $packages" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Pas d'apt-get ici : installez $* ($purpose), ou passez -DskipITs." >&2
    exit 1
fi
echo "Installation de $packages (paquets Debian) : $purpose..."
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$sudo apt-get update -q && $sudo apt-get install -y -q $packages || exit 1
all_present "$@" || { echo "$* toujours absent après l'installation." >&2; exit 1; }
