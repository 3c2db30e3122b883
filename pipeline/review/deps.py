"""What the routes need, as FastAPI dependencies (the full-stack FastAPI template's ``deps.py``): the app's context,
the store, the review service, the reviewer's name, and the page renderer.

    @router.post("/meetings/{meeting_id}/confirm")
    def confirm(request: Request, review: ReviewDep, name: Reviewer, meeting_id: str): ...
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from pipeline.review.security import USER_COOKIE, Guard
from pipeline.settings import Settings
from pipeline.store import Review, Store


@dataclass
class Context:
    settings: Settings
    store: Store
    review: Review
    guard: Guard
    templates: Jinja2Templates


def ctx(request: Request) -> Context:
    return request.app.state.ctx


def who(request: Request) -> str:
    """The reviewer: the name given on the confirm form (kept in a cookie), else the OS user."""
    name = (request.cookies.get(USER_COOKIE) or "").strip()
    if name:
        return name[:200]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def render(request: Request, template: str, status_code: int = 200, **values: object) -> HTMLResponse:
    c = ctx(request)
    values.update(request=request, csrf=request.state.csrf, user=who(request))
    return c.templates.TemplateResponse(request, template, values, status_code=status_code)


def _store(request: Request) -> Store:
    return ctx(request).store


def _review(request: Request) -> Review:
    return ctx(request).review


def _settings(request: Request) -> Settings:
    return ctx(request).settings


StoreDep = Annotated[Store, Depends(_store)]
ReviewDep = Annotated[Review, Depends(_review)]
SettingsDep = Annotated[Settings, Depends(_settings)]
Reviewer = Annotated[str, Depends(who)]
