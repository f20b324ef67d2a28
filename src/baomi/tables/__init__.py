"""Files and tables: CSV/TSV, Excel, Parquet -- classify columns, protect, verify, assess risk.

Text and JSON Lines are handled line by line by the command line on top of ``baomi.protect``;
this package holds what is specific to tables.
"""

from baomi.tables.atomic import atomic_output
from baomi.tables.columns import ColumnProfile, classify_columns, detect_labelled, header_hint
from baomi.tables.plan import Counts, TablePlan
from baomi.tables.risk import RiskReport, assess
from baomi.tables.verify import Leak, find_leaks

__all__ = [
    "ColumnProfile",
    "Counts",
    "Leak",
    "RiskReport",
    "TablePlan",
    "assess",
    "atomic_output",
    "classify_columns",
    "detect_labelled",
    "find_leaks",
    "header_hint",
]
