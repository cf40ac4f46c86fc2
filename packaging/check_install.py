"""Install the .deb on a clean Debian and start the program there as a desk PC would.

    python packaging/check_install.py dist/dutydesk_<version>_<arch>.deb [--where auto|chroot|host]

``chroot`` (``auto`` when run as root with ``mmdebstrap`` at hand): a fresh Debian (``--variant=apt``:
the essential packages and apt, no Python) is made in a temporary folder, and in it, as an
ordinary user, with an empty environment (``PATH=/usr/bin:/bin``, no ``PYTHON*``):

1. ``apt-get install -y ./dutydesk_*.deb`` (the Depends come from the Debian mirror);
2. every library of /opt/dutydesk resolves (``ldd``), and no ``python3`` is on the machine;
3. the menu entry's command (``Exec=`` of dutydesk.desktop) ``--version``, then ``demo --years
   0.02`` (the bundled Python writing a demo book), then ``smoke``: the window started offscreen,
   signed in as the demo manager, shown and closed with exit 0; then a Chinese PDF export.

``host``: the same on this machine (``apt-get install`` here, needs root), the entry's command
found through a PATH holding nothing but a link to it, so no Python on the PATH can be used.

Prints what it did and how long each step took; exits 1 at the first step that fails.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DESKTOP_FILE = "/usr/share/applications/dutydesk.desktop"
INSTALL_DIR = "/opt/dutydesk"
SUITE = "bookworm"
USER = "clerk"
DEMO_PERSON = "Wang Li"  # the demo's manager (desk_app/demo), PIN 111111
DEMO_PIN = "111111"
LIBRARY_CHECK = (
    "cd " + INSTALL_DIR + " && find . -type f \\( -name '*.so' -o -name '*.so.*' -o -name desk-app "
    "\\) | while read -r f; do LD_LIBRARY_PATH=" + INSTALL_DIR + '/_internal ldd "$f" 2>/dev/null'
    " | grep 'not found' | sed \"s|^|$f: |\"; done; true"
)


class Failed(Exception):
    pass


def say(message: str) -> None:
    print(f"check-install: {message}", flush=True)


def run(command: list[str], *, step: str, timeout: float = 600, **kwargs) -> str:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise Failed(
            f"{step} failed (exit {done.returncode}, {took:.1f} s): {shlex.join(command)}\n"
            f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    say(f"{step}: ok ({took:.1f} s)")
    return done.stdout


def sources() -> str:
    """This machine's Debian sources (deb822), so the chroot uses the same mirror."""
    for candidate in ("/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list"):
        if Path(candidate).is_file() and Path(candidate).read_text().strip():
            return candidate
    return "http://deb.debian.org/debian"


class Machine:
    """Where the package is installed and the program run: a chroot, or this machine."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def shell(
        self,
        script: str,
        *,
        user: str | None = None,
        env: dict[str, str] | None = None,
        as_root: bool = False,
    ) -> list[str]:
        """``script`` by sh, as ``user`` (or root), in an environment holding ``env`` only."""
        clean = ["env", "-i", *(f"{k}={v}" for k, v in (env or {}).items())]
        if self.root is None:
            if os.geteuid() != 0:
                who = ["sudo", "-n"] if as_root else []  # this machine's apt: through sudo
            else:
                who = ["runuser", "-u", user, "--"] if user else []
            return [*who, *clean, "/bin/sh", "-c", script]
        spec = [f"--userspec={user}"] if user else []
        return ["chroot", *spec, str(self.root), *clean, "/bin/sh", "-c", script]

    def path(self, inside: str) -> Path:
        return Path(inside) if self.root is None else self.root / inside.lstrip("/")


@contextmanager
def chroot_machine(work: Path) -> Iterator[Machine]:
    root = work / "root"
    run(
        [
            "mmdebstrap",
            "--quiet",
            "--mode=root",
            "--variant=apt",
            "--aptopt=Acquire::Check-Valid-Until false",
            SUITE,
            str(root),
            sources(),
        ],
        step=f"a clean Debian {SUITE} (mmdebstrap --variant=apt)",
    )
    shutil.copy2("/etc/resolv.conf", root / "etc" / "resolv.conf")
    # mmdebstrap made the device nodes; the program needs /proc (the bootloader finds itself
    # through /proc/self/exe) and a /dev/shm.
    mounts = [(["-t", "proc", "proc"], root / "proc"), (["-t", "tmpfs", "tmpfs"], root / "dev/shm")]
    mounted = []
    try:
        for how, target in mounts:
            run(["mount", *how, str(target)], step=f"mount /{target.relative_to(root)}")
            mounted.append(target)
        yield Machine(root)
    finally:
        for target in reversed(mounted):
            subprocess.run(["umount", str(target)], check=False)
        still = [
            line for line in Path("/proc/mounts").read_text().splitlines() if str(root) in line
        ]
        if still:  # never delete through a mount
            say(f"left {root} in place: still mounted there: {still}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def check(deb: Path, where: str) -> None:
    with tempfile.TemporaryDirectory(prefix="dutydesk-check-") as folder:
        work = Path(folder)
        if where == "chroot":
            with chroot_machine(work) as machine:
                on(machine, deb, work)
        else:
            on(Machine(None), deb, work)


def on(machine: Machine, deb: Path, work: Path) -> None:
    apt_env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    package = machine.path(f"/tmp/{deb.name}")
    if machine.root is not None:
        shutil.copy2(deb, package)
        run(
            machine.shell("apt-get -qq -o Acquire::Check-Valid-Until=false update", env=apt_env),
            step="apt-get update",
        )
        python = machine.shell("command -v python3 python || true", env=apt_env)
        if subprocess.run(python, capture_output=True, text=True).stdout.strip():
            raise Failed("the clean machine has a Python: the check would prove nothing")
        say("no python3 on the clean machine")
        run(machine.shell(f"useradd --create-home {USER}", env=apt_env), step=f"user {USER}")
        home = f"/home/{USER}"
        uid = run(machine.shell(f"id -u {USER}", env=apt_env), step=f"{USER}'s id").strip()
        user = f"{uid}:{uid}"
    else:
        package = deb.resolve()
        home = str(work / "home")
        Path(home).mkdir()
        user = None
        if os.geteuid() == 0:
            shutil.chown(work, "nobody", "nogroup")
            shutil.chown(home, "nobody", "nogroup")
            user = "nobody"  # runuser's name
    folder = "/tmp" if machine.root is not None else shlex.quote(str(package.parent))
    run(
        machine.shell(f"cd {folder} && apt-get install -y ./{deb.name}", env=apt_env, as_root=True),
        step=f"apt-get install ./{deb.name}",
    )
    missing = run(machine.shell(LIBRARY_CHECK, env=apt_env), step="every library resolves (ldd)")
    if missing.strip():
        raise Failed(f"libraries not found:\n{missing}")
    entry = machine.path(DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    command = exec_line.removeprefix("Exec=").strip()
    say(f"the menu entry starts: {command}")
    if machine.root is None:  # a PATH with the entry's program alone: no Python reachable
        bin_dir = work / "bin"
        bin_dir.mkdir()
        (bin_dir / command).symlink_to(shutil.which(command, path="/usr/bin:/bin"))
        path = str(bin_dir)
    else:
        path = "/usr/bin:/bin"
    env = {
        "HOME": home,
        "PATH": path,
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "SMOKE_PIN": DEMO_PIN,
    }
    db = f"{home}/demo.sqlite"
    version = run(machine.shell(f"{command} --version", user=user, env=env), step="--version")
    say(f"version: {version.strip()}")
    run(
        machine.shell(f"{command} --db {db} demo --years 0.02", user=user, env=env),
        step="a demo book made by the installed program",
    )
    smoke = run(
        machine.shell(
            f"{command} --db {db} --lang zh_CN smoke --person {shlex.quote(DEMO_PERSON)}"
            " --pin-from-env SMOKE_PIN",
            user=user,
            env=env,
        ),
        step="the smoke start (signed in, shown, closed: exit 0)",
    )
    for line in smoke.splitlines():
        say(line)
    today = time.strftime("%Y-%m-%d", time.gmtime())
    pdf = f"{home}/report.pdf"
    run(
        machine.shell(
            f"{command} --db {db} export report --from {today} --to {today} --pdf {pdf} "
            "--lang zh_CN",
            user=user,
            env=env,
        ),
        step="a Chinese duty report as PDF",
    )
    if machine.path(pdf).stat().st_size < 10_000:
        raise Failed("the PDF is too small to hold the report")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", type=Path)
    parser.add_argument("--where", choices=("auto", "chroot", "host"), default="auto")
    args = parser.parse_args(argv)
    where = args.where
    if where == "auto":
        can_chroot = os.geteuid() == 0 and shutil.which("mmdebstrap") is not None
        where = "chroot" if can_chroot else "host"
    say(
        f"installing {args.deb} on {'a clean Debian chroot' if where == 'chroot' else 'this machine'}"
    )
    started = time.perf_counter()
    try:
        check(args.deb, where)
    except (Failed, subprocess.TimeoutExpired) as exc:
        say(f"FAILED: {exc}")
        return 1
    say(f"all done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
