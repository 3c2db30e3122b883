"""The review app: ``create_app(settings)`` returns a FastAPI app of server-rendered pages and plain HTML forms.

Every form posts and redirects, so review and confirm work without JavaScript; ``static/review.js`` only adds
conveniences (seek the audio, add an item from selected transcript text, show the "other owner" box on demand).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError

from pipeline.documents import DATE_CHECK
from pipeline.review.deps import Context, render
from pipeline.review.security import Guard, load_secret
from pipeline.review.views import TEMPLATE_FILTERS, FormError
from pipeline.settings import Settings
from pipeline.store import NotFoundError, Review, ReviewError, store_for

HERE = Path(__file__).resolve().parent


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(TEMPLATE_FILTERS)
    env.globals["DATE_CHECK"] = DATE_CHECK
    return Jinja2Templates(env=env)


def create_app(settings: Settings, token: str | None = None) -> FastAPI:
    """The review app over the workspace of ``settings``. With ``token``, every browser must present it once."""
    from pipeline.review import clients, meetings, wip

    settings.ensure_workspace()
    guard = Guard(load_secret(settings.home), token)
    app = FastAPI(
        title="debrief review", docs_url=None, redoc_url=None, openapi_url=None,
        dependencies=[Depends(guard.verify_csrf)],
    )  # fmt: skip
    store = store_for(settings)
    app.state.ctx = Context(settings, store, Review(store), guard, _templates())
    app.middleware("http")(guard.middleware)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(meetings.router)
    app.include_router(wip.router)
    app.include_router(clients.router)

    @app.exception_handler(ReviewError)
    async def _review_error(request: Request, exc: ReviewError):
        return render(request, "error.html", 409, title="Not possible yet", message=str(exc))

    @app.exception_handler(NotFoundError)
    async def _not_found(request: Request, exc: NotFoundError):
        return render(request, "error.html", 404, title="Not found", message=str(exc))

    @app.exception_handler(ValidationError)
    async def _invalid(request: Request, exc: ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        return render(request, "error.html", 400, title="Check the form", message=f"{where}: {err['msg']}")

    @app.exception_handler(FormError)
    async def _bad_value(request: Request, exc: FormError):
        return render(request, "error.html", 400, title="Check the form", message=str(exc))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        if not hasattr(request.state, "csrf"):
            return HTMLResponse(str(exc.detail), exc.status_code)
        title = {403: "Form rejected", 404: "Not found"}.get(exc.status_code, "Error")
        return render(request, "error.html", exc.status_code, title=title, message=str(exc.detail))

    return app
