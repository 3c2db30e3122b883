"""The store: meetings, their review state, the WIP register and the audit log.

models.py      the tables (SQLAlchemy ORM)
migrations.py  numbered schema migrations, append-only
repository.py  ``Store``: the engine, queries and saving drafts; ``store_for(settings)``
review.py      ``Review``: the review workflow (edits, confirm, reopen, WIP status) as a service
"""

from pipeline.errors import AlreadyConfirmedError, NotFoundError, ReviewError
from pipeline.store.migrations import MIGRATIONS, migrate
from pipeline.store.models import AuditRow, MeetingRow, ReportVersionRow, WipRow
from pipeline.store.repository import Store, engine_for, store_for
from pipeline.store.review import WIP_STATUSES, Review, client_slug, review_for

__all__ = [
    "MIGRATIONS",
    "WIP_STATUSES",
    "AlreadyConfirmedError",
    "AuditRow",
    "MeetingRow",
    "NotFoundError",
    "ReportVersionRow",
    "Review",
    "ReviewError",
    "Store",
    "WipRow",
    "client_slug",
    "engine_for",
    "migrate",
    "review_for",
    "store_for",
]
