"""Routes for the client review: the page per client and period, its .docx / .md / chart, and the one-click market
glossary (a mention or a spotted name becomes a known competitor, or is marked as not one)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from pipeline.client_review import build_review
from pipeline.client_review.chart import month_chart
from pipeline.client_review.competitors import by_competitor
from pipeline.client_review.delivery import SIDES
from pipeline.client_review.document import SECTIONS, client_review_doc, stem_for, summary_lines
from pipeline.client_review.glossary import add_name, norm
from pipeline.documents.render import to_docx, to_markdown
from pipeline.review.deps import SettingsDep, StoreDep, render
from pipeline.review.views import parse_date

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _period(since: str, until: str) -> dict:
    return {"since": parse_date(since), "until": parse_date(until)}


@router.get("/clients")
def clients_page(request: Request, store: StoreDep):
    return render(request, "clients.html", nav="clients", clients=store.clients(), review=None)


@router.get("/clients/{client}")
def client_page(request: Request, settings: SettingsDep, client: str, since: str = "", until: str = "", done: str = ""):
    review = build_review(settings, client, **_period(since, until))
    known = set(review.glossary.known())
    query = urlencode({"since": review.since.isoformat(), "until": review.until.isoformat()})
    return render(
        request, "clients.html", nav="clients", review=review, summary=summary_lines(review), sections=SECTIONS,
        groups=by_competitor(review.mentions), sides=SIDES, known=known, norm=norm, query=query,
        base=f"/clients/{quote(review.client)}", notice={"added": "Added to the known competitors.",
                                                          "ignored": "Marked as not a competitor."}.get(done, ""),
    )  # fmt: skip


@router.get("/clients/{client}/chart.png")
def client_chart(settings: SettingsDep, client: str, since: str = "", until: str = ""):
    review = build_review(settings, client, **_period(since, until))
    return Response(month_chart(review.months), media_type="image/png")


@router.get("/clients/{client}/review.{fmt}")
def client_export(settings: SettingsDep, client: str, fmt: str, since: str = "", until: str = ""):
    if fmt not in ("docx", "md"):
        raise HTTPException(404, f"No client review as .{fmt}; choose .docx or .md.")
    review = build_review(settings, client, **_period(since, until))
    stem = stem_for(review)
    doc = client_review_doc(review, chart_name=f"{stem}.png")
    if fmt == "md":
        body: bytes | str = to_markdown(doc)
        media = "text/markdown; charset=utf-8"
    else:
        from pipeline.documents.letterhead import report_style

        body, media = to_docx(doc, report_style(settings, review.client)), DOCX
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{stem}.{fmt}"'})


@router.post("/clients/{client}/glossary")
def client_glossary(
    settings: SettingsDep, client: str, name: str = Form(...), section: str = Form("competitors"),
    since: str = Form(""), until: str = Form(""),
):  # fmt: skip
    """One click on a mention: ``name`` becomes a known competitor (or, with ``section=ignore``, never one)."""
    if section not in ("competitors", "ignore"):
        raise HTTPException(400, f"cannot add a name to '{section}'")
    review = build_review(settings, client, **_period(since, until))  # the client must exist
    add_name(review.client, name, section, settings)
    query = urlencode({k: v for k, v in (("since", since), ("until", until)) if v})
    done = "added" if section == "competitors" else "ignored"
    target = f"/clients/{quote(review.client)}?{query + '&' if query else ''}done={done}#competitors"
    return RedirectResponse(target, status_code=303)
