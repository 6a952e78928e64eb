"""Flat tables from cases: the layout every batch step reads (validate, export, merge)."""

from surveytool.tables.flat import CaseData, columns_of, flatten
from surveytool.tables.from_store import store_tables, write_csv

__all__ = ["CaseData", "columns_of", "flatten", "store_tables", "write_csv"]
