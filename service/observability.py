"""Prometheus metrics and the access log.

Each app has its own :class:`~prometheus_client.CollectorRegistry` (several apps may live in one
process, e.g. in tests). Requests are labelled and logged by their *route template*
(``/citizens/{citizen_id}``), never by the raw path: a path can carry an id typed by a person,
and a mistyped CPR number must not reach the logs. Uvicorn's own access log is switched off for
the same reason (see :mod:`service.commands`).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("service.access")


class Metrics:
    """The service's Prometheus metrics, in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "matcher_http_requests",
            "HTTP requests by method, route template and status",
            ("method", "route", "status"),
            registry=self.registry,
        )
        self.latency = Histogram(
            "matcher_http_request_duration_seconds",
            "HTTP request duration by method and route template",
            ("method", "route"),
            buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
            registry=self.registry,
        )
        self.reservations = Counter(
            "matcher_reservations",
            "Reservation attempts by result",
            ("result",),
            registry=self.registry,
        )


def route_template(scope: Scope) -> str:
    """The matched route's path template, or ``<unmatched>``."""
    route: Any = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "<unmatched>"


class ObservabilityMiddleware:
    """Pure ASGI middleware: counts, times and logs every HTTP request by route template."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            seconds = time.perf_counter() - started
            method, route = str(scope.get("method", "?")), route_template(scope)
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(seconds)
            access_log.info("%s %s %d %.1f ms", method, route, status, seconds * 1000)
