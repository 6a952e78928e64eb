"""The app's own background jobs: load the questionnaire, write demo households.

Each is a plain function of the core wrapped in a ``Job`` (``workers``); nothing here
touches a widget, so it is safe on the worker thread (style habit 8).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from surveytool.common.progress import Progress
from surveytool.form.model import Form
from surveytool.store import Store
from surveytool.ui.workers import Job

if TYPE_CHECKING:  # validation (pandas, pandera) loads in the job, off the UI thread
    from surveytool.validate import RuleSet


def load_form_job(form_path: Path | None) -> Job:
    """(form, rules or None): pyxform and pandas load off the UI thread."""

    def work(progress: Progress) -> tuple[Form, RuleSet | None]:
        from surveytool.common.resources import shipped_form
        from surveytool.form import load
        from surveytool.validate import default_rules_path, load_rules

        form = load(form_path or shipped_form())
        rules_path = default_rules_path(form)
        return form, (load_rules(rules_path, form) if rules_path.is_file() else None)

    return Job(work, name="load the questionnaire")


def demo_job(store: Store, form: Form, households: int, *, in_progress_share: float = 0.0) -> Job:
    """Simulated Cameroonian households written to ``store`` (counts by status);
    ``in_progress_share``: the share of cases left unfinished, as enumerators leave some.

    The worker thread gets its own connection from the store and closes it at the end;
    the store serialises its writes with the UI thread's."""

    def work(progress: Progress) -> dict[str, int]:
        from surveytool.demo import generate

        try:
            return generate(
                store,
                form,
                country="CMR",
                households=households,
                seed=households,
                in_progress_share=in_progress_share,
                progress=progress,
            )
        finally:
            store.release_thread()

    return Job(work, name="demo households")
