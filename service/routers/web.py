"""The consultants' web page: static HTML, CSS and vanilla JavaScript from ``service/static``.

The page holds no data of its own: it calls the API with the bearer token the consultant pastes
(kept in the browser tab's ``sessionStorage`` only), so every access is authorised and audited
exactly as any other client's. Serving the files needs no token.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from service.errors import NotFoundError

STATIC = Path(__file__).resolve().parent.parent / "static"
#: The files the page consists of, and their media types.
FILES = {
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}
#: The page may only load its own files and talk to its own origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

router = APIRouter(tags=["web"], include_in_schema=False)


@router.get("/")
def page() -> FileResponse:
    """The consultants' page (Danish)."""
    return FileResponse(
        STATIC / "index.html", media_type="text/html; charset=utf-8", headers=SECURITY_HEADERS
    )


@router.get("/static/{name}")
def static_file(name: str) -> FileResponse:
    """One of the page's files (a fixed list: nothing else on disk can be named)."""
    media_type = FILES.get(name)
    if media_type is None:
        raise NotFoundError("file", name)
    return FileResponse(STATIC / name, media_type=media_type, headers=SECURITY_HEADERS)
