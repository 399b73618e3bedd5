#!/bin/sh
# Makes sure the benchmark (mvn -B verify -Pbenchmark) has Debian's wrk, the HTTP load generator:
# installs the package when it is missing and this user may (root, or sudo without a password),
# otherwise stops at once with the command to run. Called from the benchmark profile only.
wrk=${1:-wrk}
command -v "$wrk" >/dev/null 2>&1 && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "Le banc d'essai a besoin de wrk (générateur de charge HTTP)." >&2
    echo "Installez-le puis relancez : sudo apt-get install -y wrk" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Pas d'apt-get ici : installez wrk (https://github.com/wg/wrk), puis relancez." >&2
    exit 1
fi
echo "Installation de wrk (paquet Debian) pour le banc d'essai..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q && $sudo apt-get install -y -q wrk || exit 1
command -v "$wrk" >/dev/null 2>&1 || { echo "wrk toujours absent après l'installation." >&2; exit 1; }
