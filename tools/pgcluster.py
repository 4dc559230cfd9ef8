"""A throw-away PostgreSQL primary with a streaming replica, on loopback, from Debian's binaries.

    python tools/pgcluster.py run -- COMMAND...   # start, run COMMAND with the URLs, stop

COMMAND gets DATABASE_URL (the primary), DATABASE_REPLICA_URLS (the replica), PGCLUSTER_DIR,
PGCLUSTER_PRIMARY_PORT, PGCLUSTER_REPLICA_PORT and PGCLUSTER_BIN in its environment. Both
servers live in a temporary directory (small shared_buffers, fsync off: a test rig, not a
database to keep), listen on 127.0.0.1 only, on free ports (PGCLUSTER_PORTS, e.g.
"55432,55433", to choose them) and are stopped and deleted on exit, also on Ctrl-C. The
machine's own PostgreSQL is not touched. Run as root, the servers run as the user `postgres`.

Used by the replica tests (`make test-replica`, .ci/run) and by `make cluster`."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


def postgres_bin() -> Path:
    """Debian's PostgreSQL binaries of the newest installed major version."""
    if os.environ.get("PGCLUSTER_BIN"):
        return Path(os.environ["PGCLUSTER_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise SystemExit("pgcluster: PostgreSQL's server binaries are missing (Debian: apt-get install postgresql).")
    return Path(found[-1]).parent


def free_port(preferred: int | None = None) -> int:
    for candidate in ([preferred] if preferred else []) + [0]:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return s.getsockname()[1]
    raise SystemExit("pgcluster: no free port")


@dataclass
class Cluster:
    root: Path
    bin: Path
    primary_port: int
    replica_port: int
    user: str | None  # run the servers as this user (when we are root)

    @property
    def primary_dir(self) -> Path:
        return self.root / "primary"

    @property
    def replica_dir(self) -> Path:
        return self.root / "replica"

    def url(self, port: int, name: str = "postgres") -> str:
        return f"postgres://postgres@127.0.0.1:{port}/{name}"

    def run(self, *args: str, check: bool = True, quiet: bool = True) -> subprocess.CompletedProcess:
        command = list(args)
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(
            command,
            check=check,
            cwd=self.root,
            stdout=subprocess.DEVNULL if quiet else None,
            stderr=subprocess.PIPE if quiet else None,
            text=True,
        )

    def ctl(self, data: Path, action: str, *extra: str, check: bool = True) -> None:
        log = data.parent / f"{data.name}.log"
        self.run(
            str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", action, *extra, check=check
        )

    def start_primary(self) -> None:
        self.run(
            str(self.bin / "initdb"), "-D", str(self.primary_dir), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        with (self.primary_dir / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.primary_port}\n"
                f"unix_socket_directories = '{self.root}'\n"
                "shared_buffers = 32MB\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "wal_level = replica\nmax_wal_senders = 5\nwal_keep_size = 256MB\nmax_connections = 200\n"
                "hot_standby = on\nhot_standby_feedback = on\nmax_standby_streaming_delay = 5s\n"
                "wal_receiver_status_interval = 1s\nlog_min_messages = warning\n"
                "random_page_cost = 1.1\n"  # as docs/deploy.md recommends (SSD or memory)
            )
        with (self.primary_dir / "pg_hba.conf").open("a") as hba:
            hba.write("host replication postgres 127.0.0.1/32 trust\n")
        self.ctl(self.primary_dir, "start")

    def start_replica(self) -> None:
        if not self.replica_dir.exists():
            self.run(
                str(self.bin / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.primary_port), "-U", "postgres",
                "-D", str(self.replica_dir), "-R", "-X", "stream", "-c", "fast", "--no-sync",
            )  # fmt: skip
            with (self.replica_dir / "postgresql.conf").open("a") as conf:
                conf.write(f"port = {self.replica_port}\n")
        self.ctl(self.replica_dir, "start")

    def stop_replica(self, mode: str = "fast") -> None:
        self.ctl(self.replica_dir, "stop", "-m", mode, check=False)

    def stop(self) -> None:
        for data in (self.replica_dir, self.primary_dir):
            if (data / "postmaster.pid").exists():
                self.ctl(data, "stop", "-m", "immediate", check=False)

    def wait_streaming(self, timeout: float = 30) -> None:
        """Until the primary sees the replica streaming."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            out = subprocess.run(
                [str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.primary_port), "-U", "postgres",
                 "-tAc", "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"],
                capture_output=True, text=True, check=False,
            ).stdout.strip()  # fmt: skip
            if out == "1":
                return
            time.sleep(0.2)
        raise SystemExit("pgcluster: the replica does not stream")

    def environment(self, database: str = "postgres") -> dict[str, str]:
        return {
            "DATABASE_URL": self.url(self.primary_port, database),
            "DATABASE_REPLICA_URLS": self.url(self.replica_port, database),
            "PGCLUSTER_DIR": str(self.root),
            "PGCLUSTER_PRIMARY_PORT": str(self.primary_port),
            "PGCLUSTER_REPLICA_PORT": str(self.replica_port),
            "PGCLUSTER_BIN": str(self.bin),
        }


@contextlib.contextmanager
def cluster() -> Iterator[Cluster]:
    """Primary and streaming replica, stopped and deleted when the block ends."""
    if shutil.which("psql") is None and not (postgres_bin() / "psql").exists():
        raise SystemExit("pgcluster: psql is missing")
    ports = [int(p) for p in os.environ.get("PGCLUSTER_PORTS", "").split(",") if p.strip()]
    primary_port = free_port(ports[0] if ports else None)
    replica_port = free_port(ports[1] if len(ports) > 1 else None)
    root = Path(tempfile.mkdtemp(prefix="engagiert-pgcluster-"))
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        record = pwd.getpwnam(user)
        os.chown(root, record.pw_uid, record.pw_gid)
    root.chmod(0o700)
    rig = Cluster(root=root, bin=postgres_bin(), primary_port=primary_port, replica_port=replica_port, user=user)
    try:
        rig.start_primary()
        rig.start_replica()
        rig.wait_streaming()
        yield rig
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"pgcluster: {' '.join(exc.cmd)} failed: {exc.stderr}") from None
    finally:
        rig.stop()
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] != "run" or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    with cluster() as rig:
        print(
            f"pgcluster: primary on 127.0.0.1:{rig.primary_port}, streaming replica on 127.0.0.1:{rig.replica_port} "
            f"(ready in {time.monotonic() - started:.1f}s)",
            flush=True,
        )
        return subprocess.run(argv[2:], env={**os.environ, **rig.environment()}, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
