"""The ``surveytool`` and ``surveytool-gui`` entry points: the CLI, plus the desktop app.

This is the one module above both the CLI and the UI, so that ``surveytool.cli`` stays
free of Qt (it is imported by batch jobs on machines with no display libraries).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # as early as our code runs: the smoke check times from here

import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

from surveytool.cli import main as cli_main  # noqa: E402


def run_gui(
    store: Path | None,
    *,
    language: str | None = None,
    smoke: bool = False,
    form_path: Path | None = None,
) -> int:
    """``language`` None: the one chosen on the welcome page, else English."""
    if smoke and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a smoke check needs no screen
    from surveytool.ui.app import run

    return run(store, language=language, smoke=smoke, form_path=form_path, started=STARTED)


def check_gui(store: Path) -> str:
    """The self-test's desktop step (``surveytool --self-test``)."""
    from surveytool.ui.selfcheck import open_window

    return open_window(store)


def main(argv: Sequence[str] | None = None) -> int:
    from importlib.util import find_spec

    desktop = find_spec("PySide6") is not None  # a command-line install has no Qt
    return cli_main(argv, gui=run_gui, gui_check=check_gui if desktop else None)


def gui_main() -> int:
    """The desktop app's own entry point (no console window on Windows).

    Under ``pythonw`` there is no console: ``sys.stdout`` and ``sys.stderr`` are ``None``,
    and a ``print`` or a library's warning would raise. Their output goes to a file beside
    the log instead, so nothing vanishes (the log itself is set up by the app)."""
    _console_or_file()
    return main(["gui", *sys.argv[1:]])


def _console_or_file() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    from surveytool.common.logs import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        sink = (folder / "console.log").open("a", encoding="utf-8", buffering=1)
    except OSError:
        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    if sys.stdout is None:
        sys.stdout = sink
    if sys.stderr is None:
        sys.stderr = sink


if __name__ == "__main__":
    raise SystemExit(main())
