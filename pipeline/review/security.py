"""Who may use the review app, and proof that a form came from it.

- **Bind.** Loopback by default; any other address needs an access token (``check_bind``).
- **Token.** With a token, the first request carries ``?token=…``; a cookie holds it from then on.
- **Session + CSRF.** Every browser gets a random session id in a signed, HttpOnly, SameSite=Strict cookie; each
  form carries ``csrf`` = HMAC(secret, session id), checked on every POST (or the ``X-CSRF-Token`` header).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import secrets
from pathlib import Path
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from fastapi.responses import PlainTextResponse, RedirectResponse

from pipeline.errors import ConfigError

SESSION_COOKIE = "debrief_session"
TOKEN_COOKIE = "debrief_token"
USER_COOKIE = "debrief_user"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse a non-loopback address without a token (``ConfigError`` with a one-line reason)."""
    if not is_loopback(host) and not token:
        raise ConfigError(
            f"refusing to serve on {host} without a token: pass --token (or use --host 127.0.0.1 for this machine only)"
        )


def load_secret(home: Path) -> bytes:
    """The key that signs session cookies: kept in the workspace (0600) so sessions survive a restart."""
    path = home / ".review-secret"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        pass
    key = secrets.token_bytes(32)
    home.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex())
    return key


class Guard:
    def __init__(self, secret: bytes, token: str | None) -> None:
        self.secret = secret
        self.token = token

    def _mac(self, purpose: str, value: str) -> str:
        return hmac.new(self.secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def sign_session(self, sid: str) -> str:
        return f"{sid}.{self._mac('session', sid)}"

    def session_id(self, cookie: str | None) -> str | None:
        if not cookie or "." not in cookie:
            return None
        sid, mac = cookie.rsplit(".", 1)
        return sid if hmac.compare_digest(mac, self._mac("session", sid)) else None

    def csrf_for(self, sid: str) -> str:
        return self._mac("csrf", sid)

    def token_ok(self, value: str | None) -> bool:
        return bool(self.token) and bool(value) and hmac.compare_digest(str(value), str(self.token))

    async def middleware(self, request: Request, call_next):
        """Token gate, then the session cookie (issued on first visit)."""
        if self.token:
            if self.token_ok(request.query_params.get("token")):
                rest = {k: v for k, v in request.query_params.multi_items() if k != "token"}
                target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                response = RedirectResponse(target, status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                return response
            if not self.token_ok(request.cookies.get(TOKEN_COOKIE)):
                return PlainTextResponse(
                    "debrief review: open the address printed at start (it carries the access token).", 401
                )
        sid = self.session_id(request.cookies.get(SESSION_COOKIE))
        fresh = sid is None
        request.state.sid = sid or secrets.token_urlsafe(24)
        request.state.csrf = self.csrf_for(request.state.sid)
        request.state.new_session = fresh
        response = await call_next(request)
        if fresh:
            response.set_cookie(SESSION_COOKIE, self.sign_session(request.state.sid), httponly=True, samesite="strict")
        return response

    async def verify_csrf(self, request: Request) -> None:
        """FastAPI dependency: every unsafe request needs the session's CSRF token."""
        if request.method in SAFE_METHODS:
            return
        sent = request.headers.get("x-csrf-token")
        if sent is None:
            form = await request.form()
            value = form.get("csrf")
            sent = value if isinstance(value, str) else None
        if request.state.new_session or not sent or not hmac.compare_digest(str(sent), request.state.csrf):
            raise HTTPException(403, "The form has expired or did not come from this app; reload the page and retry.")
