"""Diplomacy Research Workbench: actors, claims and diplomatic formats across news documents."""
from __future__ import annotations

__version__ = "0.1.0"
