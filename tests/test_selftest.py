"""``surveytool --self-test`` from the checkout, desktop step included (offscreen).

The installed and broken cases run in tests/test_wheel.py (a fresh venv) and on the built
bundle in CI (``.ci/run``)."""

from __future__ import annotations

from surveytool.launcher import main


def test_self_test_runs_every_step_and_says_ok(qtbot, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SURVEYTOOL_LOG_DIR", str(tmp_path / "logs"))
    assert main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    steps = [line.split(":")[1].strip() for line in lines[:-1]]
    assert steps == [
        "installation",
        "form and rules",
        "interviews",
        "replay",
        "validation",
        "file formats",
        "batch export",
        "batch import",
        "comparison",
        "desktop",
    ]
    assert "checkout layout" in lines[0]
    assert "open in en, " in lines[-2] and "ar" in lines[-2]
    assert lines[-1].startswith("self-test: ok")


def test_self_test_leaves_no_temporary_folder(qtbot, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    assert main(["--self-test"]) == 0
    assert list(tmp_path.iterdir()) == []
