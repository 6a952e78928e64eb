"""The interview's own texts come from the catalogue and render in the interview's language.

An answer that cannot be read keeps its reason as a catalogued message with its values (the
batch reader and live entry share it); the engine renders it in the interview's language. The
translations carried over from the old per-language dictionaries still show.
"""

from __future__ import annotations

from datetime import date

from surveytool.common.errors import Problem
from surveytool.form.answers import read_answer
from surveytool.interview import AnswerStatus, Interview
from surveytool.interview.coerce import COMPUTED
from surveytool.interview.engine import CONSTRAINT, REQUIRED
from surveytool.interview.presentation import MEMBER

TODAY = date(2026, 11, 20)


def test_a_refused_answer_carries_its_message_and_values():
    value, reason = read_answer("integer", "12a")
    assert value is None and isinstance(reason, Problem)
    assert reason.template.id == "form.answer.not_whole"
    assert reason.values == {"text": "12a"}
    assert reason.text() == "'12a' is not a whole number"


def test_the_same_refusal_is_worded_once_whatever_the_input_was():
    """A number too large reads the same typed as text or given as a number."""
    _, as_number = read_answer("integer", 2**60)
    _, as_text = read_answer("integer", str(2**60))
    assert as_number is not None and as_text is not None
    assert as_number.text() == as_text.text() == f"'{2**60}' is too large"
    _, infinite = read_answer("decimal", float("inf"))
    _, written = read_answer("decimal", "inf")
    assert infinite is not None and written is not None
    assert infinite.template is written.template


def test_an_invalid_answer_is_rendered_in_the_interview_language(form, monkeypatch):
    rendered: list[tuple[str, dict[str, object]]] = []
    original = type(REQUIRED).text

    def spy(self, language="en", **values):
        rendered.append((language, values))
        return original(self, language, **values)

    interview = Interview(form, language="fr", today=TODAY)
    monkeypatch.setattr(type(REQUIRED), "text", spy)
    result = interview.answer(interview.address("hh_size"), "cinq")
    assert result.status is AnswerStatus.INVALID
    assert ("fr", {"text": "cinq"}) in rendered
    english = Interview(form, today=TODAY).answer(interview.address("hh_size"), "cinq")
    assert english.message == "'cinq' is not a whole number"


def test_a_computed_question_refuses_an_answer_by_name(form):
    interview = Interview(form, today=TODAY)
    computed = next(q for q in form.questions() if q.type == "calculate" and q.repeat is None)
    result = interview.answer(interview.address(computed.name), "1")
    assert result.status is AnswerStatus.INVALID
    assert result.message == COMPUTED.text(name=computed.name)
    assert result.message == f"'{computed.name}' is computed by the form: it cannot be answered"


def test_the_carried_translations_still_show():
    assert REQUIRED.text("fr") == "Cette question exige une réponse."
    assert CONSTRAINT.text("pt") == "Esta resposta não é permitida."
    assert MEMBER.text("ar", position=2) == "الفرد 2"
    assert MEMBER.text(position=3) == "member 3"
