"""Detection of personal information in text."""

from pathlib import Path

from baomi.detect._native import use_source_when_stale

# Before any compiled module is imported: the source runs when an extension is stale.
use_source_when_stale(Path(__file__).parent)

from baomi.detect.config import CustomRecognizer, DetectorConfig, load_config  # noqa: E402
from baomi.detect.engine import Detector  # noqa: E402
from baomi.detect.finding import Finding  # noqa: E402

__all__ = ["CustomRecognizer", "Detector", "DetectorConfig", "Finding", "load_config"]
