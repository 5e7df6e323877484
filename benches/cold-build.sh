#!/usr/bin/env bash
# Cold-build footprint: what depending on sec-codes costs a crate built from nothing. See
# BENCHMARKS.md.
#
#   benches/cold-build.sh [RUNS] [OLD_COMMIT]   (RUNS default 5, at least 5 for the report;
#                                                OLD_COMMIT default d525c9c)
#
# 1. Builds benches/cold/user (`#[sec_codes(categories = "keychain")]`) once in a fresh target
#    directory and lists the crates cargo compiles (its "Compiling" lines, the crate itself left
#    out).
# 2. `cargo tree -d` of benches/cold/mixed (sec-codes + thiserror 2 + serde with derive): no
#    duplicate syn, proc-macro2 or quote.
# 3. RUNS paired cold `cargo build`s, alternating cold-user and cold-peer (the same enum with
#    num_enum + strum + thiserror), each in a fresh target directory, the registry already
#    downloaded (`cargo fetch` first; builds run with --offline); medians and their ratio.
# 4. The cold build of sec-codes itself (`cargo build -p sec-codes` in a fresh target directory)
#    at OLD_COMMIT (a `git worktree` in a temporary directory) and at the working tree, RUNS
#    times each, alternating: cargo's wall time, and the wall and CPU time of the one rustc
#    process that compiles sec-codes (rustc-timer.sh as RUSTC_WRAPPER).
#
# Needs cargo, git, GNU date, awk; the time figures depend on the machine's load (printed).

set -euo pipefail

runs=${1:-5}
old=${2:-d525c9c}
if ! [[ "$runs" =~ ^[0-9]+$ ]] || ((runs < 1)); then
    echo "usage: $0 [RUNS] [OLD_COMMIT]" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
cold=$here/cold
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sec-codes-cold.XXXXXX")
worktree=$scratch/old
cleanup() {
    if [[ -d "$worktree" ]]; then
        git -C "$repo" worktree remove --force "$worktree" >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
export CARGO_TERM_COLOR=never
unset RUSTC_WRAPPER CARGO_TARGET_DIR

say() { echo "cold-build: $*" >&2; }
now() { date +%s%N; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
median() { # numbers on stdin
    sort -g | awk '{ a[NR] = $1 } END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# --- Sources and registry ----------------------------------------------------------------------

say "building the generator (benches/gen)"
cargo build --quiet --manifest-path "$here/Cargo.toml" -p bench-gen
mkdir -p "$cold/peer/src"
"$here/target/debug/bench-gen" handwritten-keychain >"$cold/peer/src/keychain.rs"
for crate in user mixed peer; do
    cargo fetch --quiet --manifest-path "$cold/$crate/Cargo.toml"
done

# --- 1. Crates compiled ------------------------------------------------------------------------

say "cold build of cold-user, listing the crates compiled"
log=$scratch/user-build.log
CARGO_TARGET_DIR=$scratch/list cargo build --offline --manifest-path "$cold/user/Cargo.toml" 2>"$log"
compiled=$(awk '$1 == "Compiling" && $2 != "cold-user" { print $2 " " $3 }' "$log")
count=$(grep -c . <<<"$compiled")

# --- 2. Duplicates -----------------------------------------------------------------------------

duplicates=$(cargo tree --offline -d --manifest-path "$cold/mixed/Cargo.toml" -e normal,build 2>/dev/null || true)
macro_versions=$(cargo tree --offline --manifest-path "$cold/mixed/Cargo.toml" -e normal,build --prefix none 2>/dev/null |
    awk '$1 == "syn" || $1 == "proc-macro2" || $1 == "quote" { print $1 " " $2 }' | sort -u)

# --- 3. Paired cold builds: user and peer ------------------------------------------------------

load_before=$(loadavg)
samples=$scratch/samples.tsv
: >"$samples"
timed() { # LABEL MANIFEST [cargo args...]
    local label=$1 manifest=$2 dir start end
    shift 2
    dir=$scratch/target-$label
    rm -rf "$dir"
    start=$(now)
    CARGO_TARGET_DIR=$dir cargo build --quiet --offline --manifest-path "$manifest" "$@"
    end=$(now)
    rm -rf "$dir"
    awk -v label="$label" -v ns=$((end - start)) 'BEGIN { printf "%s\t%.3f\n", label, ns / 1e9 }' >>"$samples"
}
for ((run = 1; run <= runs; run++)); do
    say "paired cold builds: run $run of $runs"
    if ((run % 2)); then
        timed user "$cold/user/Cargo.toml"
        timed peer "$cold/peer/Cargo.toml"
    else
        timed peer "$cold/peer/Cargo.toml"
        timed user "$cold/user/Cargo.toml"
    fi
done

# --- 4. sec-codes itself, before and after -----------------------------------------------------

say "worktree of $old"
git -C "$repo" worktree add --quiet --detach "$worktree" "$old"
cargo fetch --quiet --manifest-path "$worktree/Cargo.toml"
cargo fetch --quiet --manifest-path "$repo/Cargo.toml"
own=$scratch/own.tsv
: >"$own"
timed_own() { # LABEL WORKSPACE
    local label=$1 workspace=$2 dir start end rustc_log
    dir=$scratch/target-own-$label
    rustc_log=$scratch/rustc-$label.log
    rm -rf "$dir"
    : >"$rustc_log"
    start=$(now)
    CARGO_TARGET_DIR=$dir RUSTC_WRAPPER=$here/rustc-timer.sh BENCH_TIME_CRATE=sec_codes \
        BENCH_TIME_LOG=$rustc_log cargo build --quiet --offline --manifest-path "$workspace/Cargo.toml" -p sec-codes
    end=$(now)
    rm -rf "$dir"
    if [[ $(wc -l <"$rustc_log") -ne 1 ]]; then
        say "expected one rustc run of sec_codes, got: $(cat "$rustc_log")"
        exit 1
    fi
    read -r wall user system <"$rustc_log"
    awk -v label="$label" -v ns=$((end - start)) -v wall="$wall" -v cpu="$user $system" \
        'BEGIN { split(cpu, t, " "); printf "%s\t%.3f\t%.3f\t%.3f\n", label, ns / 1e9, wall, t[1] + t[2] }' >>"$own"
}
for ((run = 1; run <= runs; run++)); do
    say "sec-codes cold builds: run $run of $runs"
    if ((run % 2)); then
        timed_own before "$worktree"
        timed_own after "$repo"
    else
        timed_own after "$repo"
        timed_own before "$worktree"
    fi
done
load_after=$(loadavg)

# --- Report ------------------------------------------------------------------------------------

m() { awk -F'\t' -v label="$1" -v f="${2:-2}" '$1 == label { print $f }' "$3" | median; }
user_s=$(m user 2 "$samples")
peer_s=$(m peer 2 "$samples")
ratio=$(awk -v a="$user_s" -v b="$peer_s" 'BEGIN { printf "%.2f", a / b }')
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo "**not met**"; fi; }

echo "Cold builds ($(rustc --version); $(nproc) cores). Load average (1, 5, 15 min): $load_before before, $load_after after."
echo
echo "Crates compiled by a cold \`cargo build\` of cold-user (\`#[sec_codes(categories = \"keychain\")]\`), the crate itself left out: $count"
echo
sed 's/^/- /' <<<"$compiled"
echo
echo "\`cargo tree -d -e normal,build\` of cold-mixed (sec-codes + thiserror 2 + serde with derive):"
if [[ -z "$duplicates" ]]; then echo "no duplicates."; else
    echo '```'
    echo "$duplicates"
    echo '```'
fi
echo "syn, proc-macro2 and quote in its graph: $(tr '\n' ';' <<<"$macro_versions" | sed 's/;$//; s/;/, /g')."
echo
echo "| cold \`cargo build\` (median of $runs, alternating, fresh target directory each) | wall time |"
echo "| --- | ---: |"
echo "| cold-user: sec-codes, \`#[sec_codes(categories = \"keychain\")]\` | $user_s s |"
echo "| cold-peer: num_enum + strum + thiserror, the same enum | $peer_s s |"
echo "| ratio user ÷ peer | $ratio |"
echo "| samples user | $(awk -F'\t' '$1 == "user" { printf "%s ", $2 }' "$samples")|"
echo "| samples peer | $(awk -F'\t' '$1 == "peer" { printf "%s ", $2 }' "$samples")|"
echo
echo "| cold \`cargo build -p sec-codes\` (median of $runs) | cargo wall | sec-codes' rustc: wall | sec-codes' rustc: CPU |"
echo "| --- | ---: | ---: | ---: |"
echo "| before ($old) | $(m before 2 "$own") s | $(m before 3 "$own") s | $(m before 4 "$own") s |"
echo "| after ($(git -C "$repo" rev-parse --short HEAD) + working tree) | $(m after 2 "$own") s | $(m after 3 "$own") s | $(m after 4 "$own") s |"
echo
echo "| goal | figure | met? |"
echo "| --- | --- | --- |"
echo "| crates compiled (crate itself not counted) ≤ 8 | $count | $(verdict "$count <= 8") |"
echo "| no duplicate syn / proc-macro2 / quote beside thiserror 2 + serde derive | $(if [[ -z "$duplicates" ]]; then echo none; else echo "$(grep -cE '^(syn|proc-macro2|quote) ' <<<"$duplicates" || true) duplicated"; fi) | $(verdict "$(grep -cE '^(syn|proc-macro2|quote) ' <<<"$duplicates" || true) == 0") |"
echo "| cold build user ÷ peer ≤ 0.45 | $ratio | $(verdict "$ratio <= 0.45") |"
