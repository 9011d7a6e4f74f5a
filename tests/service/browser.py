"""A minimal headless Chromium driver for the web page test, over the DevTools pipe.

Chromium started with ``--remote-debugging-pipe`` reads DevTools Protocol commands from file
descriptor 3 and writes answers and events to descriptor 4, each message a JSON object ended by
a NUL byte. That is all this driver needs: no WebDriver, no websocket library, no download.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from typing import Any

#: Names the Debian package and others install the browser under.
BINARIES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """The path of a Chromium/Chrome binary, or None."""
    for name in BINARIES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _high_pipe() -> tuple[int, int]:
    """A pipe whose ends are numbered 10 or higher (never the 3 and 4 the browser is given)."""
    ends = []
    for fd in os.pipe():
        ends.append(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10))
        os.close(fd)
    return ends[0], ends[1]


class BrowserError(RuntimeError):
    """A DevTools command failed, or the page did not get where a test waited for."""


class Chromium:
    """One headless browser with one page; :meth:`evaluate` runs JavaScript in the page."""

    def __init__(self, binary: str) -> None:
        self._profile = tempfile.mkdtemp(prefix="matcher-chromium-")
        to_browser_r, self._to_browser = _high_pipe()
        self._from_browser, from_browser_w = _high_pipe()
        args = [
            "--headless=new",
            "--no-sandbox",  # the tests may run as root in a container
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            "--remote-debugging-pipe",
            f"--user-data-dir={self._profile}",
            "about:blank",
        ]
        # bash puts the pipe ends on descriptors 3 and 4, where Chromium expects them (dash
        # cannot: it takes one-digit descriptors only, and ours are 10 or higher).
        script = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        self._process = subprocess.Popen(
            ["bash", "-c", script, binary, *args],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.send("Runtime.enable", session=True)
        self.send("Page.enable", session=True)

    # --- protocol --------------------------------------------------------------------------------

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            readable, _, _ = select.select([self._from_browser], [], [], max(left, 0))
            if not readable:
                raise BrowserError("no answer from the browser in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserError("the browser closed its DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: bool = False,
        timeout: float = 30,
    ) -> dict[str, Any]:
        """Send one command (to the page when ``session``) and return its result."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self.events.append(answer)

    # --- page ------------------------------------------------------------------------------------

    def evaluate(self, expression: str) -> Any:
        """Run ``expression`` in the page (awaiting a promise) and return its JSON value."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
            session=True,
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"JavaScript error: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def goto(self, url: str, timeout: float = 30) -> None:
        """Open ``url`` and wait until the document has loaded."""
        self.send("Page.navigate", {"url": url}, session=True)
        self.wait_for(
            "document.readyState === 'complete' && location.href !== 'about:blank'", timeout
        )

    def wait_for(self, condition: str, timeout: float = 30) -> Any:
        """Poll a JavaScript expression until it is truthy; returns its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(condition)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for: {condition}")
            time.sleep(0.05)

    def exceptions(self) -> list[str]:
        """Uncaught JavaScript exceptions the page reported so far."""
        return [
            str(e["params"]["exceptionDetails"].get("text"))
            for e in self.events
            if e.get("method") == "Runtime.exceptionThrown"
        ]

    def close(self) -> None:
        """Stop the browser and delete its profile."""
        with contextlib.suppress(BrowserError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)
        for fd in (self._to_browser, self._from_browser):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)
