"""The client review as a document (``structure.Doc``), and its files: .md, .docx (on the letterhead) and the chart.

Sections: the header facts, a short summary, the chart, a box for the AE to write the implications, decisions over
time, promises and delivery, competitors and market, the meetings read.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.client_review import ClientReview
from pipeline.client_review.chart import month_chart
from pipeline.client_review.competitors import STANCES, by_competitor
from pipeline.client_review.delivery import SIDES
from pipeline.documents.files import atomic_write
from pipeline.documents.formatting import format_date, format_timestamp
from pipeline.documents.render import to_docx, to_markdown
from pipeline.documents.structure import Box, Doc, Facts, Heading, Image, Paragraph, Table
from pipeline.settings import Settings
from pipeline.transcribe import client_slug

SECTIONS = (
    "Summary",
    "Meetings, agreements and open actions by month",
    "Implications (for the AE to write)",
    "Decisions over time",
    "Promises and delivery",
    "Competitors and market",
    "Meetings in this review",
)
AE_BOX = (
    "What this period means for the account, the client's market and the next quarter. debrief does not write "
    "this part.\n\n1.\n2.\n3."
)


def _n(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def stem_for(review: ClientReview) -> str:
    return f"client-review-{client_slug(review.client)}-{review.since.isoformat()}-to-{review.until.isoformat()}"


def summary_lines(review: ClientReview) -> list[str]:
    """The summary's sentences: meetings, decisions and changes, promises, on-time rate, the competitors named most."""
    changed = sum(1 for d in review.decisions if d.changes is not None)
    drafts = f"; {_n(len(review.drafts), 'draft')} awaiting confirmation not included" if review.drafts else ""
    lines = [
        f"{_n(len(review.meetings), 'confirmed meeting')} with {review.client} between {format_date(review.since)} "
        f"and {format_date(review.until)}{drafts}.",
        f"{_n(len(review.decisions), 'agreement')} confirmed; {_n(changed, 'later decision')} changed an earlier one.",
    ]
    for side in SIDES:
        mine = [p for p in review.promises if p.side == side]
        states = Counter(p.state(review.today) for p in mine)
        lines.append(
            f"{side.capitalize()} actions: {len(mine)} ({states['done']} done, {states['open']} open, "
            f"{states['overdue']} overdue{', ' + str(states['on hold']) + ' on hold' if states['on hold'] else ''})."
        )
    lines.append(f"Agency on-time rate: {review.on_time.text()}.")
    groups = by_competitor(review.mentions)
    if groups:
        top = ", ".join(f"{name} ({_stance_counts(ms)})" for name, ms in list(groups.items())[:3])
        lines.append(f"{_n(len(review.mentions), 'competitor mention')} of {_n(len(groups), 'brand')}; most: {top}.")
    else:
        lines.append("No competitor or market mentions found.")
    return lines


def _stance_counts(mentions: list) -> str:
    counts = Counter(m.stance for m in mentions)
    return ", ".join(f"{counts[s]} {s}" for s in STANCES if counts[s])


def client_review_doc(review: ClientReview, chart_name: str = "chart.png") -> Doc:
    doc = Doc(
        title=f"Client review: {review.client}",
        subject=f"{review.client}, {review.since.isoformat()} to {review.until.isoformat()}",
        footer=f"Drafted by debrief from the confirmed reports and the WIP register, as of {format_date(review.today)}."
        " Internal: not for the client.",
    )
    doc.add(Facts([
        ("Client", review.client), ("Agency", review.agency or ""),
        ("Period", f"{format_date(review.since)} to {format_date(review.until)}"),
        ("Meetings", str(len(review.meetings))), ("As of", format_date(review.today)),
    ], per_row=2))  # fmt: skip
    doc.add(Heading(SECTIONS[0]), *[Paragraph(line) for line in summary_lines(review)])
    doc.add(Heading(SECTIONS[1]), Image(month_chart(review.months), chart_name, "Meetings and agreements per month; "
                                        "open actions at each month's end."))  # fmt: skip
    per_month = [(m.label, str(m.meetings), str(m.agreements), str(m.open_actions)) for m in review.months]
    doc.add(Table(("Month", "Meetings", "Agreements", "Open actions"), per_month))
    doc.add(Heading(SECTIONS[2]), Box("For the AE to write", AE_BOX))
    doc.add(Heading(SECTIONS[3]))
    rows = []
    for d in review.decisions:
        later = "; ".join(f"changed {x.date.day} {x.date:%b} (see below)" for x in d.changed_by)
        rows.append((format_date(d.date), d.meeting_title, d.text, d.change_note or later))
    doc.add(Table(("Date", "Meeting", "Decision", "Changes"), rows, empty="No confirmed agreements in this period.",
                  widths=(1.1, 1.4, 3.2, 2.2)))  # fmt: skip
    doc.add(Heading(SECTIONS[4]), Paragraph(f"Agency on-time rate: {review.on_time.text()}."))
    labels = {"agency": review.agency or "Agency", "client": review.client}
    for side in (*SIDES, None):
        mine = [p for p in review.promises if p.side == side]
        if side is None and not mine:
            continue
        title = f"{side.capitalize()} ({labels[side]})" if side else "Owner not set"
        cells = [(str(i), p.task, p.owner_label, p.due.isoformat() if p.due else "TBC", p.state(review.today),
                  f"{format_date(p.meeting_date)}{' (before the period)' if p.carried_over else ''}")
                 for i, p in enumerate(mine, 1)]  # fmt: skip
        doc.add(Heading(title, 3), Table(("#", "Action", "Owner", "Due", "Status", "Raised"), cells,
                                         empty="No action items.", widths=(0.4, 3.4, 1.4, 1.1, 0.9, 1.6)))  # fmt: skip
    doc.add(Heading(SECTIONS[5]))
    groups = by_competitor(review.mentions)
    if not groups:
        doc.add(Paragraph("No competitor or market mentions found in this period's meetings."))
    for name, mentions in groups.items():
        cells = [(format_date(m.date), m.meeting_title, m.speaker or "", format_timestamp(m.start, m.segment),
                  m.stance, f"\u201c{m.quote}\u201d") for m in mentions]  # fmt: skip
        doc.add(Heading(f"{name}: {_n(len(mentions), 'mention')} ({_stance_counts(mentions)})", 3),
                Table(("Date", "Meeting", "Speaker", "Time", "Stance", "Quote"), cells,
                      widths=(1.1, 1.3, 1.1, 0.6, 0.8, 3.6)))  # fmt: skip
    doc.add(Heading(SECTIONS[6]), Table(("Date", "Meeting", "Report", "Agreements", "Actions"), [
        (format_date(m.date), m.title, m.report_number or "", str(m.agreements), str(m.actions))
        for m in review.meetings
    ]))  # fmt: skip
    return doc


def write_client_review(review: ClientReview, out_dir: Path, settings: Settings) -> dict[str, Path]:
    """Write ``<stem>.md``, ``<stem>.docx`` (the agency's letterhead when one is set) and ``<stem>.png``."""
    from pipeline.documents import letterhead

    stem = stem_for(review)
    doc = client_review_doc(review, chart_name=f"{stem}.png")
    chart = next(b for b in doc.blocks if isinstance(b, Image))
    return {
        "png": atomic_write(out_dir / f"{stem}.png", chart.data),
        "md": atomic_write(out_dir / f"{stem}.md", to_markdown(doc)),
        "docx": atomic_write(out_dir / f"{stem}.docx", to_docx(doc, letterhead.report_style(settings, review.client))),
    }
