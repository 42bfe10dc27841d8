# shellcheck shell=bash
# A throwaway PostgreSQL server for the test run: fresh data folder under a
# temp dir, loopback only, trust auth, no fsync. Sourced by scripts/test;
# can be tried on its own:
#
#   source scripts/lib/postgres.sh
#   trap pg::stop EXIT
#   pg::start candor_test && psql "$CANDOR_TEST_DATABASE_URL" -c 'select 1'
#
# pg::start sets PG_TMP, PG_PORT, PG_BIN and exports CANDOR_TEST_DATABASE_URL. With
# PG_DURABLE=1 the server keeps every acknowledged commit across a crash (fsync and
# synchronous_commit on); pg::crash_restart stops it as a crash would and starts it again.
# pg::stop is safe to call any number of times, also when start failed half-way.

PG_TMP=""
PG_PORT=""
PG_BIN=""
PG_OPTS=""

# Newest server binaries Debian installed (/usr/lib/postgresql/<major>/bin);
# they are not on PATH.
pg::find_bin() {
    local dir best=""
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x $dir/initdb && -x $dir/pg_ctl ]] && best=$dir
    done
    # The glob sorts lexically (10 < 9); good enough as Debian ships one major.
    if [[ -z $best ]]; then
        echo "error: no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
        return 1
    fi
    PG_BIN=$best
}

# Runs a command as the postgres user: initdb and the server refuse to run as
# root. When we are not root we simply are the owner of the data folder.
# cd to the temp dir first so postgres never needs access to our cwd.
pg::as_owner() {
    if [[ ${EUID:-$(id -u)} -eq 0 ]]; then
        (cd "$PG_TMP" && runuser -u postgres -- "$@")
    else
        (cd "$PG_TMP" && "$@")
    fi
}

# A free TCP port on 127.0.0.1, as chosen by the kernel.
pg::free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# A run killed with SIGKILL cannot run its trap and leaves its server running.
# Stop the servers of earlier runs whose script is gone (owner.pid records the
# script's pid), leaving those of runs still going alone.
pg::reap_stale() {
    local dir owner pid
    for dir in /tmp/candor-pg.*; do
        [[ -d $dir && -f $dir/owner.pid ]] || continue
        owner=$(cat "$dir/owner.pid" 2>/dev/null || true)
        if [[ $owner =~ ^[0-9]+$ ]] && kill -0 "$owner" 2>/dev/null; then
            continue
        fi
        pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
        if [[ $pid =~ ^[0-9]+$ ]]; then
            echo "note: stopping PostgreSQL left running by an earlier run ($dir)" >&2
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -rf "$dir"
    done
}

# pg::start [DBNAME] — default DBNAME candor_test.
pg::start() {
    local dbname=${1:-candor_test}
    pg::find_bin || return 1
    pg::reap_stale
    # /tmp is world-traversable; mktemp makes the dir 0700 root, so hand it to
    # postgres (the server needs to own data/ and write its socket and log).
    PG_TMP=$(mktemp -d /tmp/candor-pg.XXXXXX)
    if [[ ${EUID:-$(id -u)} -eq 0 ]]; then
        chown postgres: "$PG_TMP"
    fi
    echo "$$" >"$PG_TMP/owner.pid"
    pg::as_owner mkdir "$PG_TMP/sock"

    # --no-sync / fsync=off: the data is thrown away, speed matters more.
    if ! pg::as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -A trust \
            -E UTF8 --locale=C --no-sync >"$PG_TMP/initdb.log" 2>&1; then
        echo "error: initdb failed:" >&2
        cat "$PG_TMP/initdb.log" >&2
        return 1
    fi

    # The port is free when we ask, but another process could take it before
    # the server binds: try a few times.
    local attempt
    for attempt in 1 2 3 4 5; do
        PG_PORT=$(pg::free_port)
        PG_OPTS="-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP/sock -c max_connections=200"
        if [[ ${PG_DURABLE:-0} == 1 ]]; then
            # The crash soak restarts the server with an immediate shutdown: a commit it
            # acknowledged must be in the WAL by then, as in production.
            PG_OPTS+=" -c fsync=on -c synchronous_commit=on -c full_page_writes=on"
        else
            PG_OPTS+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        fi
        if pg::as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" \
                -w -t 60 start -o "$PG_OPTS" \
                >/dev/null 2>&1; then
            break
        fi
        echo "warning: PostgreSQL did not start on port $PG_PORT (attempt $attempt)" >&2
        tail -n 5 "$PG_TMP/postgres.log" >&2 || true
        PG_PORT=""
    done
    if [[ -z $PG_PORT ]]; then
        echo "error: could not start PostgreSQL; log:" >&2
        cat "$PG_TMP/postgres.log" >&2 || true
        return 1
    fi

    # Over TCP with trust auth, so this works as root without runuser.
    "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$dbname\"" >/dev/null || return 1

    export CANDOR_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/$dbname?sslmode=disable"
}

# Stops the server the way a crash does (immediate: no checkpoint, clients cut off), then
# starts it again on the same port; it recovers from its WAL before accepting connections.
pg::crash_restart() {
    pg::as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w -t 60 stop >/dev/null
    pg::as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -w -t 60 start -o "$PG_OPTS" >/dev/null
}

pg::stop() {
    if [[ -n $PG_TMP && -d $PG_TMP ]]; then
        if [[ -n $PG_BIN && -f $PG_TMP/data/postmaster.pid ]]; then
            # immediate: no checkpoint needed, the data is deleted right after.
            if ! pg::as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w -t 30 stop \
                    >/dev/null 2>&1; then
                # pg_ctl could not stop it: kill the postmaster by its pid file.
                local pid
                pid=$(head -n 1 "$PG_TMP/data/postmaster.pid" 2>/dev/null || true)
                if [[ $pid =~ ^[0-9]+$ ]]; then kill -9 "$pid" 2>/dev/null || true; fi
            fi
        fi
        rm -rf "$PG_TMP"
    fi
    PG_TMP=""
    PG_PORT=""
}
