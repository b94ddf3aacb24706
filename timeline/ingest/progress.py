"""How a long import tells its progress: a bar redrawn in place on a terminal, a line now and then elsewhere."""

from __future__ import annotations

import time

LINE_EVERY_SECONDS = 10
REDRAW_EVERY_SECONDS = 0.2


class Progress:
    """`say` prints a line; `redraw`, given on a terminal, rewrites the current line in place."""

    def __init__(self, total: int, say, redraw=None, clock=time.monotonic):
        self.total, self.say, self.redraw, self.clock = total, say, redraw, clock
        self.done, self.started = 0, clock()
        self.shown = self.started

    def advance(self, count: int) -> None:
        self.done += count
        now = self.clock()
        finished = self.done >= self.total
        if self.redraw:
            if finished or now - self.shown >= REDRAW_EVERY_SECONDS:
                self.redraw("\r" + self.line(now) + ("\n" if finished else ""))
                self.shown = now
        elif not finished and now - self.shown >= LINE_EVERY_SECONDS:
            self.say(self.line(now))
            self.shown = now

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = round((self.total - self.done) / rate) if rate else 0
        share = self.done / self.total if self.total else 1
        return (f"[{'#' * round(share * 24):<24}] {self.done}/{self.total} articles, {rate:.1f}/s, "
                f"{left // 60}:{left % 60:02d} left")
