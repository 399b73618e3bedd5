#!/bin/sh
# Makes sure the browser tests have Debian's chromium and chromium-driver, like the build provisions
# WildFly and MariaDB: installs the two packages when they are missing and this user may (root, or
# sudo without a password), otherwise stops at once with the command to run.
chromium=${1:-/usr/bin/chromium}
driver=${2:-/usr/bin/chromedriver}
[ -x "$chromium" ] && [ -x "$driver" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "Les tests de navigateur ont besoin de $chromium et $driver." >&2
    echo "Installez-les puis relancez : sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Pas d'apt-get ici : installez chromium et chromedriver ($chromium, $driver), ou passez -DskipITs." >&2
    exit 1
fi
echo "Installation de chromium et chromium-driver (paquets Debian) pour les tests de navigateur..."
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q && $sudo apt-get install -y -q chromium chromium-driver || exit 1
[ -x "$chromium" ] && [ -x "$driver" ] || { echo "chromium ou chromedriver toujours absent après l'installation." >&2; exit 1; }
