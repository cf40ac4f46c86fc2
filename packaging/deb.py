"""Make the Debian package of the built folder: ``python packaging/deb.py [dist/dutydesk]``.

    /opt/dutydesk/                      the folder PyInstaller built (packaging/dutydesk.spec)
    /usr/bin/desk-app                   a link to /opt/dutydesk/desk-app
    /usr/share/applications/dutydesk.desktop   the menu entry (English, Chinese, Russian)
    /usr/share/icons/hicolor/<n>x<n>/apps/dutydesk.png, scalable/apps/dutydesk.svg
    /usr/share/doc/dutydesk/copyright   what the package holds and under which licences

``Depends:`` are the system libraries the folder's programs and libraries link and do not carry
(the desktop's X11/xcb, OpenGL, fontconfig, GLib, D-Bus, CUPS, libstdc++), found by Debian's own
``dpkg-shlibdeps`` with their minimum versions, plus the fonts the window needs for Chinese and
Cyrillic. Version from pyproject.toml, architecture from ``dpkg --print-architecture``.
Writes ``dist/dutydesk_<version>_<arch>.deb`` and prints its path. Debian/Ubuntu with ``dpkg-dev``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "dutydesk"
INSTALL_DIR = Path("opt") / PACKAGE
PROGRAM = "desk-app"
MAINTAINER = "DutyDesk developers <dutydesk@example.invalid>"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Not linked, so dpkg-shlibdeps cannot see them: the window's fonts for Chinese and Cyrillic
# (any CJK font will do), fontconfig's configuration, the xcb cursor library Qt's xcb platform
# looks for, and the D-Bus library the input methods' plugin talks through.
EXTRA_DEPENDS = (
    "fontconfig",
    "fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei",
    "fonts-dejavu-core",
    "libxcb-cursor0",
    "libdbus-1-3",
)
DESCRIPTION = """\
front-desk duty log, complaints, lost and found, keys and shift handover
 DutyDesk keeps the paper books of a front-desk counter as one desktop program
 that works with no network: the duty log, the complaints register, lost and
 found, the key register, the signed shift handover sheet, the roster and the
 supervisors' reviews, in English, Chinese and Russian. Every write is chained
 in a journal that 'desk-app verify' checks.
 .
 Self-contained: Python and the Qt it uses are inside /opt/dutydesk."""

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=DutyDesk
Name[zh_CN]=DutyDesk 前台值班
Name[ru]=DutyDesk — журнал дежурств
GenericName=Front-desk duty book
GenericName[zh_CN]=前台值班记录
GenericName[ru]=Журнал дежурств
Comment=Duty log, complaints, lost and found, keys and shift handover at the front desk
Comment[zh_CN]=前台值班记录、投诉、失物招领、钥匙登记与交接班
Comment[ru]=Журнал дежурств, жалобы, бюро находок, ключи и передача смены на стойке
Keywords=duty;log;front desk;reception;complaints;lost and found;keys;handover;
Keywords[zh_CN]=值班;前台;投诉;失物招领;钥匙;交接班;
Keywords[ru]=дежурство;ресепшн;жалобы;находки;ключи;смена;
Exec=desk-app
TryExec=desk-app
Icon=dutydesk
Terminal=false
Categories=Office;
StartupWMClass=desk-app
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: DutyDesk

Files: *
Copyright: DutyDesk developers
License: proprietary
 DutyDesk itself. The folder /opt/dutydesk/_internal also carries, each under
 its own licence: Python (PSF License), Qt and PySide6 (LGPL-3.0; its text in
 /opt/dutydesk/_internal/resources/licences/ when shipped there, else
 /usr/share/common-licenses/LGPL-3), SQLAlchemy, Alembic, openpyxl, reportlab,
 Pillow, argon2-cffi, platformdirs, psycopg (their licence files in
 /opt/dutydesk/_internal/*.dist-info where the packages ship them), and the
 WenQuanYi Micro Hei font the printouts embed (Apache-2.0 or GPL-3 with the
 font exception: /opt/dutydesk/_internal/desk_app/reports/fonts/).
"""


def version() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["project"]["version"]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def stage(folder: Path, root: Path) -> None:
    """Lay the package's files out under ``root`` as they will be installed."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(folder, root / INSTALL_DIR, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # The bootloader finds its folder from /proc/self/exe, so a link on the PATH is enough.
    (bin_dir / PROGRAM).symlink_to(Path("/") / INSTALL_DIR / PROGRAM)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{PACKAGE}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"dutydesk-{size}.png", target / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(icons / "dutydesk.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in root.rglob("*"):  # what dpkg installs: root's, readable by all
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def shlib_depends(work: Path, root: Path) -> list[str]:
    """``dpkg-shlibdeps`` over every ELF file of the package. Run in ``work``, which holds
    ``debian/control`` and the staged tree as ``debian/<package>/``: the libraries found in that
    tree are the package's own, the others are looked up in the installed packages."""
    elves = sorted(str(p.relative_to(work)) for p in root.rglob("*") if is_elf(p))
    private = sorted({str(Path(e).parent) for e in elves})
    done = subprocess.run(
        ["dpkg-shlibdeps", "-O", "--warnings=0", *(f"-l{d}" for d in private), *elves],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
    )
    line = done.stdout.strip()
    prefix = "shlibs:Depends="
    if not line.startswith(prefix):
        raise SystemExit(f"deb.py: dpkg-shlibdeps said {line!r}")
    return [d.strip() for d in line[len(prefix) :].split(",") if d.strip()]


def merged_depends(found: list[str], extra: tuple[str, ...]) -> list[str]:
    """``found`` (dpkg-shlibdeps', with versions) and each of ``extra`` whose package it does not
    name already, sorted."""
    named = {d.split()[0] for d in found}
    return sorted({*found, *(e for e in extra if e.split()[0] not in named)})


def control(depends: list[str], installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # noqa: S324 - dpkg's format
            lines.append(f"{digest}  {path.relative_to(root)}\n")
    return "".join(lines)


def installed_size(root: Path) -> int:
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return (total + 1023) // 1024


def build(folder: Path, out_dir: Path, work: Path, compression: str) -> Path:
    if not (folder / PROGRAM).is_file():
        raise SystemExit(f"deb.py: {folder} is not the built folder (no {PROGRAM} in it)")
    root = work / "debian" / PACKAGE
    stage(folder, root)
    (work / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
    )
    depends = merged_depends(shlib_depends(work, root), EXTRA_DEPENDS)
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(depends, installed_size(root)), encoding="utf-8")
    (debian / "md5sums").write_text(md5sums(root), encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version()}_{architecture()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / PACKAGE))
    parser.add_argument("--out", default=str(ROOT / "dist"), help="where the .deb goes")
    parser.add_argument("--work", default=str(ROOT / "build" / "deb"), help="scratch folder")
    parser.add_argument(
        "--compression", default="xz", choices=("xz", "gzip", "zstd"), help="dpkg-deb -Z"
    )
    args = parser.parse_args(argv)
    target = build(Path(args.folder), Path(args.out), Path(args.work), args.compression)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
