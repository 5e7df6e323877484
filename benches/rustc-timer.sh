#!/usr/bin/env bash
# RUSTC_WRAPPER of compile-time.sh and profile-macro.sh: runs rustc as given. When it compiles the
# crate named by $BENCH_TIME_CRATE, it either appends that rustc process's wall, user and system
# time in seconds to $BENCH_TIME_LOG (so the harness can tell rustc's time from cargo's, and check
# that the crate was rebuilt), or, with $BENCH_CALLGRIND_OUT set, runs it under callgrind.
if [[ -n "${BENCH_TIME_CRATE:-}" ]]; then
    previous=
    for arg in "$@"; do
        if [[ "$previous" == --crate-name && "$arg" == "$BENCH_TIME_CRATE" ]]; then
            if [[ -n "${BENCH_CALLGRIND_OUT:-}" ]]; then
                exec valgrind --quiet --tool=callgrind --callgrind-out-file="$BENCH_CALLGRIND_OUT" "$@"
            fi
            # One line: wall, user and system seconds of the rustc process (rustc's own stderr
            # goes to fd 3, the wrapper's stderr; `time` writes to the log).
            TIMEFORMAT='%3R %3U %3S'
            { time "$@" 2>&3; } 3>&2 2>>"${BENCH_TIME_LOG:-/dev/null}"
            exit
        fi
        previous=$arg
    done
fi
exec "$@"
