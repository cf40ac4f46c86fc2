"""A text progress bar for the command line: one line on stderr, redrawn in place with ``\\r``.

Callable as a ``progress(done, total)`` callback (``seed_demo``, ``verify``). Redraws are throttled
so a callback made for every row costs next to nothing; when stderr is not a terminal (a log file)
it redraws rarely, and ``close()`` always ends the line.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 30


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressBar:
    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.interactive = bool(isatty and isatty())
        self.interval = 0.1 if self.interactive else 5.0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last: tuple[int, int] | None = None
        self._drawn: tuple[int, int] | None = None
        self._width = 0
        self._closed = False

    def __call__(self, done: int, total: int) -> None:
        self._last = (done, total)
        now = time.monotonic()
        if now - self._last_draw >= self.interval or (total and done >= total):
            self._last_draw = now
            self._draw(done, total, now)

    def _draw(self, done: int, total: int, now: float) -> None:
        self._drawn = (done, total)
        elapsed = now - self.started
        if total > 0:
            share = min(1.0, max(0.0, done / total))
            filled = int(share * BAR_WIDTH)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            eta = ""
            if 0 < share < 1 and elapsed > 1:
                eta = f"  ~{_clock(elapsed / share - elapsed)} left"
            line = (
                f"{self.label} [{bar}] {share * 100:5.1f}%  {done:,}/{total:,}  "
                f"{_clock(elapsed)}{eta}"
            )
        else:
            line = f"{self.label} {done:,}  {_clock(elapsed)}"
        pad = " " * max(0, self._width - len(line))
        self._width = len(line)
        end = "\r" if self.interactive else "\n"
        self.stream.write(("\r" if self.interactive else "") + line + pad + end)
        self.stream.flush()

    def close(self) -> None:
        """Draw the last state and end the line."""
        if self._closed:
            return
        self._closed = True
        if self._last is not None:
            if self._last != self._drawn:
                self._draw(*self._last, time.monotonic())
            if self.interactive:
                self.stream.write("\n")
                self.stream.flush()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
