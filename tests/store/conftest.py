"""Database fixtures: a SQLite file per test, and one real PostgreSQL server per session started
by scripts/start_postgres.sh (skipped, with the reason, only when no server binaries exist)."""
from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
START_PG = ROOT / "scripts" / "start_postgres.sh"


@pytest.fixture(scope="session")
def pg_server():
    proc = subprocess.run(["bash", str(START_PG), "start"], capture_output=True, text=True, timeout=120)
    if proc.returncode == 3:
        pytest.skip("no PostgreSQL server binaries (install the Debian package 'postgresql'): "
                    + proc.stderr.strip())
    if proc.returncode != 0:
        raise RuntimeError(f"start_postgres.sh failed: {proc.stderr}")
    info = dict(line.split("=", 1) for line in proc.stdout.split() if "=" in line)
    yield info["PGURL"]
    subprocess.run(["bash", str(START_PG), "stop", info["PGDIR"]], capture_output=True, timeout=120)


@pytest.fixture
def pg_database(pg_server):
    """A factory of fresh databases on the session's server, dropped after the test."""
    import sqlalchemy as sa

    from rasd.store.db import engine_url

    admin = sa.create_engine(engine_url(pg_server), isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with admin.connect() as conn:
            conn.execute(sa.text(f"CREATE DATABASE {name}"))
        made.append(name)
        return pg_server.rsplit("/", 1)[0] + "/" + name

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def pg_url(pg_database):
    """A fresh database on the session's server for each test."""
    return pg_database()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'rasd.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.service)])
def db_url(request, tmp_path):
    """Each test using it runs once on SQLite and once on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasd.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def fakes_path():
    return str(Path(__file__).parent)


def env_with(*paths: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*paths, str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env
