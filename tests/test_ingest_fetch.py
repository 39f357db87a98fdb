"""Fetching over http(s): a local server on 127.0.0.1 only; private addresses refused unless allowed."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import iter_articles, read
from newsgraph.ingest.fetch import fetch, fetch_response, refused_address

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "page.html").read_bytes()
RUSSIAN = "Министр иностранных дел заявил во вторник, что переговоры в Женеве возобновятся на следующей неделе."


ROUTES = {
    "/page.html": (200, "text/html; charset=utf-8", PAGE),
    "/koi8.txt": (200, "text/plain; charset=koi8-r", RUSSIAN.encode("koi8-r")),
    "/big": (200, "text/plain", b"x" * 5000),
}


class Handler(BaseHTTPRequestHandler):

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path in ROUTES:
            status, content_type, body = ROUTES[self.path]
            self._send(status, {"Content-Type": content_type, "Content-Length": str(len(body))}, body)
        elif self.path == "/unsized":
            self._send(200, {"Content-Type": "text/plain"}, b"y" * 5000)   # no Content-Length: read to the end
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, {"Content-Type": "text/plain", "Content-Length": "2"}, b"ok")
        elif self.path == "/to-page":
            self._send(302, {"Location": "/page.html", "Content-Length": "0"})
        elif self.path == "/to-file":
            self._send(302, {"Location": "file:///etc/passwd", "Content-Length": "0"})
        elif self.path == "/to-ftp":
            self._send(302, {"Location": "ftp://127.0.0.1/x", "Content-Length": "0"})
        else:
            self._send(404, {"Content-Type": "text/plain", "Content-Length": "9"}, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_local_page_when_private_allowed(server):
    assert fetch(f"{server}/page.html", allow_private=True) == PAGE


def test_fetch_refuses_private_address_by_default(server):
    url = f"{server}/page.html"
    with pytest.raises(InputError) as err:
        fetch(url)
    reason = "refusing to fetch private address 127.0.0.1 (use --allow-private)"
    assert (err.value.source, err.value.reason) == (url, reason)


@pytest.mark.parametrize("url", [
    "http://localhost:9/x", "http://10.0.0.1/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data",
    "http://[::1]:9/x", "http://0.0.0.0/x", "http://[::ffff:127.0.0.1]/x",
])
def test_fetch_refuses_private_hosts_without_connecting(url):
    with pytest.raises(InputError, match=r"refusing to fetch private address .+ \(use --allow-private\)"):
        fetch(url)


@pytest.mark.parametrize(("address", "refused"), [
    ("127.0.0.1", True), ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.0.10", True), ("169.254.1.1", True),
    ("100.64.0.1", True), ("::1", True), ("fe80::1", True), ("fc00::1", True), ("224.0.0.1", True),
    ("8.8.8.8", False), ("2001:4860:4860::8888", False),
])
def test_fetch_refused_address(address, refused):
    assert refused_address(address) is refused


def test_fetch_connected_address_is_checked_too(server, monkeypatch):
    """A host that resolved to a public address but connects to a private one (DNS rebinding)."""
    monkeypatch.setattr("newsgraph.ingest.fetch.check_url", lambda url, allow_private=False: None)
    with pytest.raises(InputError, match=r"refusing to fetch private address 127\.0\.0\.1"):
        fetch(f"{server}/page.html")


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_fetch_refuses_other_schemes(url):
    with pytest.raises(InputError, match=r"\(want http or https\)"):
        fetch(url)


def test_fetch_http_error_names_url_and_status(server):
    url = f"{server}/missing"
    with pytest.raises(InputError) as err:
        fetch(url, allow_private=True)
    assert (err.value.source, err.value.reason) == (url, "HTTP 404 Not Found")


@pytest.mark.parametrize("path", ["/big", "/unsized"])
def test_fetch_size_is_bounded(server, path):
    with pytest.raises(InputError, match=r"too large"):
        fetch(f"{server}{path}", allow_private=True, max_bytes=1000)


@pytest.mark.timeout(30)
def test_fetch_time_is_bounded(server):
    start = time.monotonic()
    with pytest.raises(InputError, match="timed out after 1 s"):
        fetch(f"{server}/slow", allow_private=True, timeout=1)
    assert time.monotonic() - start < 2.5


def test_fetch_follows_redirects_and_reports_final_url(server):
    response = fetch_response(f"{server}/to-page", allow_private=True)
    assert (response.data, response.url) == (PAGE, f"{server}/page.html")


@pytest.mark.parametrize(("path", "reason"), [
    ("/to-ftp", "refusing to fetch ftp URL (want http or https)"),
    ("/to-file", "HTTP 302 Found - Redirection to url 'file:///etc/passwd' is not allowed"),
])
def test_fetch_refuses_redirect_to_another_scheme(server, path, reason):
    with pytest.raises(InputError) as err:
        fetch(f"{server}{path}", allow_private=True)
    assert (err.value.source, err.value.reason) == (f"{server}{path}", reason)


def test_fetch_charset_header_is_used_for_decoding(server):
    article = read(f"{server}/koi8.txt", allow_private=True)
    assert article.text == RUSSIAN and article.language == "ru"


def test_fetch_read_url_gives_article_with_url(server):
    url = f"{server}/page.html"
    article = read(url, allow_private=True)
    assert (article.source, article.url, article.outlet) == (url, url, "Coastline Courier")


def test_fetch_iter_articles_reports_refusal_and_goes_on(server):
    items = list(iter_articles([f"{server}/page.html", str(FIXTURES / "plain_no_chrome.txt")]))
    assert isinstance(items[0], InputError) and "refusing to fetch private address" in items[0].reason
    assert items[1].text.startswith("Austria’s chancellor")
