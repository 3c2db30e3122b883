"""The documents debrief writes, one structure each, rendered to markdown and .docx by one renderer each.

structure.py      the blocks a document is made of (``Doc``, ``Heading``, ``Table`` …)
render.py         ``to_markdown(doc)`` and ``to_docx(doc)``
contact_report.py the contact report (working draft and confirmed copy) and its files
wip.py            the WIP register: .csv, .xlsx, .docx
week_summary.py   the week summary a batch ends with
formatting.py     dates, owners, due dates and timestamps as every document shows them
files.py          atomic writes (umask honoured, optionally never replacing), free report names
"""

from pipeline.documents.contact_report import (
    DATE_CHECK,
    contact_report_docx,
    contact_report_markdown,
    draft_paths,
    write_confirmed,
    write_contact_report,
)
from pipeline.documents.files import atomic_write, free_stem
from pipeline.documents.wip import WIP_COLUMNS, WIP_EXPORTS

__all__ = [
    "DATE_CHECK",
    "WIP_COLUMNS",
    "WIP_EXPORTS",
    "atomic_write",
    "contact_report_docx",
    "contact_report_markdown",
    "free_stem",
    "draft_paths",
    "write_confirmed",
    "write_contact_report",
]
