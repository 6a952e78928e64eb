"""Batch validation: the form's own checks and the rules file, as pandera schemas.

``load_rules`` reads ``validators/<form>.yaml``; ``build_schemas`` derives one named,
serialisable pandera schema per level; ``validate_tables`` runs them and returns a
``Report`` with one failure per (record, rule).
"""

from surveytool.validate.inputs import UnusableInput, read_data
from surveytool.validate.report import Failure, Report, RuleSummary
from surveytool.validate.rules import Rule, RuleSet, default_rules_path, load_rules
from surveytool.validate.run import validate_levels, validate_tables
from surveytool.validate.schema import build_schemas

__all__ = [
    "Failure",
    "Report",
    "Rule",
    "RuleSet",
    "RuleSummary",
    "UnusableInput",
    "build_schemas",
    "default_rules_path",
    "load_rules",
    "read_data",
    "validate_levels",
    "validate_tables",
]
