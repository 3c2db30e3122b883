"""The e-mail that sends a confirmed contact report: an .eml draft for the AE's mail program, never sent by debrief.

To: the distribution list (the attendees' ``email`` addresses; the distribution names attendees, or is everyone at
the meeting when empty; a name that is itself an address is used as it is). Subject: "Contact report: <title>
(<number>)". A short body with the summary and the 48-hour line, signed by the AE who confirmed it, and the
confirmed .docx attached. ``X-Unsent: 1`` makes Outlook open it as a draft to send; Apple Mail and Thunderbird open
it as a message they can forward or edit.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, parseaddr
from pathlib import Path

from pipeline.documents.contact_report import COMMENT_WINDOW, summary_text
from pipeline.documents.files import atomic_write
from pipeline.documents.formatting import format_date
from pipeline.schemas import Meeting, MeetingRecord

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Recipients:
    to: list[tuple[str, str]]  # (name, address)
    missing: list[str]  # names on the distribution list with no address


def recipients(meeting: Meeting) -> Recipients:
    """The distribution list's addresses, in its order, each once."""
    names = meeting.distribution or [a.name for a in meeting.attendees]
    to: list[tuple[str, str]] = []
    missing: list[str] = []
    for name in names:
        attendee = meeting.attendee(name)
        if attendee is not None and attendee.email:
            pair = (attendee.name, attendee.email.strip())
        elif "@" in name:
            shown, address = parseaddr(name)
            pair = (shown, address)
        else:
            missing.append(name)
            continue
        if pair[1].lower() not in {a.lower() for _, a in to}:
            to.append(pair)
    return Recipients(to, missing)


def subject(record: MeetingRecord) -> str:
    return f"Contact report: {record.meeting.title} ({record.report_number})"


def body(record: MeetingRecord) -> str:
    m = record.meeting
    client_side = [a.first_name for a in m.attendees if a.side == "client"]
    greeting = f"Dear {' and '.join(client_side)}," if 0 < len(client_side) <= 2 else "Dear all,"
    sign = record.confirmed_by or m.agency or "The account team"
    lines = [
        greeting,
        "",
        f"Please find attached our contact report from {m.title} on {format_date(m.date)} ({record.report_number}).",
        "",
        summary_text(record),
        "",
        COMMENT_WINDOW,
        "",
        "Kind regards,",
        sign,
    ]
    if m.agency and m.agency != sign:
        lines.append(m.agency)
    return "\n".join(lines) + "\n"


def eml_message(record: MeetingRecord, docx: Path, sender: str | None = None) -> EmailMessage:
    """The draft as an ``EmailMessage``: To, Subject, the body and the .docx attached."""
    if record.report_status != "CONFIRMED" or not record.report_number:
        raise ValueError("only a confirmed, numbered report is sent")
    msg = EmailMessage()
    to = recipients(record.meeting).to
    if to:
        msg["To"] = ", ".join(formataddr(pair) for pair in to)
    if sender:
        msg["From"] = sender
    msg["Subject"] = subject(record)
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"
    msg.set_content(body(record))
    maintype, _, subtype = (mimetypes.guess_type(docx.name)[0] or DOCX_TYPE).partition("/")
    msg.add_attachment(docx.read_bytes(), maintype=maintype, subtype=subtype, filename=docx.name)
    return msg


def write_eml(record: MeetingRecord, docx: Path, out_dir: Path | None = None, sender: str | None = None) -> Path:
    """``<docx name>.eml`` beside the confirmed .docx (or in ``out_dir``), written atomically; its path."""
    target = (out_dir or docx.parent) / f"{docx.stem}.eml"
    return atomic_write(target, bytes(eml_message(record, docx, sender)))
