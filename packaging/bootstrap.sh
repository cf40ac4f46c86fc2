#!/usr/bin/env bash
# Set up DutyDesk on a fresh Debian/Ubuntu machine and run it or its tests.
#   bash packaging/bootstrap.sh run [desk-app options]   e.g.  run --demo
#   bash packaging/bootstrap.sh test [pytest options]
#   bash packaging/bootstrap.sh setup                  only install (packaging/build.sh uses it)
# System packages: Qt's runtime libraries and fonts that cover Chinese and Cyrillic.
# Python packages: a virtual environment in .venv, the project installed editable.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="${DESK_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

APT_PACKAGES=(
  libegl1 libgl1 libglx0 libglvnd0 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
  libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-wqy-microhei fonts-dejavu-core
)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install these Debian packages as root: ${missing[*]}" >&2; return 0
    fi
  fi
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e "$ROOT[test]"
  # Bytecode now, as installing a wheel does: an editable install leaves it to the first start,
  # and where PYTHONDONTWRITEBYTECODE is set every start would compile the program again.
  "$VENV/bin/python" -m compileall -q "$ROOT/desk_app"
}

cmd="${1:-run}"
shift || true
install_system_packages
install_python_packages
case "$cmd" in
  run)
    exec "$VENV/bin/desk-app" "$@"
    ;;
  test)
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    "$VENV/bin/ruff" check desk_app tests packaging
    # One worker a processor (DESK_TEST_WORKERS=0 for one process); a file's tests stay together,
    # so a module's demo book is made once.
    exec "$VENV/bin/python" -m pytest -n "${DESK_TEST_WORKERS:-auto}" --dist loadfile "$@"
    ;;
  setup)
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh run|test|setup [options]" >&2
    exit 2
    ;;
esac
