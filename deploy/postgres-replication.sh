#!/bin/bash
# Run once by the primary's image when it creates its database: allow the replica to stream.
set -e
echo "host replication engagiert all scram-sha-256" >> "$PGDATA/pg_hba.conf"
