"""The marker table each benchmark keeps in its database: what dataset is there (size, seed,
migrations' fingerprint, counts), so that a second run reuses it instead of building again."""

from __future__ import annotations

import json


def read_marker(table: str) -> dict | None:
    from django.db import connection

    if table not in connection.introspection.table_names():
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT payload FROM {table} WHERE id = 1")  # noqa: S608 - our own table name
        row = cursor.fetchone()
    return json.loads(row[0]) if row else None


def write_marker(table: str, payload: dict) -> None:
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {table} (id integer PRIMARY KEY, payload text NOT NULL)")
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table name
        cursor.execute(f"INSERT INTO {table} (id, payload) VALUES (1, %s)", [json.dumps(payload)])  # noqa: S608
