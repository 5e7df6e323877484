#!/usr/bin/env bash
# Where the compile time of `#[sec_codes]` goes, in instructions (callgrind counts them, so the
# figures repeat from run to run and do not depend on what else the machine is doing).
#
#   benches/profile-macro.sh [--report]   (after compile-time.sh, which writes the pasted crates;
#                                          --report prints the table of the last run again)
#
# It runs `cargo check` of the crates of benches/compile/ with the one rustc process that compiles
# the crate under test running under callgrind, twice: with cargo's default profile, where proc
# macros and their dependencies are built at opt-level 0, and with the macro built at opt-level 3
# (CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3). It prints a markdown table of the instructions
# of the whole rustc process and of the parts of the macro's run. Needs valgrind.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
compile=$here/compile
if ! grep -q '^pub enum' "$compile/pasted-all/src/lib.rs" 2>/dev/null; then
    echo "profile-macro: run benches/compile-time.sh first (it writes the pasted crates)" >&2
    exit 1
fi
command -v callgrind_annotate >/dev/null || {
    echo "profile-macro: needs valgrind" >&2
    exit 1
}

export RUSTC_WRAPPER=$here/rustc-timer.sh CARGO_TERM_COLOR=never
crates=(macro-all pasted-all macro-keychain pasted-keychain)

profile() { # CONFIG
    local target=$compile/target/profile-$1
    for dir in "${crates[@]}"; do
        echo "profile-macro: $1: $dir" >&2
        CARGO_TARGET_DIR=$target cargo check --quiet --manifest-path "$compile/Cargo.toml" -p "bench-$dir"
        touch "$compile/$dir/src/lib.rs"
        CARGO_TARGET_DIR=$target BENCH_TIME_CRATE=bench_${dir//-/_} \
            BENCH_CALLGRIND_OUT=$target/$dir.callgrind \
            cargo check --quiet --manifest-path "$compile/Cargo.toml" -p "bench-$dir"
    done
}
if [[ "${1:-}" != --report ]]; then # --report: only print the table of the last profiles
    profile default
    CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3 profile opt3
fi

# Instructions of the whole run, or inclusive of the first function matching PATTERN; "–" if
# the function was inlined away. Each profile is annotated once.
count() { # CONFIG DIR [PATTERN]
    local file=$compile/target/profile-$1/$2.callgrind line
    if [[ ! -s "$file.txt" || "$file.txt" -ot "$file" ]]; then
        callgrind_annotate --inclusive=yes --threshold=100 "$file" >"$file.txt"
    fi
    if [[ $# -eq 2 ]]; then
        line=$(grep -m1 'PROGRAM TOTALS' "$file.txt" || true)
    else
        line=$(grep -m1 -E "$3" "$file.txt" || true)
    fi
    if [[ -z "$line" ]]; then
        echo "–"
    else
        awk '{ gsub(",", "", $1); printf "%.1f M", $1 / 1e6 }' <<<"$line"
    fi
}
ratio() { # A B (counts as printed)
    awk -v a="${1% M}" -v b="${2% M}" 'BEGIN { printf "%.2f", a / b }'
}

# label|crate (macro or pasted)|function: the rows below the totals.
rows=(
    "rustc parsing the source file, macro crate (passes::parse)|macro|:rustc_interface::passes::parse \\["
    "rustc parsing the source file, pasted crate (passes::parse)|pasted|:rustc_interface::passes::parse \\["
    "rustc's macro expansion, macro crate (expand_crate)|macro|MacroExpander>::expand_crate \\["
    "rustc's macro expansion, pasted crate (expand_crate)|pasted|MacroExpander>::expand_crate \\["
    "– the macro's whole run (proc_macro::bridge::client::run_client)|macro|:proc_macro::bridge::client::run_client \\["
    "– – building the catalogue model (shipped::shipped)|macro|:sec_codes_macros::shipped::shipped \\["
    "– – generating tokens (expand::generate)|macro|:sec_codes_macros::expand::generate \\["
    "– – – the enum and its docs (enum_def::definition)|macro|:sec_codes_macros::expand::enum_def::definition \\["
    "– – – trait impls (convert::conversions)|macro|:sec_codes_macros::expand::convert::conversions \\["
    "– – – conversions with other enums (convert::other_enums)|macro|:sec_codes_macros::expand::convert::other_enums \\["
    "– – – rustc's side of the token bridge (Dispatcher::dispatch)|macro|Dispatcher<rustc_expand::proc_macro_server::Rustc>>::dispatch \\["
)

echo "Instructions executed by the rustc process that checks the crate (callgrind; \`cargo check\`);"
echo "the rows below the ratio are inclusive counts of functions (– where inlined away)."
echo
echo "| | all: default profile | all: macro at opt-level 3 | keychain: default profile | keychain: macro at opt-level 3 |"
echo "| --- | ---: | ---: | ---: | ---: |"
declare -A total
for config in default opt3; do
    for dir in "${crates[@]}"; do total[$config,$dir]=$(count "$config" "$dir"); done
done
echo "| rustc, macro crate (1 or 4) | ${total[default,macro-all]} | ${total[opt3,macro-all]} | ${total[default,macro-keychain]} | ${total[opt3,macro-keychain]} |"
echo "| rustc, pasted crate (2 or 4p) | ${total[default,pasted-all]} | ${total[opt3,pasted-all]} | ${total[default,pasted-keychain]} | ${total[opt3,pasted-keychain]} |"
echo "| ratio macro ÷ pasted | $(ratio "${total[default,macro-all]}" "${total[default,pasted-all]}") | $(ratio "${total[opt3,macro-all]}" "${total[opt3,pasted-all]}") | $(ratio "${total[default,macro-keychain]}" "${total[default,pasted-keychain]}") | $(ratio "${total[opt3,macro-keychain]}" "${total[opt3,pasted-keychain]}") |"
for row in "${rows[@]}"; do
    IFS='|' read -r label kind pattern <<<"$row"
    line="| $label"
    for size in all keychain; do
        for config in default opt3; do
            line="$line | $(count "$config" "$kind-$size" "$pattern")"
        done
    done
    echo "$line |"
done
