"""A scripted HTTP server on 127.0.0.1 for fetch tests: real sockets, real HTTP, answers
chosen per request (status, headers, body, delay), and a log of what was asked."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before the body is sent
    cut: int | None = None  # send only this many bytes of the body, then close (a truncated answer)
    trickle: float | None = None  # seconds between the body's bytes, sent one at a time


@dataclass
class Request:
    path: str
    params: dict[str, str]
    at: float  # time.monotonic() when it arrived


class ScriptedServer:
    """``responder(request, n)`` returns the Answer for a request; ``n`` counts earlier
    requests with the same path and parameters (0 for the first)."""

    def __init__(self, responder: Callable[[Request, int], Answer]):
        self.responder = responder
        self.requests: list[Request] = []
        self.hung_up: list[str] = []  # paths whose client closed the connection before the body ended
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                req = Request(parts.path, {k: v[-1] for k, v in parse_qs(parts.query).items()}, time.monotonic())
                with server._lock:
                    n = sum(1 for r in server.requests if r.path == req.path and r.params == req.params)
                    server.requests.append(req)
                answer = server.responder(req, n)
                if answer.delay:
                    time.sleep(answer.delay)
                body = answer.body if answer.cut is None else answer.body[: answer.cut]
                try:
                    self.send_response(answer.status)
                    for k, v in answer.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    if answer.trickle:
                        for i in range(len(body)):
                            self.wfile.write(body[i:i + 1])
                            self.wfile.flush()
                            time.sleep(answer.trickle)
                    else:
                        self.wfile.write(body)
                    if answer.cut is not None:
                        self.close_connection = True
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    with server._lock:  # the client gave up (a timeout test)
                        server.hung_up.append(req.path)

            def log_message(self, *args):  # keep test output quiet
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # a client that hung up early: expected here
                import sys

                if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):
                    super().handle_error(request, client_address)

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "ScriptedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
