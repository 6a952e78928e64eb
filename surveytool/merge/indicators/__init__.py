"""Indicator tables from a merged folder: ``compute_tables(folder, spec, rates, language)``.

The tables are data: a tables spec (``forms/<form_id>.tables.yaml``, documented at its top)
names, per table, its universe, measures and classifications; nothing here knows a survey.
The result of each table is a ``TableResult`` whose ``frame`` is in the ILOSTAT long layout
(``ref_area, source, indicator, sex, classif1, classif2, time, obs_value, obs_status, note``
plus ``numerator, denominator, n_obs`` kept for checks).

Stages, one module each: ``spec`` (read the file), ``data`` (persons with their household's
columns, surveys and weights: I1-I3), ``columns`` (columns computed with the rates file:
RCI_i, USD amounts), ``classify`` (raw codes and how they map per area), ``partial`` (the one
pass over the records), ``areas`` (countries, RECs, Africa: I2, I9, I14), ``cells`` (areas,
sexes, totals, values and flags: I9, I10), ``median`` (I20), ``engine`` (the whole).
"""

from surveytool.merge.indicators.engine import TableResult, compute_tables
from surveytool.merge.indicators.spec import Spec, load_spec

__all__ = ["Spec", "TableResult", "compute_tables", "load_spec"]
