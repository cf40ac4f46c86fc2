"""Making a file or folder truly read-only for this process — also as root, as CI runs.

chmod stops a user but not root, so a read-only test that relied on it skipped itself exactly
where it mattered. As root a folder is bind-mounted read-only over itself (the kernel refuses
every write, to root too) and a file is made immutable (``chattr +i``). If neither can be done,
the test fails and says why: it must not quietly vanish.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"cannot make a read-only place for this test: {' '.join(command)}: "
                    f"{done.stderr.strip()}")


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        old = stat.S_IMODE(path.stat().st_mode)
        path.chmod(stat.S_IRUSR | stat.S_IXUSR if path.is_dir() else stat.S_IRUSR)
        try:
            assert not os.access(path, os.W_OK)
            yield path
        finally:
            path.chmod(old)
        return
    if path.is_dir():
        _run("mount", "--bind", str(path), str(path))
        try:
            _run("mount", "-o", "remount,ro,bind", str(path))
            assert not os.access(path, os.W_OK)
            yield path
        finally:
            _run("umount", str(path))
    else:
        _run("chattr", "+i", str(path))
        try:
            assert not os.access(path, os.W_OK)
            yield path
        finally:
            _run("chattr", "-i", str(path))
