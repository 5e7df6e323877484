//! Run-time benchmark of sec-codes' lookups, beside `std::collections::HashMap`s built from the
//! same catalogue. Run with `cargo bench` in `benches/`; see BENCHMARKS.md.
//!
//! Every measured iteration goes over one long sequence of keys: [`PERMUTATIONS`] random
//! permutations of the key set (every catalogue value or name, and a few misses) one after the
//! other, so that no key follows the same one twice in a row in a predictable way and the branch
//! predictor cannot learn the sequence (it is ~70,000 keys long). Each key passes through
//! `black_box`, and so does each answer. The report divides the median time of an iteration by the
//! number of keys: nanoseconds per operation. After Criterion's own output, the bench prints a
//! markdown table of the medians and ratios.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use criterion::{Criterion, Throughput};
use sec_codes::{CodeInfo, Hex, OSStatus, SecError};

/// How many shuffled copies of the key set one iteration goes through.
const PERMUTATIONS: usize = 64;

/// Values in no catalogue entry: in gaps between and around its ranges, and the extremes.
const MISSED_VALUES: [OSStatus; 16] = [
    1,
    2,
    100,
    12_345,
    -1,
    -2,
    -35,
    -999,
    -25_000,
    -25_400,
    -26_500,
    -34_100,
    -70_000,
    -99_999,
    i32::MIN,
    i32::MAX,
];

/// Names of no catalogue entry, in no case: full and short.
const MISSED_NAMES: [&str; 16] = [
    "",
    "errSec",
    "errSecNoSuchThing",
    "errSecItemNotFoundX",
    "errSSLNoSuchThing",
    "CSSMERR_TP_NO_SUCH_THING",
    "errSecUnknownTagX",
    "errSecInvalidCRLAuthorityX",
    "NoSuchThing",
    "ItemNotFoundX",
    "errAuthorizationNoSuchThing",
    "Unknown",
    "InvalidSignatures",
    "MissingRequiredExtensionX",
    "x",
    "errSecSuccessful",
];

/// A small deterministic generator (SplitMix64): the same sequence of keys in every run.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform index below `bound` (the slight bias of a modulo does not matter here).
    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(bound).unwrap_or(u64::MAX)).unwrap_or(0)
    }
}

/// `PERMUTATIONS` Fisher–Yates shuffles of `keys`, one after the other.
fn sequence<T: Copy>(keys: &[T], rng: &mut SplitMix) -> Vec<T> {
    let mut out = Vec::with_capacity(keys.len() * PERMUTATIONS);
    let mut permutation = keys.to_vec();
    for _ in 0..PERMUTATIONS {
        for i in (1..permutation.len()).rev() {
            permutation.swap(i, rng.below(i + 1));
        }
        out.extend_from_slice(&permutation);
    }
    out
}

/// The keys and the baselines, built once from `sec_codes::catalogue()`.
struct Fixture {
    /// Distinct keys of each kind: catalogue values (primary codes), full names, short names.
    distinct_values: usize,
    distinct_names: usize,
    catalogue_len: usize,
    values: Vec<OSStatus>,
    full_names: Vec<&'static str>,
    short_names: Vec<&'static str>,
    /// Value → variant, as `SecError::from_code` answers (success is no variant).
    variants: HashMap<OSStatus, SecError>,
    /// Value → entry: primary codes only, as `describe` answers.
    by_value: HashMap<OSStatus, CodeInfo>,
    /// Full name → entry, aliases included: as `lookup` answers names spelled as Apple does.
    by_full_name: HashMap<&'static str, CodeInfo>,
    /// Full and short name → entry, aliases included.
    by_short_name: HashMap<&'static str, CodeInfo>,
}

impl Fixture {
    fn new() -> Self {
        let by_value: HashMap<OSStatus, CodeInfo> = sec_codes::catalogue()
            .filter(|info| info.alias_of().is_none())
            .map(|info| (info.value(), info))
            .collect();
        let variants = SecError::ALL
            .iter()
            .map(|&error| (error.code(), error))
            .collect();
        let by_full_name: HashMap<&str, CodeInfo> = sec_codes::catalogue()
            .map(|info| (info.name(), info))
            .collect();
        let by_short_name = sec_codes::catalogue()
            .flat_map(|info| [(info.name(), info), (info.short_name(), info)])
            .collect();

        let mut values: Vec<OSStatus> = by_value.keys().copied().collect();
        values.sort_unstable();
        values.extend(MISSED_VALUES);
        let mut full_names: Vec<&str> = sec_codes::catalogue().map(CodeInfo::name).collect();
        full_names.extend(MISSED_NAMES);
        let mut short_names: Vec<&str> = sec_codes::catalogue().map(CodeInfo::short_name).collect();
        short_names.extend(MISSED_NAMES);
        let (distinct_values, distinct_names) = (values.len(), full_names.len());

        let mut rng = SplitMix(0x5EC0_DE5E_C0DE);
        let fixture = Fixture {
            distinct_values,
            distinct_names,
            catalogue_len: sec_codes::catalogue().len(),
            values: sequence(&values, &mut rng),
            full_names: sequence(&full_names, &mut rng),
            short_names: sequence(&short_names, &mut rng),
            variants,
            by_value,
            by_full_name,
            by_short_name,
        };
        fixture.check(&values, &full_names, &short_names);
        fixture
    }

    /// Every contender gives the same answers, and the misses miss.
    fn check(&self, values: &[OSStatus], full_names: &[&str], short_names: &[&str]) {
        for &value in values {
            let expected = sec_codes::describe(value);
            assert_eq!(self.by_value.get(&value).copied(), expected, "{value}");
            assert_eq!(
                self.variants.get(&value).copied(),
                SecError::from_code(value),
                "{value}"
            );
            // `errSecSuccess` is described but is no variant: success is not an error.
            let variant = expected.map(CodeInfo::value).filter(|&value| value != 0);
            assert_eq!(SecError::from_code(value).map(SecError::code), variant);
        }
        for &value in &MISSED_VALUES {
            assert!(
                sec_codes::describe(value).is_none(),
                "{value} is in the catalogue"
            );
        }
        for (names, map) in [
            (full_names, &self.by_full_name),
            (short_names, &self.by_short_name),
        ] {
            for &name in names {
                assert_eq!(map.get(name).copied(), sec_codes::lookup(name), "{name}");
            }
        }
        for &name in &MISSED_NAMES {
            assert!(
                sec_codes::lookup(name).is_none(),
                "{name} is in the catalogue"
            );
        }
    }
}

/// `Display` of a code that may be unknown, as sec-codes writes it, from a baseline's answer.
fn write_info(buffer: &mut String, value: OSStatus, info: Option<CodeInfo>) {
    let written = match info {
        Some(info) => write!(buffer, "{info}"),
        None => write!(
            buffer,
            "unknown Security framework result code {value} ({})",
            Hex(value)
        ),
    };
    written.expect("writing to a String cannot fail");
}

/// One group per row, with two contenders each: sec-codes, then the `HashMap`.
fn benches(c: &mut Criterion, fixture: &Fixture) {
    let values = &fixture.values;

    let variants = &fixture.variants;
    pair(c, "from_code", values, SecError::from_code, |value| {
        variants.get(&value).copied()
    });
    let by_value = &fixture.by_value;
    pair(c, "describe", values, sec_codes::describe, |value| {
        by_value.get(&value).copied()
    });
    pair(c, "message", values, sec_codes::message, |value| {
        by_value.get(&value).map(|info| info.message())
    });
    let by_full_name = &fixture.by_full_name;
    pair(
        c,
        "lookup_full",
        &fixture.full_names,
        sec_codes::lookup,
        |name| by_full_name.get(name).copied(),
    );
    let by_short_name = &fixture.by_short_name;
    pair(
        c,
        "lookup_short",
        &fixture.short_names,
        sec_codes::lookup,
        |name| by_short_name.get(name).copied(),
    );

    // Room for the longest text: writing never grows the buffer after the first iteration.
    let mut buffer = String::with_capacity(1024);
    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(values.len() as u64));
    group.bench_function("sec_codes", |b| {
        b.iter(|| {
            for &value in values {
                buffer.clear();
                write!(buffer, "{}", SecError::from(black_box(value))).expect("String");
                black_box(buffer.as_str());
            }
        });
    });
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            for &value in values {
                buffer.clear();
                let value = black_box(value);
                write_info(&mut buffer, value, by_value.get(&value).copied());
                black_box(buffer.as_str());
            }
        });
    });
    group.finish();
}

/// The group `name`: sec-codes' function `ours`, then the `HashMap`'s `theirs`, over `keys`.
fn pair<K: Copy, R, T>(
    c: &mut Criterion,
    name: &str,
    keys: &[K],
    ours: impl Fn(K) -> R,
    theirs: impl Fn(K) -> T,
) {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(keys.len() as u64));
    group.bench_function("sec_codes", |b| {
        b.iter(|| {
            for &key in keys {
                black_box(ours(black_box(key)));
            }
        });
    });
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            for &key in keys {
                black_box(theirs(black_box(key)));
            }
        });
    });
    group.finish();
}

/// A row of the report: the group of two benchmarks, what it measures, and its goal if any:
/// how many times faster than the `HashMap` sec-codes should be.
struct Row {
    group: &'static str,
    label: &'static str,
    peer: &'static str,
    goal: Option<(f64, &'static str)>,
}

const ROWS: [Row; 6] = [
    Row {
        group: "from_code",
        label: "`SecError::from_code(i32)`",
        peer: "`HashMap<i32, SecError>`",
        goal: Some((5.0, "≥ 5×")),
    },
    Row {
        group: "describe",
        label: "`describe(i32)`",
        peer: "`HashMap<i32, CodeInfo>`",
        goal: None,
    },
    Row {
        group: "message",
        label: "`message(i32)`",
        peer: "`HashMap<i32, CodeInfo>` + `.message()`",
        goal: None,
    },
    Row {
        group: "lookup_full",
        label: "`lookup(\"errSecItemNotFound\")` (full names)",
        peer: "`HashMap<&str, CodeInfo>`",
        goal: Some((2.0, "≥ 2×")),
    },
    Row {
        group: "lookup_short",
        label: "`lookup(\"ItemNotFound\")` (short names)",
        peer: "`HashMap<&str, CodeInfo>`",
        goal: None,
    },
    Row {
        group: "display",
        label: "`Display` of `SecError::from(i32)` into a reused `String`",
        peer: "`HashMap<i32, CodeInfo>` + `Display`",
        goal: None,
    },
];

/// Where Criterion writes its estimates (as Criterion itself decides, minus `cargo metadata`).
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    target.join("criterion")
}

/// The median time of one iteration of `group/function`, in nanoseconds, if this run (begun at
/// `started`) measured it.
fn median_ns(group: &str, function: &str, started: SystemTime) -> Result<f64, String> {
    let path = criterion_dir()
        .join(group)
        .join(function)
        .join("new/estimates.json");
    let fresh = std::fs::metadata(&path)
        .and_then(|meta| meta.modified())
        .is_ok_and(|modified| modified >= started);
    if !fresh {
        return Err(format!("no estimate of {group}/{function} from this run"));
    }
    let text = std::fs::read_to_string(&path).map_err(|error| error.to_string())?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|error| error.to_string())?;
    json["median"]["point_estimate"]
        .as_f64()
        .ok_or_else(|| format!("no median in {}", path.display()))
}

/// The markdown table of nanoseconds per operation and ratios, or why there is none.
fn report(fixture: &Fixture, started: SystemTime) -> Result<String, String> {
    let mut out = String::new();
    out.push_str(
        "| operation | sec-codes | peer | peer | peer ÷ sec-codes | goal |\n\
         | --- | ---: | --- | ---: | ---: | --- |\n",
    );
    for row in ROWS {
        let keys = if row.group.starts_with("lookup") {
            fixture.full_names.len()
        } else {
            fixture.values.len()
        };
        let per_op = |function| {
            median_ns(row.group, function, started)
                .map(|ns| ns / f64::from(u32::try_from(keys).unwrap_or(u32::MAX)))
        };
        let (ours, map) = (per_op("sec_codes")?, per_op("hashmap")?);
        let goal = row.goal.map_or_else(String::new, |(times, text)| {
            format!("{text}: {}", verdict(map / ours >= times))
        });
        let _ = writeln!(
            out,
            "| {} | {ours:.2} ns | {} | {map:.2} ns | {:.1}× | {goal} |",
            row.label,
            row.peer,
            map / ours,
        );
    }
    let _ = writeln!(
        out,
        "\nMedian time per operation over {} keys: {PERMUTATIONS} random permutations of {} values \
         ({} primary codes of the catalogue, {} misses) or of {} names ({} full or short names of \
         the catalogue, {} misses).",
        fixture.values.len(),
        fixture.distinct_values,
        fixture.distinct_values - MISSED_VALUES.len(),
        MISSED_VALUES.len(),
        fixture.distinct_names,
        fixture.catalogue_len,
        MISSED_NAMES.len()
    );
    Ok(out)
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "**not met**" }
}

/// The load average (1, 5, 15 minutes) where the OS tells it: other processes skew the figures.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |text| text.split(' ').take(3).collect::<Vec<_>>().join(" "),
    )
}

fn main() {
    let started = SystemTime::now();
    let load_before = load_average();
    let fixture = Fixture::new();
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .output_directory(&criterion_dir())
        .configure_from_args();
    benches(&mut criterion, &fixture);
    criterion.final_summary();
    // In `cargo test --benches` (Criterion's test mode) or with a filter, some estimates are
    // missing or old: no table then.
    match report(&fixture, started) {
        Ok(table) => println!(
            "\n{table}Load average (1, 5, 15 min): {load_before} before, {} after.",
            load_average()
        ),
        Err(why) => println!("\nNo table: {why}."),
    }
}
