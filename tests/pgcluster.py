"""A throwaway PostgreSQL cluster for the tests (issue 15): ``initdb`` and ``pg_ctl`` into a
temporary folder, listening only on a Unix socket in that folder, stopped and removed at the end.

The server programs are found in this order: ``DESK_APP_PG_BIN``; ``pg_ctl`` on the PATH;
Debian's ``/usr/lib/postgresql/<version>/bin``; the binaries bundled in the ``pgserver`` wheel.
A machine with none of them is a failure, never a skip (.ci/run installs Debian's package).
As root (CI containers), the server runs as ``nobody``: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class NoPostgres(RuntimeError):
    pass


def server_bin() -> Path:
    env = os.environ.get("DESK_APP_PG_BIN")
    if env:
        return Path(env)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if debian:
        return debian[-1].parent
    try:
        import warnings

        with warnings.catch_warnings():  # it warns about XDG_RUNTIME_DIR on import
            warnings.simplefilter("ignore")
            import pgserver  # type: ignore[import-not-found]

        bundled = Path(pgserver.__file__).parent / "pginstall" / "bin"
        if (bundled / "pg_ctl").exists():
            return bundled
    except ImportError:
        pass
    raise NoPostgres(
        "PostgreSQL server programs (initdb, pg_ctl) not found: install Debian's postgresql package "
        "(.ci/run does), or set DESK_APP_PG_BIN"
    )


def _as_server_user() -> tuple[int, int] | None:
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid
        except KeyError:
            continue
    raise NoPostgres("running as root with neither a postgres nor a nobody user to run the server as")


@dataclass
class Cluster:
    folder: Path
    bin: Path
    user: tuple[int, int] | None
    fsync: bool = False  # the tests need no durability; the benchmark runs as a real server does

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://desk@/{database}?host={self.socket_dir}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        def drop() -> None:
            if self.user is not None:
                os.setgid(self.user[1])
                os.setuid(self.user[0])

        return subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            check=check,
            capture_output=True,
            text=True,
            preexec_fn=drop if self.user is not None else None,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )

    def create_database(self, name: str, template: str | None = None) -> str:
        import psycopg

        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(f"host={self.socket_dir} user=desk dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')  # type: ignore[arg-type]
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(f"host={self.socket_dir} user=desk dbname=postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def halt(self) -> None:
        """The server goes away (a power cut at the server, a pulled cable): immediate stop."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop", check=False)

    def resume(self) -> None:
        durable = "on" if self.fsync else "off"
        options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync={durable} -c max_connections=60"
        started = self._run(
            "pg_ctl",
            "-D",
            str(self.folder / "data"),
            "-o",
            options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
            check=False,
        )
        if started.returncode != 0:
            log = (self.folder / "log").read_text(errors="replace") if (self.folder / "log").exists() else ""
            raise NoPostgres(f"pg_ctl start failed: {started.stderr}\n{log[-2000:]}")

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(fsync: bool = False) -> Cluster:
    """initdb and start; about 1–2 s here."""
    bin_dir = server_bin()
    user = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    (folder / "sock").mkdir()
    if user is not None:
        for p in (folder, folder / "sock"):
            os.chown(p, *user)
    cluster = Cluster(folder, bin_dir, user, fsync)
    try:
        cluster._run("initdb", "-D", str(folder / "data"), "-U", "desk", "-A", "trust", "-E", "UTF8", "--no-sync")
        cluster.resume()
    except subprocess.CalledProcessError as e:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoPostgres(f"{e.cmd[0]} failed: {e.stderr}") from None
    except BaseException:
        cluster.stop()
        raise
    for _ in range(50):
        if any(cluster.socket_dir.glob(".s.PGSQL.*")):
            break
        time.sleep(0.1)
    return cluster
