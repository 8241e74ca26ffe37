#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL 15 cluster in a temporary folder on a free loopback port,
# its connection string exported as ROADMAPBOT_TEST_POSTGRES, stopped by postgres_stop (an EXIT trap).
# Also usable by hand: `source .ci/postgres.sh && postgres_start` (then postgres_stop).

PG_BIN=/usr/lib/postgresql/15/bin

postgres_install() {
    if [[ ! -x "$PG_BIN/postgres" ]]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
    fi
}

# PostgreSQL refuses to run as root, so a root shell runs its commands as the postgres user.
postgres_as_owner() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

postgres_free_port() {
    local port
    for port in $(shuf -i 20000-40000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

postgres_start() {
    postgres_install
    PG_DIR=$(mktemp -d /tmp/roadmapbot-pg.XXXXXX)
    if ((EUID == 0)); then chown postgres: "$PG_DIR"; fi
    PG_PORT=$(postgres_free_port)
    # C collation: text sorts by code point as in SQLite; fsync off: a test cluster need not survive a crash.
    postgres_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    postgres_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null
    export ROADMAPBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    echo "PostgreSQL 15 test cluster on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

postgres_stop() {
    if [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]]; then
        postgres_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}
