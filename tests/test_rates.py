"""The office's exchange-rates file: R20f compares amounts in two currencies in USD.

Costs paid in CFA francs and first-month earnings in euros are converted with the rates of
the year the job started (spec I19); the report names the rates' source. A rates file that
cannot be trusted whole is unusable input (exit 2) with its file, row and column.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from recruits import recruit, tables, write_batch

from surveytool.cli import main
from surveytool.common import resource_path
from surveytool.validate import load_rules, validate_tables
from surveytool.validate.rates import RatesError, load_rates

RATES = """currency,year,lcu_per_usd,source,note
XOF,2024,600,IMF IFS ENDA_XDC_USD_RATE,annual average
EUR,2024,0.9,IMF IFS ENDA_XDC_USD_RATE,
XOF,2023,606.6,IMF IFS ENDA_XDC_USD_RATE,
"""

#: 900,000 XOF paid (1,500 USD at 600 a dollar) against first-month earnings in euros
PAID_IN_CFA = {"rc_cost_total": "900000", "rc_cost_currency": "XOF", "rc_earn_currency": "EUR"}


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def r20f(report):
    (summary,) = [s for s in report.summary if s.id == "R20f"]
    flagged = {f.hh_id for f in report.failures if f.rule == "R20f"}
    return summary, flagged


def test_a_rates_file_is_read_with_its_source(tmp_path):
    rates = load_rates(write(tmp_path / "rates.csv", RATES))
    assert rates.rate("XOF", 2024) == 600 and rates.rate("EUR", 2024.0) == 0.9
    assert rates.rate("XOF", 2022) != rates.rate("XOF", 2022)  # NaN: no rate that year
    assert rates.rate("USD", 2019) == 1.0
    assert rates.describe() == "IMF IFS ENDA_XDC_USD_RATE (rates.csv)"


def test_costs_and_earnings_in_two_currencies_are_compared_in_usd(form, rules, tmp_path):
    rated = load_rules(
        resource_path("validators", "lfs_migration.yaml"),
        form,
        rates=write(tmp_path / "rates.csv", RATES),
    )
    people = [
        recruit(**PAID_IN_CFA, rc_earn_first_month="100"),  # 111 USD: 13.5 months
        recruit(**PAID_IN_CFA, rc_earn_first_month="50"),  # 55.6 USD: 27 months
        recruit(**PAID_IN_CFA, rc_earn_first_month="50", rc_job_start="2021-03-01"),  # no rate
        recruit(eligible=False, **PAID_IN_CFA, rc_earn_first_month="50"),  # not in section E
    ]
    summary, flagged = r20f(validate_tables(form, rated, *tables(form, people)))
    assert flagged == {"H1"}
    assert summary.note == (
        "exchange rates: IMF IFS ENDA_XDC_USD_RATE (rates.csv); 2 record(s) in different "
        "currencies compared in USD; 1 record(s) in different currencies without a rate for "
        "their currency and year not judged (XOF 2021, EUR 2021)"
    )
    # without the rates file, the same records are counted as today
    summary, flagged = r20f(validate_tables(form, rules, *tables(form, people)))
    assert flagged == set() and summary.note.startswith("3 record(s) with costs and earnings")


def test_the_rates_beside_the_rules_are_used(form, tmp_path):
    shipped = resource_path("validators", "lfs_migration.yaml")
    rules_path = write(tmp_path / "office.yaml", shipped.read_text(encoding="utf-8"))
    write(tmp_path / "office.rates.csv", RATES)
    rules = load_rules(rules_path, form)
    assert rules.rates is not None and rules.rates.file.endswith("office.rates.csv")
    people = [recruit(**PAID_IN_CFA, rc_earn_first_month="50")]
    summary, flagged = r20f(validate_tables(form, rules, *tables(form, people)))
    assert flagged == {"H0"} and "office.rates.csv" in summary.note


def test_validate_command_takes_rates_and_names_their_source(form, tmp_path, capsys):
    batch = write_batch(
        tmp_path / "batch", form, [recruit(**PAID_IN_CFA, rc_earn_first_month="50")]
    )
    rates = write(tmp_path / "rates.csv", RATES)
    report = tmp_path / "report.json"
    main(["validate", str(batch), "--rates", str(rates), "--json", str(report)])
    shown = capsys.readouterr().out
    assert "note: R20f: exchange rates: IMF IFS ENDA_XDC_USD_RATE (rates.csv)" in shown
    failures = json.loads(report.read_text(encoding="utf-8"))["failures"]
    assert [f["hh_id"] for f in failures if f["rule"] == "R20f"] == ["H0"]


@pytest.mark.parametrize(
    ("text", "row", "column", "words"),
    [
        ("currency,year,rate,source\nXOF,2024,600,IMF\n", 1, "lcu_per_usd", "is missing"),
        (
            "currency,year,lcu_per_usd,source\nXOF,2024,600,IMF\nEUR,2024,0,91,IMF\n",
            3,
            "lcu_per_usd",
            "the rate '0' is not a number greater than 0",
        ),
        (
            "currency,year,lcu_per_usd,source\nXOF,2024,600,IMF\nEUR,2024,n/a,IMF\n",
            3,
            "lcu_per_usd",
            "the rate 'n/a' is not a number",
        ),
        (
            "currency,year,lcu_per_usd,source\nXOF,2024,600,IMF\nEUR,2024,0.9,IMF\n"
            "XOF,2024,601,WDI\n",
            4,
            "currency",
            "XOF 2024 is given twice (rows 2 and 4)",
        ),
        ("currency,year,lcu_per_usd,source\nCFA,2024,600,IMF\n", 2, "currency", "ISO 4217"),
        ("currency,year,lcu_per_usd,source\nXOF,24,600,IMF\n", 2, "year", "not a year"),
        ("currency,year,lcu_per_usd,source\nXOF,2024,600,\n", 2, "source", "source"),
    ],
    ids=[
        "missing column",
        "comma decimal",
        "not a number",
        "duplicate",
        "currency",
        "year",
        "source",
    ],
)
def test_a_bad_rates_file_is_unusable_input_with_file_row_and_column(
    form, tmp_path, capsys, text, row, column, words
):
    rates = write(tmp_path / "rates.csv", text)
    with pytest.raises(RatesError) as raised:
        load_rates(rates)
    assert raised.value.location.row == row and raised.value.location.column == column
    assert words in raised.value.message
    batch = write_batch(tmp_path / "batch", form, [recruit()])
    assert main(["validate", str(batch), "--rates", str(rates)]) == 2
    shown = capsys.readouterr().err
    assert f"{rates}, row {row}, column {column}: " in shown and words in shown


def test_a_bad_rates_file_beside_the_rules_is_unusable_input_too(form, tmp_path, capsys):
    shipped = resource_path("validators", "lfs_migration.yaml")
    rules_path = write(tmp_path / "office.yaml", shipped.read_text(encoding="utf-8"))
    write(tmp_path / "office.rates.csv", "currency,year\nXOF,2024\n")
    batch = write_batch(tmp_path / "batch", form, [recruit()])
    assert main(["validate", str(batch), "--rules", str(rules_path)]) == 2
    assert "office.rates.csv, row 1, column lcu_per_usd" in capsys.readouterr().err
