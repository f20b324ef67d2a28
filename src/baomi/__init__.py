"""baomi (保密): protects the personal information institutions hold about their customers."""

from baomi.catalog import CATALOG, Category, EntityType, RecordClassification, classify_record
from baomi.detect import Detector, DetectorConfig, Finding, load_config
from baomi.errors import BaomiError, ConfigError, InputError

__version__ = "0.1.0"

__all__ = [
    "CATALOG",
    "BaomiError",
    "Category",
    "ConfigError",
    "Detector",
    "DetectorConfig",
    "EntityType",
    "Finding",
    "InputError",
    "RecordClassification",
    "__version__",
    "classify_record",
    "load_config",
]
