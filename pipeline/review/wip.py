"""Routes for the WIP register: the page, status / next-step changes, and the .docx / .xlsx / .csv exports."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from pipeline.documents import WIP_EXPORTS
from pipeline.review.deps import ReviewDep, Reviewer, StoreDep, render
from pipeline.review.views import due_state
from pipeline.store import WIP_STATUSES

router = APIRouter()
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _filters(client: str, status: str, drafts: str) -> dict:
    return {
        "client": client or None,
        "status": status if status in WIP_STATUSES else None,
        "include_drafts": drafts == "1",
    }


@router.get("/wip")
def wip_page(request: Request, store: StoreDep, client: str = "", status: str = "", drafts: str = "", done: str = ""):
    rows = store.wip_rows(**_filters(client, status, drafts))
    query = urlencode({k: v for k, v in (("client", client), ("status", status), ("drafts", drafts)) if v})
    return render(
        request, "wip.html", rows=rows, clients=store.clients(), client=client, status=status, drafts=drafts,
        statuses=WIP_STATUSES, due_state=due_state, query=query, today=dt.date.today(),
        notice="Saved." if done == "saved" else "",
    )  # fmt: skip


@router.post("/wip/{wip_id}")
def wip_update(
    review: ReviewDep, name: Reviewer, wip_id: int, status: str | None = Form(None),
    next_step: str | None = Form(None), back: str = Form(""),
):  # fmt: skip
    review.set_wip(wip_id, name, status=status or None, next_step=next_step)
    target = back if back.startswith("/wip") and "//" not in back else "/wip"
    sep = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{sep}done=saved#wip-{wip_id}", status_code=303)


@router.get("/wip/export.{fmt}")
def wip_export(store: StoreDep, fmt: str, client: str = "", status: str = "", drafts: str = ""):
    if fmt not in WIP_EXPORTS:
        raise HTTPException(404, f"No export as .{fmt}; choose .docx, .xlsx or .csv.")
    entries = [r.to_entry() for r in store.wip_rows(**_filters(client, status, drafts))]
    body = WIP_EXPORTS[fmt](entries)
    name = f"wip-{dt.date.today().isoformat()}.{fmt}"
    return Response(body, media_type=MEDIA[fmt], headers={"Content-Disposition": f'attachment; filename="{name}"'})
