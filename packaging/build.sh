#!/usr/bin/env bash
# Build DutyDesk for desk PCs: the self-contained folder and the Debian package.
#   bash packaging/build.sh        dist/dutydesk/ (PyInstaller, packaging/dutydesk.spec) and
#                                  dist/dutydesk_<version>_<arch>.deb (packaging/deb.py)
#   bash packaging/build.sh --ci   the same, then the .deb installed on a clean Debian (a chroot
#                                  made with mmdebstrap when run as root, else this machine) and
#                                  started there from its menu entry's command with no Python on
#                                  the PATH (packaging/check_install.py), then the sizes and the
#                                  start-up against the venv (packaging/measure_startup.py).
# Any failure ends it with a non-zero status. Windows: packaging/windows/build.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="${DESK_VENV:-$ROOT/.venv}"
ci=0
case "${1:-}" in
  --ci) ci=1 ;;
  "") ;;
  *) echo "usage: bash packaging/build.sh [--ci]" >&2; exit 2 ;;
esac
stamp() { echo "build: $1 ($(( SECONDS - ${2:-0} )) s)"; }

# The tools: Debian's dpkg-dev (dpkg-shlibdeps finds the Depends), binutils (strip), mmdebstrap
# (the clean machine of --ci); the Qt runtime libraries (dpkg-shlibdeps must find each one the
# bundle links) and the venv with the program come from bootstrap.sh.
tools=(dpkg-dev binutils)
[ "$ci" = 1 ] && [ "$(id -u)" -eq 0 ] && tools+=(mmdebstrap)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
bash packaging/bootstrap.sh setup
"$VENV/bin/python" -c "import PyInstaller" 2>/dev/null || "$VENV/bin/python" -m pip install -q -e "$ROOT[build]"

t=$SECONDS
rm -rf dist/dutydesk dist/dutydesk_*.deb
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/dutydesk.spec
stamp "dist/dutydesk built" "$t"

t=$SECONDS
# zstd: a few seconds where xz takes a minute, for some 25% more (dpkg reads it since Debian 12).
deb=$("$VENV/bin/python" packaging/deb.py dist/dutydesk --compression zstd)
stamp "$deb made" "$t"

if [ "$ci" = 1 ]; then
  t=$SECONDS
  "$VENV/bin/python" packaging/check_install.py "$deb"
  stamp "installed and started" "$t"
  "$VENV/bin/python" packaging/measure_startup.py --deb "$deb" --venv "$VENV/bin/desk-app"
fi
