"""Shared by the speakers' tests: the two-voice sample recording."""

from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "speakers" / "harbour-mills-intro-call.m4a"
