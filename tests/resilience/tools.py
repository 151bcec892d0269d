"""What the resilience tests drive: a cuttable TCP proxy, load clients and an editor's browser-less
session, all on loopback and bounded in time."""

import contextlib
import http.client
import re
import socket
import threading
import time
from collections import Counter
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

from bench.server import PROXY_HEADERS


class TcpProxy:
    """127.0.0.1:<port> → ``target``; ``cut()`` drops every connection and refuses new ones
    (as a database host that went away), ``restore()`` forwards again. Only loopback."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self.closed = False
        self.sockets = set()
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.closed:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                self._close(sock)

    def _close(self, sock):
        with self.lock:
            self.sockets.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def cut(self):
        self.open = False
        with self.lock:
            sockets = list(self.sockets)
        for sock in sockets:
            self._close(sock)

    def restore(self):
        self.open = True

    def close(self):
        self.closed = True
        self.cut()
        self.listener.close()


def fetch(connection, path, headers=None):
    """(status, headers, body) of a GET on a kept-alive ``http.client`` connection."""
    connection.request("GET", path, headers={**PROXY_HEADERS, **(headers or {})})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


class Load:
    """``clients`` threads each requesting ``paths`` in turn until ``stop()``; every response is
    recorded as (time, path, status, body-if-not-200)."""

    def __init__(self, base_url, paths, clients):
        split = urlsplit(base_url)
        self.host, self.port = split.hostname, split.port
        self.paths = paths
        self.clients = clients
        self.records = []
        self.running = False
        self.lock = threading.Lock()
        self.threads = []

    def _client(self, number):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        turn = number
        while self.running:
            path = self.paths[turn % len(self.paths)].replace("{n}", f"{number}-{turn}")
            turn += 1
            started = time.monotonic()
            try:
                status, headers, body = fetch(connection, path)
            except (OSError, http.client.HTTPException) as error:
                status, headers, body = None, {}, str(error).encode()
                connection.close()
                connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            with self.lock:
                self.records.append(
                    (started, path, status, headers, b"" if status == 200 else body)
                )
        connection.close()

    def start(self):
        self.running = True
        self.threads = [
            threading.Thread(target=self._client, args=(number,), daemon=True)
            for number in range(self.clients)
        ]
        for thread in self.threads:
            thread.start()
        return self

    def stop(self):
        self.running = False
        for thread in self.threads:
            thread.join(30)
        return self.records

    def statuses(self):
        return Counter(record[2] for record in self.records)


class EditorSession:
    """An editor in the admin over HTTP: cookies kept by hand (they are Secure, __Host-)."""

    def __init__(self, base_url):
        split = urlsplit(base_url)
        self.connection = http.client.HTTPConnection(split.hostname, split.port, timeout=60)
        self.origin = f"https://{split.netloc}"
        self.cookies = {}

    def _request(self, method, path, fields=None):
        headers = {**PROXY_HEADERS, "Origin": self.origin, "Referer": self.origin + path}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                for name, morsel in SimpleCookie(value).items():
                    self.cookies[name] = morsel.value
        return response.status, response.read().decode()

    def get(self, path):
        return self._request("GET", path)

    def post(self, path, fields):
        csrf = self.cookies.get("__Host-csrftoken")
        return self._request("POST", path, {**fields, "csrfmiddlewaretoken": csrf})

    def login(self, username, password):
        self.get("/lv/admin/login/")
        status, _body = self.post(
            "/lv/admin/login/?next=/lv/admin/", {"username": username, "password": password}
        )
        assert status == 302, "login failed"

    def form_values(self, path):
        """The text inputs and textareas of the admin form at ``path``."""
        _status, html = self.get(path)
        values = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html))
        values.update(re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S))
        # Selects (e.g. the kind of each source row): their chosen option.
        for name, options in re.findall(
            r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S
        ):
            chosen = re.search(r'<option value="([^"]*)"[^>]*\bselected\b', options)
            values[name] = chosen.group(1) if chosen else ""
        return {name: _unescape(value) for name, value in values.items()}


def _unescape(text):
    import html

    return html.unescape(text)
