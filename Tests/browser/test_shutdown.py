"""`candor serve` stops cleanly on SIGTERM even with requests still being handled.

Found with Benchmarks/saves: when wrk stops, it closes its connections with requests still
queued in the server (ConcurrencyLimitMiddleware lets four work at a time). The server shut the
database down while those requests were still to run, and the next one to reach the database
crashed the process (a nil database in Fluent's `Request.db`). A crash on a routine stop is
what a systemd restart or a deploy does every time.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import time

import pytest

from conftest import CandorServer


def send_and_hang_up(server: CandorServer, path: str, count: int) -> None:
    """Sends `count` GETs of `path`, each on its own connection, and closes every connection
    without reading the answers: the requests stay queued in the server."""
    for _ in range(count):
        with socket.create_connection(("127.0.0.1", server.port)) as connection:
            connection.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())


def test_sigterm_with_requests_in_flight_exits_cleanly(server_factory) -> None:
    server = server_factory()
    server.cli("demo", check=True)
    # The demo's pages read the database; 60 of them take the four places several times over.
    send_and_hang_up(server, "/pipeline", 60)
    server.process.send_signal(signal.SIGTERM)
    try:
        code = server.process.wait(30)
    except subprocess.TimeoutExpired:
        server.kill()
        pytest.fail(f"`candor serve` did not stop within 30 s of SIGTERM\n{server.log_tail()}")
    log = server.log_text()
    assert "Fatal error" not in log and "Signal " not in log and "crashed" not in log, log[-3000:]
    assert code == 0, f"exit code {code}\n{log[-3000:]}"


def test_a_stopped_server_starts_again_on_the_same_database(server_factory) -> None:
    server = server_factory()
    server.cli("demo", check=True)
    send_and_hang_up(server, "/pipeline", 20)
    assert server.stop() == 0
    server.start()
    deadline = time.monotonic() + 10
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
        connection.sendall(f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while time.monotonic() < deadline and (chunk := connection.recv(4096)):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
