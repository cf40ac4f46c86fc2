"""A program that installed Chinese or Russian exits cleanly.

PySide's clean-up at exit destroyed the installed translators in no fixed order; Qt then asked
the remaining ones (our Python ``MnemonicFallback`` among them) to re-translate on a half-finalised
interpreter, and the process died with a segmentation fault after the window had closed (the smoke
start of the built program showed it). ``translators`` takes them out at exit first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from desk_app import translators
app = QApplication([])
translators.install_language({language!r})
labels = [QLabel(QCoreApplication.translate("QFileDialog", "&Look in:")) for _ in range(50)]
print(labels[0].text())
"""


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "ru"])
def test_exit_after_installing_a_language_is_clean(language: str):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(3):  # it failed every time before the fix; three is to be sure
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(language=language)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
        assert done.stdout.strip() and done.stdout.strip() != "&Look in:"
