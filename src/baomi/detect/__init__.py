"""Detection of personal information in text."""

from baomi.detect.config import CustomRecognizer, DetectorConfig, load_config
from baomi.detect.engine import Detector
from baomi.detect.finding import Finding

__all__ = ["CustomRecognizer", "Detector", "DetectorConfig", "Finding", "load_config"]
