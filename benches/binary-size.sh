#!/usr/bin/env bash
# Binary-size harness: what `sec-codes` adds to a stripped release program, beside a baseline that
# only prints a number and the same keychain enum written with num_enum, strum and thiserror.
# See BENCHMARKS.md.
#
#   benches/binary-size.sh
#
# Builds each program of benches/size/ alone (`cargo build --release -p PROGRAM`: features are not
# unified between them, so `size-keychain-nocat` really has sec-codes without its `catalogue`
# feature), with the workspace's release profile (strip = true, panic = "abort", no LTO), and
# prints, as markdown tables: the file size, the sizes of .text, .rodata, .data.rel.ro and
# .rela.dyn (from `readelf -S -W`), each minus the baseline's, and the goals; then what each way
# of reaching the catalogue's text adds (a describe program, SecError with and without the
# catalogue, a categories = "all" enum alone and with SecError and describe) as a multiple of
# the text, with the goals of one copy of the text (issue 16). Sizes do not vary
# from run to run with the same toolchain and sources: one run is enough.
#
# Needs cargo, readelf, size (binutils) and awk.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
size=$here/size
target=$size/target
export CARGO_TERM_COLOR=never

say() { echo "binary-size: $*" >&2; }

# Program directory, package, label.
programs=(
    "baseline size-baseline reads an i32 from argv and prints it"
    "keychain size-keychain #[sec_codes(categories = \"keychain\")], From<i32>, Display; default features"
    "keychain-nocat size-keychain-nocat the same, sec-codes with default-features = false (no catalogue)"
    "peer size-peer the same 30-variant enum with num_enum + strum + thiserror"
    "catalogue size-catalogue describe(status) / lookup(name), prints name and message"
    "catalogue-doc size-catalogue-doc the same, also prints .doc()"
    "describe size-describe describe(status), prints name and message (no lookup by name)"
    "secerror size-secerror SecError::from(status), Display; default features"
    "secerror-nocat size-secerror-nocat the same, sec-codes with default-features = false (no catalogue)"
    "all size-all #[sec_codes(categories = \"all\")], From<i32>, Display; default features"
    "all-secerror size-all-secerror that enum and SecError, both displayed"
    "all-secerror-describe size-all-secerror-describe that enum, SecError and describe(status), all displayed"
)

# --- Sources -----------------------------------------------------------------------------------

say "building the generator (benches/gen)"
cargo build --quiet --manifest-path "$here/Cargo.toml" -p bench-gen
gen=$here/target/debug/bench-gen
# Not in git (benches/.gitignore): written from the catalogue at each run.
mkdir -p "$size/peer/src"
"$gen" handwritten-keychain >"$size/peer/src/keychain.rs"
{
    read -r name_bytes message_bytes entries doc_bytes
    IFS= read -r doc_sample
} < <("$gen" sizes)

# --- Builds ------------------------------------------------------------------------------------

for entry in "${programs[@]}"; do
    read -r dir package _ <<<"$entry"
    say "building $package"
    cargo build --quiet --release --manifest-path "$size/Cargo.toml" -p "$package"
    # The programs run: a build that links but prints nothing useful would measure nothing.
    out=$("$target/release/$package" -25300)
    [[ -n "$out" ]] || {
        say "$package printed nothing"
        exit 1
    }
done

# --- Measures ----------------------------------------------------------------------------------

# Size in bytes of section NAME from `readelf -S -W` (its "Size" column, in hex), 0 if absent.
section() { # FILE NAME
    local hex
    hex=$(readelf -S -W "$1" | sed -E 's/^ *\[ *[0-9]+\] *//' |
        awk -v name="$2" 'NF >= 6 && $1 == name { print $5 }')
    echo $((16#${hex:-0}))
}
# Cross-check with `size -A`: .text and .rodata must agree with readelf.
check_size() { # FILE
    local text rodata
    text=$(size -A "$1" | awk '$1 == ".text" { print $2 }')
    rodata=$(size -A "$1" | awk '$1 == ".rodata" { print $2 }')
    if [[ "$text" != "$(section "$1" .text)" || "$rodata" != "$(section "$1" .rodata)" ]]; then
        say "size -A and readelf disagree on $1"
        exit 1
    fi
}

declare -A file text rodata relro rela
for entry in "${programs[@]}"; do
    read -r dir package _ <<<"$entry"
    bin=$target/release/$package
    check_size "$bin"
    file[$dir]=$(stat -c %s "$bin")
    text[$dir]=$(section "$bin" .text)
    rodata[$dir]=$(section "$bin" .rodata)
    relro[$dir]=$(section "$bin" .data.rel.ro)
    rela[$dir]=$(section "$bin" .rela.dyn)
done

# --- Report ------------------------------------------------------------------------------------

delta() { # VALUE BASE
    local d=$(($1 - $2))
    if ((d >= 0)); then printf '+%d' "$d"; else printf '%d' "$d"; fi
}
verdict() { if (("$1")); then echo met; else echo "**not met**"; fi; }

b=baseline
echo "Stripped release programs (\`strip = true\`, \`panic = \"abort\"\`, no LTO; $(rustc --version))."
echo "Bytes; \"Δ\" is the difference with the baseline."
echo
echo "| program | file | Δ file | .text | Δ .text | .rodata | Δ .rodata | .data.rel.ro | Δ .data.rel.ro | .rela.dyn | Δ .rela.dyn |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for entry in "${programs[@]}"; do
    read -r dir package label <<<"$entry"
    echo "| $dir ($label) | ${file[$dir]} | $(delta "${file[$dir]}" "${file[$b]}") | ${text[$dir]} | $(delta "${text[$dir]}" "${text[$b]}") | ${rodata[$dir]} | $(delta "${rodata[$dir]}" "${rodata[$b]}") | ${relro[$dir]} | $(delta "${relro[$dir]}" "${relro[$b]}") | ${rela[$dir]} | $(delta "${rela[$dir]}" "${rela[$b]}") |"
done

strings=$((name_bytes + message_bytes))
limit_a=$((strings * 125 / 100))
catalogue_delta=$((${file[catalogue]} - ${file[$b]}))
rela_delta=$((${rela[catalogue]} - ${rela[$b]}))
rela_delta_doc=$((${rela[catalogue-doc]} - ${rela[$b]}))
doc_delta=$((${file[catalogue-doc]} - ${file[catalogue]}))
doc_rodata=$((${rodata[catalogue-doc]} - ${rodata[catalogue]}))
# The longest doc that is not its message: in a binary only if it links the docs.
has_doc() { grep -c -F -a -- "$doc_sample" "$target/release/$1" || true; }
doc_in_catalogue=$(has_doc size-catalogue)
doc_in_catalogue_doc=$(has_doc size-catalogue-doc)
keychain_delta=$((${file[keychain-nocat]} - ${file[$b]}))
peer_delta=$((${file[peer]} - ${file[$b]}))
echo
echo "The names and messages of the catalogue and the errno range: $name_bytes + $message_bytes = $strings bytes over $entries entries"
echo "(sum of \`name().len()\` and \`message().len()\` over \`catalogue()\` and \`errno_range()\`, from \`bench-gen sizes\`)."
echo
echo "| goal | figure | met? |"
echo "| --- | --- | --- |"
echo "| (a) catalogue − baseline ≤ 1.25 × (names + messages) = $limit_a B | $catalogue_delta B = $(awk -v a="$catalogue_delta" -v b="$strings" 'BEGIN { printf "%.2f", a / b }') × | $(verdict "catalogue_delta <= limit_a") |"
echo "| (b) .rela.dyn grows ≤ 1 KB (1024 B) vs baseline | catalogue $(delta "${rela[catalogue]}" "${rela[$b]}") B, catalogue-doc $(delta "${rela[catalogue-doc]}" "${rela[$b]}") B, keychain $(delta "${rela[keychain]}" "${rela[$b]}") B | $(verdict "rela_delta <= 1024 && rela_delta_doc <= 1024") |"
echo "| (c) docs linked only when read | catalogue-doc − catalogue: $doc_delta B file, $doc_rodata B .rodata (docs that differ from their message: $doc_bytes B); a doc's text found in catalogue: $doc_in_catalogue times, in catalogue-doc: $doc_in_catalogue_doc | $(verdict "doc_in_catalogue == 0 && doc_in_catalogue_doc > 0") |"
echo "| (d) catalogue off: keychain-nocat − baseline ≤ 2 × (peer − baseline) | $keychain_delta B vs 2 × $peer_delta B = $((2 * peer_delta)) B ($(awk -v a="$keychain_delta" -v b="$peer_delta" 'BEGIN { printf "%.2f", a / b }') ×) | $(verdict "keychain_delta <= 2 * peer_delta") |"

# --- One copy of the text (issue 16) ------------------------------------------------------------

added() { echo $((${file[$1]} - ${file[$b]})); }
times() { awk -v a="$1" -v b="$strings" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "What each way of reaching the text adds (file − baseline), and as a multiple of the names and"
echo "messages ($strings B):"
echo
echo "| program | bytes added | × the text | Δ .rela.dyn |"
echo "| --- | ---: | ---: | ---: |"
for dir in describe catalogue secerror secerror-nocat all all-secerror all-secerror-describe keychain keychain-nocat peer; do
    echo "| $dir | +$(added "$dir") | $(times "$(added "$dir")") | $(delta "${rela[$dir]}" "${rela[$b]}") |"
done
limit_text=$((strings * 13 / 10))
everything=$(added all-secerror-describe)
sec_error=$(added secerror)
keychain=$(added keychain)
describe=$(added describe)
rela_max=0
for entry in "${programs[@]}"; do
    read -r dir _ <<<"$entry"
    grown=$((${rela[$dir]} - ${rela[$b]}))
    ((grown > rela_max)) && rela_max=$grown
done
echo
echo "| goal (issue 16) | figure | met? |"
echo "| --- | --- | --- |"
echo "| (e) all enum + SecError + describe, catalogue on: ≤ 1.3 × the text = $limit_text B | $everything B = $(times "$everything") × | $(verdict "everything <= limit_text") |"
echo "| (f) SecError displayed, catalogue on: ≤ 1.3 × the text = $limit_text B | $sec_error B = $(times "$sec_error") × | $(verdict "sec_error <= limit_text") |"
echo "| (g) 30-code enum displayed, catalogue on: ≤ the catalogue (describe) + 2 KB = $((describe + 2048)) B | $keychain B (describe + $((keychain - describe)) B) | $(verdict "keychain <= describe + 2048") |"
echo "| (h) .rela.dyn growth ≤ 1 KB in every program | at most +$rela_max B | $(verdict "rela_max <= 1024") |"
