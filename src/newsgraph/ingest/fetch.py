"""Fetching a page over http(s), with urllib, bounded and refusing private addresses.

The host is resolved and checked before connecting, and the address actually connected to is
checked again (so a DNS answer that changes in between, or a redirect, cannot reach a private
address). Proxies from the environment are not used. Time and size are bounded.
"""
from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from functools import partial
from urllib.parse import urlsplit

from newsgraph.errors import InputError
from newsgraph.ingest.decode import MAX_BYTES, check_size

LOGGER = logging.getLogger(__name__)

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
CHUNK_BYTES = 65536
USER_AGENT = "newsgraph/0.1 (news article reader)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


@dataclass
class Response:
    """A fetched page: its bytes, the URL after redirects, and the charset its headers name."""

    data: bytes
    url: str
    content_type: str | None = None
    charset: str | None = None


def refused_address(address: str) -> bool:
    """RETURNS (bool): whether an IP address is loopback, private, link-local, reserved or otherwise
    not on the public internet."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_address(address: str, url: str, allow_private: bool) -> None:
    """RAISES InputError: ``address`` is private and ``allow_private`` is off."""
    if not allow_private and refused_address(address):
        raise InputError(url, f"refusing to fetch private address {address} (use --allow-private)")


def check_url(url: str, allow_private: bool = False) -> None:
    """Check the scheme, then resolve the host and check every address it has.

    RAISES InputError: not http(s), no host, cannot resolve, or a private address.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(url, f"refusing to fetch {parts.scheme or 'a'} URL (want http or https)")
    if not parts.hostname:
        raise InputError(url, "no host in URL")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as err:
        raise InputError(url, f"cannot resolve host {parts.hostname!r} ({err})") from None
    for info in infos:
        check_address(str(info[4][0]), url, allow_private)


def _check_peer(conn: http.client.HTTPConnection, allow_private: bool) -> None:
    address = conn.sock.getpeername()[0]
    try:
        check_address(address, f"{conn.host}:{conn.port}", allow_private)
    except InputError:
        conn.close()
        raise


class _Guarded:
    """A connection that checks the address it actually connected to (so redirects are checked too)."""

    def __init__(self, *args, allow_private: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.allow_private = allow_private

    def connect(self) -> None:
        super().connect()
        _check_peer(self, self.allow_private)


class _GuardedHTTPConnection(_Guarded, http.client.HTTPConnection):
    pass


class _GuardedHTTPSConnection(_Guarded, http.client.HTTPSConnection):
    pass


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPConnection, allow_private=self.allow_private), req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPSConnection, allow_private=self.allow_private), req,
                            context=self._context)


class _GuardedRedirectHandler(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self, allow_private: bool) -> None:
        super().__init__()
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_url(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(allow_private: bool) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _GuardedHTTPHandler(allow_private),
        _GuardedHTTPSHandler(allow_private), _GuardedRedirectHandler(allow_private),
    )


def _read_body(response: http.client.HTTPResponse, url: str, deadline: float, timeout: float,
               max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit():
        check_size(int(length), url, max_bytes)
    chunks, total = [], 0
    while chunk := response.read1(CHUNK_BYTES):
        total += len(chunk)
        check_size(total, url, max_bytes)
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _charset(headers: Message) -> tuple[str | None, str | None]:
    return headers.get_content_type(), headers.get_content_charset()


def fetch_response(url: str, *, allow_private: bool = False, timeout: float = 20,
                   max_bytes: int = MAX_BYTES) -> Response:
    """Fetch one URL. See :func:`fetch`. RETURNS (Response): the bytes and what the headers said."""
    check_url(url, allow_private)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    deadline = time.monotonic() + timeout
    try:
        with _opener(allow_private).open(request, timeout=timeout) as response:
            data = _read_body(response, url, deadline, timeout, max_bytes)
            content_type, charset = _charset(response.headers)
            return Response(data=data, url=response.geturl(), content_type=content_type, charset=charset)
    except InputError as err:  # from a redirect or the connected address: name the URL asked for
        raise InputError(url, err.reason) from None
    except urllib.error.HTTPError as err:
        raise InputError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"cannot fetch ({err.reason})") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError) as err:
        raise InputError(url, f"cannot fetch ({type(err).__name__}: {err})") from None


def fetch(url: str, *, allow_private: bool = False, timeout: float = 20, max_bytes: int = MAX_BYTES) -> bytes:
    """Fetch the bytes of an http(s) URL.

    url (str): the address.
    allow_private (bool): allow loopback, private, link-local and reserved addresses.
    timeout (float): seconds for the whole fetch.
    max_bytes (int): refuse bodies larger than this.
    RETURNS (bytes): the body.
    RAISES InputError: a refused scheme or address, an HTTP error status, a timeout, too large.
    """
    return fetch_response(url, allow_private=allow_private, timeout=timeout, max_bytes=max_bytes).data
