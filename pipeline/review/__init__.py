"""The AE's review step as a local web app: ``create_app(settings)``; ``debrief review`` serves it."""

from pipeline.review.app import create_app
from pipeline.review.security import check_bind, is_loopback

__all__ = ["create_app", "check_bind", "is_loopback"]
