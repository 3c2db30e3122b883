"""Routes for the meetings list and the meeting page: edit, accept, reject, add, confirm, reopen, files, audio."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse

from pipeline import playback
from pipeline.documents.letterhead import report_style
from pipeline.ingest import is_audio
from pipeline.review import publish
from pipeline.review.deps import ReviewDep, Reviewer, SettingsDep, StoreDep, render
from pipeline.review.security import USER_COOKIE
from pipeline.review.views import (
    OTHER,
    FormError,
    iso_week,
    owner_choice,
    parse_date,
    parse_owner,
    parse_week,
    transcript_turns,
)
from pipeline.schemas import Attendee
from pipeline.settings import AUDIO_SUFFIXES, Settings
from pipeline.store import MeetingRow, NotFoundError, Store
from pipeline.store.review import ItemKind

router = APIRouter()
NOTICES = {
    "saved": "Saved.",
    "accepted": "Accepted.",
    "accepted_all": "Every remaining item is accepted as drafted.",
    "rejected": "Rejected.",
    "added": "Item added.",
    "confirmed": "Confirmed: the final report is written and accepted actions are in the WIP register.",
    "reopened": "Reopened as a draft. The confirmed version and its files are kept.",
    "redated": "Saved. The meeting date changed, so due dates you had not set were worked out again from the words "
    "spoken:",
}


def _files(store: Store, row: MeetingRow) -> list[Path]:
    return publish.meeting_files(row.reports_dir, row.meeting_id, [v.files for v in store.versions(row.meeting_id)])


def _indices(value: str) -> list[int]:
    return [int(v) for v in value.split(",") if v.strip().isdigit()]


def back(meeting_id: str, notice: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/meetings/{meeting_id}?done={notice}{'#' + anchor if anchor else ''}", status_code=303)


def wants_json(request: Request) -> bool:
    """The page's script asks for the outcome as JSON (it updates the page in place); a plain form gets a redirect."""
    return "application/json" in request.headers.get("accept", "")


def decided(
    request: Request, store: Store, meeting_id: str, notice: str, anchor: str = ""
) -> JSONResponse | RedirectResponse:
    """After a decision: the item statuses and what is left to review (JSON), or back to the page at the item."""
    if not wants_json(request):
        return back(meeting_id, notice, anchor)
    row = store.get(meeting_id)
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    record = row.to_record()
    statuses = {f"action-{i}": a.status for i, a in enumerate(record.action_items)}
    statuses |= {f"agreement-{i}": g.status for i, g in enumerate(record.agreements)}
    return JSONResponse({"notice": NOTICES.get(notice, ""), "pending": row.open_items(), "items": statuses})


@router.get("/")
def meetings_list(request: Request, store: StoreDep, client: str = "", week: str = ""):
    span = parse_week(week)
    rows = store.list_meetings(client=client or None, start=span[0] if span else None, end=span[1] if span else None)
    return render(
        request, "meetings.html", rows=rows, clients=store.clients(), client=client, week=week, span=span,
        iso_week=iso_week,
    )  # fmt: skip


@router.get("/meetings/{meeting_id}")
def meeting_page(
    request: Request, store: StoreDep, settings: SettingsDep, meeting_id: str, done: str = "", redated: str = ""
):
    row = store.get(meeting_id)
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    record = row.to_record()
    versions = store.versions(meeting_id)
    names = [a.name for a in record.meeting.attendees]
    return render(
        request,
        "meeting.html",
        row=row,
        record=record,
        m=record.meeting,
        turns=transcript_turns(record),
        names=names,
        owner_choice=lambda owner: owner_choice(owner, names),
        OTHER=OTHER,
        has_audio=_audio_path(settings, row) is not None,
        files=[p.name for p in _files(store, row)],
        versions=versions,
        audit=store.audit(meeting_id, limit=50),
        notice=NOTICES.get(done, ""),
        redated=[i for i in _indices(redated) if i < len(record.action_items)],
        editable=row.status != "confirmed",
    )


def _decision(decision: str) -> dict:
    return {"accept": {"status": "accepted"}, "reject": {"status": "rejected"}, "undecide": {"status": "proposed"}}.get(
        decision, {}
    )


@router.post("/meetings/{meeting_id}/actions/{index}")
async def edit_action(
    request: Request, review: ReviewDep, store: StoreDep, name: Reviewer, meeting_id: str, index: int
):
    """Fields present in the form change (an empty ``due`` clears the date); ``decision`` accepts or rejects."""
    form = await request.form()
    changes: dict = {}
    if "task" in form:
        task = str(form["task"]).strip()
        if not task:
            raise FormError("the action needs some text")
        changes["task"] = task
    if "owner" in form or "owner_other" in form:
        changes["owner"] = parse_owner(str(form.get("owner", "")), str(form.get("owner_other", "")))
    if "due" in form:
        changes["due"] = parse_date(str(form["due"]))
    decision = str(form.get("decision", "save"))
    changes.update(_decision(decision))
    review.update_item(meeting_id, "action", index, changes, name)
    notice = {"accept": "accepted", "reject": "rejected"}.get(decision, "saved")
    return decided(request, store, meeting_id, notice, f"action-{index}")


@router.post("/meetings/{meeting_id}/agreements/{index}")
def edit_agreement(
    request: Request,
    review: ReviewDep,
    store: StoreDep,
    name: Reviewer,
    meeting_id: str,
    index: int,
    text: str | None = Form(None),
    decision: str = Form("save"),
):
    changes: dict = {}
    if text is not None:
        if not text.strip():
            raise FormError("the agreement needs some text")
        changes["text"] = text.strip()
    changes.update(_decision(decision))
    review.update_item(meeting_id, "agreement", index, changes, name)
    notice = {"accept": "accepted", "reject": "rejected"}.get(decision, "saved")
    return decided(request, store, meeting_id, notice, f"agreement-{index}")


@router.post("/meetings/{meeting_id}/accept-all")
def accept_all(request: Request, review: ReviewDep, store: StoreDep, name: Reviewer, meeting_id: str):
    """Accept every item still proposed, as drafted (one audit row each); items already decided stay as they are."""
    row = store.get(meeting_id)
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    record = row.to_record()
    kinds: list[tuple[ItemKind, list]] = [("action", record.action_items), ("agreement", record.agreements)]
    for kind, items in kinds:
        for i, item in enumerate(items):
            if item.status == "proposed":
                review.update_item(meeting_id, kind, i, {"status": "accepted"}, name)
    return decided(request, store, meeting_id, "accepted_all", "confirm")


def _segment(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


@router.post("/meetings/{meeting_id}/actions")
def add_action(
    review: ReviewDep,
    name: Reviewer,
    meeting_id: str,
    task: str = Form(...),
    owner: str | None = Form(None),
    owner_other: str | None = Form(None),
    due: str | None = Form(None),
    quote: str | None = Form(None),
    segment: str | None = Form(None),
):
    if not task.strip():
        raise FormError("the action needs some text")
    fields: dict[str, object] = {"task": task.strip(), "owner": parse_owner(owner, owner_other), "due": parse_date(due)}
    fields["quote"] = (quote or "").strip()
    if (seg := _segment(segment)) is not None:
        fields["segment"] = seg
    index = review.add_item(meeting_id, "action", fields, name)
    return back(meeting_id, "added", f"action-{index}")


@router.post("/meetings/{meeting_id}/agreements")
def add_agreement(
    review: ReviewDep,
    name: Reviewer,
    meeting_id: str,
    text: str = Form(...),
    quote: str | None = Form(None),
    segment: str | None = Form(None),
):
    if not text.strip():
        raise FormError("the agreement needs some text")
    fields: dict = {"text": text.strip(), "quote": (quote or "").strip()}
    if (seg := _segment(segment)) is not None:
        fields["segment"] = seg
    index = review.add_item(meeting_id, "agreement", fields, name)
    return back(meeting_id, "added", f"agreement-{index}")


@router.post("/meetings/{meeting_id}/suggestions/{kind}/{index}/accept")
def accept_suggestion(review: ReviewDep, name: Reviewer, meeting_id: str, kind: str, index: int):
    """ "Possibly also" on the meeting page: the suggestion becomes an accepted item of the report."""
    if kind not in ("action", "agreement"):
        raise HTTPException(404, f"unknown item kind '{kind}'")
    at = review.accept_suggestion(meeting_id, "action" if kind == "action" else "agreement", index, name)
    return back(meeting_id, "accepted", f"{kind}-{at}")


@router.post("/meetings/{meeting_id}/header")
async def edit_header(request: Request, review: ReviewDep, settings: SettingsDep, name: Reviewer, meeting_id: str):
    form = await request.form()
    fields: dict = {}
    for key in ("title", "client", "agency", "job", "location", "next_meeting"):
        if key in form:
            value = str(form[key]).strip()
            if key == "title" and not value:
                raise FormError("the meeting needs a title")
            fields[key] = value or None
    if "date" in form:
        day = parse_date(str(form["date"]))
        if day is None:
            raise FormError("the meeting needs a date")
        fields["date"] = day
    if "distribution" in form:
        fields["distribution"] = [
            n.strip() for n in str(form["distribution"]).replace("\n", ",").split(",") if n.strip()
        ]
    _meeting, changed = review.update_header(meeting_id, fields, name, settings.next_weekday)
    if changed:
        url = f"/meetings/{meeting_id}?done=redated&redated={','.join(map(str, changed))}#header"
        return RedirectResponse(url, status_code=303)
    return back(meeting_id, "saved", "header")


@router.post("/meetings/{meeting_id}/attendees")
async def edit_attendees(request: Request, review: ReviewDep, user: Reviewer, meeting_id: str):
    """Rows ``name``/``side``/``role`` (repeated), ``remove`` holding the row numbers to drop, and one new row."""
    form = await request.form()
    names, sides, roles = form.getlist("name"), form.getlist("side"), form.getlist("role")
    remove = {str(v) for v in form.getlist("remove")}
    attendees = []
    for i, value in enumerate(names):
        name = str(value).strip()
        if not name or str(i) in remove:
            continue
        side = str(sides[i]) if i < len(sides) else ""
        role = str(roles[i]).strip() if i < len(roles) else ""
        attendees.append(
            Attendee(name=name, side=side if side in ("agency", "client") else None, role=role or None)  # type: ignore[arg-type]
        )
    review.set_attendees(meeting_id, attendees, user)
    return back(meeting_id, "saved", "attendees")


@router.post("/meetings/{meeting_id}/speakers")
async def rename_speaker(request: Request, review: ReviewDep, settings: SettingsDep, user: Reviewer, meeting_id: str):
    """``speaker`` (as the transcript has it) becomes ``name``; an existing speaker's name merges the two."""
    form = await request.form()
    review.rename_speaker(meeting_id, str(form.get("speaker", "")), str(form.get("name", "")), user, settings)
    return back(meeting_id, "saved", "speakers")


@router.post("/meetings/{meeting_id}/confirm")
def confirm(
    review: ReviewDep, store: StoreDep, settings: SettingsDep, user: Reviewer, meeting_id: str,
    confirmed_by: str = Form(""),
):  # fmt: skip
    row = store.get(meeting_id)
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    name = confirmed_by.strip() or user
    style = report_style(settings, row.client)
    review.confirm(meeting_id, name, publish=lambda record, n: publish.write_final(record, n, row.reports_dir, style))
    response = back(meeting_id, "confirmed")
    response.set_cookie(USER_COOKIE, name[:200], httponly=True, samesite="strict")
    return response


@router.post("/meetings/{meeting_id}/reopen")
def reopen(review: ReviewDep, store: StoreDep, settings: SettingsDep, name: Reviewer, meeting_id: str):
    row = store.get(meeting_id)
    if row is None:
        raise NotFoundError(f"no meeting '{meeting_id}'")
    style = report_style(settings, row.client)
    review.reopen(meeting_id, name, publish=lambda record: publish.write_draft(record, row.reports_dir, style))
    return back(meeting_id, "reopened")


@router.post("/meetings/{meeting_id}/send")
def send(store: StoreDep, meeting_id: str):
    """The confirmed report's .eml draft (written beside its .docx), downloaded for the AE's mail program."""
    path, _to = publish.write_send_draft(store, meeting_id)
    return FileResponse(path, filename=path.name, media_type="message/rfc822")


@router.get("/meetings/{meeting_id}/files/{name}")
def download(store: StoreDep, meeting_id: str, name: str):
    """A file of this meeting's (a confirmed version's, or the working draft's); nothing else."""
    row = store.get(meeting_id)
    path = next((p for p in _files(store, row) if p.name == name), None) if row is not None else None
    if path is None or publish.safe_child(path.parent, name) is None:
        raise HTTPException(404, "No such file.")
    return FileResponse(path, filename=path.name, media_type=mimetypes.guess_type(path.name)[0])


def _audio_path(settings: Settings, row: MeetingRow) -> Path | None:
    """The recording, only ever from the workspace: the one kept when the meeting was drafted
    (``pipeline.playback``), else (a meeting drafted before recordings were kept) the source file or a recording of
    its stem beside it, when that is in the workspace (processed/). Nothing named by the request is served."""
    if (kept := playback.playable(settings, row.to_record().meeting)) is not None:
        return kept
    if not row.source_path:
        return None
    source, home = Path(row.source_path), settings.home.resolve()
    for path in (source, *(source.with_suffix(s) for s in AUDIO_SUFFIXES)):
        if is_audio(path) and path.is_file() and path.resolve().is_relative_to(home):
            return path.resolve()
    return None


@router.get("/meetings/{meeting_id}/audio")
def audio(store: StoreDep, settings: SettingsDep, meeting_id: str):
    row = store.get(meeting_id)
    path = _audio_path(settings, row) if row is not None else None
    if path is None:
        raise HTTPException(404, "No recording for this meeting.")
    return FileResponse(path, media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream")
