"""Flat tables from cases: the layout every batch step reads (validate, export, merge)."""

from surveytool.tables.csv_files import write_csv
from surveytool.tables.flat import CaseData, columns_of, flatten

__all__ = ["CaseData", "columns_of", "flatten", "write_csv"]
