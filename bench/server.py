"""The site as production runs it, on loopback: a PostgreSQL database of its own, collected static
files, gunicorn with production settings. Used by bench/run.py and tests/resilience/.
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
# Production redirects plain HTTP to HTTPS; the reverse proxy says the visitor used HTTPS.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def database_url(name, server=PG_SERVER):
    return f"{server}/{name}"


def site_env(database_url, *, work_dir, **extra):
    """Production settings (debug off) for a server on this machine, plus ``extra``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_URL", "DATABASE_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="decode_portal.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-" + secrets.token_urlsafe(40),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        DJANGO_STATIC_ROOT=str(Path(work_dir) / "static"),
        DJANGO_MEDIA_ROOT=str(Path(work_dir) / "media"),
        DJANGO_LOG_LEVEL="WARNING",
        DECODE_BENCH="1",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def create_database(name, server=PG_SERVER, *, fresh=False):
    """Create the database ``name`` if it does not exist (``fresh``: drop it first)."""
    admin = ["psql", database_url("postgres", server), "-v", "ON_ERROR_STOP=1", "-qtAc"]
    if fresh:
        subprocess.run([*admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True)
    exists = subprocess.run(
        [*admin, f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not exists:
        subprocess.run([*admin, f'CREATE DATABASE "{name}"'], check=True)


def prepare_site(env):
    """Migrate, load the demo content, collect static files (quietly)."""
    manage(env, "migrate", "--no-input", "--verbosity", "0")
    manage(env, "demo", "--verbosity", "0")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")


def free_port():
    """A loopback port nothing listens on (other people's servers share this machine)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, *, timeout=5, headers=None):
    """(status, body) of a GET with the proxy's headers; (None, error) when nothing answers."""
    request = urllib.request.Request(url, headers={**PROXY_HEADERS, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, OSError) as error:
        return None, str(error).encode()


class Gunicorn:
    """A gunicorn process group on 127.0.0.1:``port``, stopped by its own process id."""

    def __init__(self, env, port=None, *, workers=2, log_path=None):
        self.env = env
        self.port = port or free_port()
        self.workers = workers
        self.log_path = log_path
        self.process = None
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self, timeout=90):
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "decode_portal.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "30",
                "--graceful-timeout",
                "5",
                "--log-level",
                "warning",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        if log is not subprocess.DEVNULL:
            log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn on port {self.port} exited: see {self.log_path}")
            status, _body = get(self.url + "/health/", timeout=2)
            if status == 200 and self.process.poll() is None:
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn on port {self.port} did not answer within {timeout} s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
