//! Run-time benchmark of sec-codes' lookups, beside `std::collections::HashMap`s built from the
//! same catalogue and a linear scan of it. Run with `cargo bench` in `benches/`; see
//! BENCHMARKS.md.
//!
//! Every measured iteration goes over the same keys: every catalogue value (or name) and a few
//! misses; the report divides by their number, giving nanoseconds per operation. After Criterion's
//! own output, the bench prints a markdown table of the medians and ratios.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use criterion::{Criterion, Throughput};
use sec_codes::{CodeInfo, Hex, OSStatus, SecCode, SecError};

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
    -67_000,
    -99_999,
    i32::MIN,
    i32::MAX,
];

/// Names of no catalogue entry, full and short.
const MISSED_NAMES: [&str; 16] = [
    "",
    "errSec",
    "errSecNoSuchThing",
    "errSecItemNotFoundX",
    "errsecitemnotfound",
    "errSecITEMNOTFOUND",
    "errSecUnknownTagX",
    "errSecInvalidCRLAuthorityX",
    "NoSuchThing",
    "ItemNotFoundX",
    "itemNotFound",
    "Unknown",
    "InvalidSignatures",
    "MissingRequiredExtensionX",
    "x",
    "errSecSuccessful",
];

/// The keys and the baselines, built once from `sec_codes::catalog()`.
struct Fixture {
    catalog: &'static [CodeInfo],
    values: Vec<OSStatus>,
    full_names: Vec<&'static str>,
    short_names: Vec<&'static str>,
    /// Value → entry: primary codes only, as `describe` answers.
    by_value: HashMap<OSStatus, &'static CodeInfo>,
    /// Full and short name → entry, aliases included, as `lookup` answers.
    by_name: HashMap<&'static str, &'static CodeInfo>,
}

impl Fixture {
    fn new() -> Self {
        let catalog = sec_codes::catalog();
        let mut values: Vec<OSStatus> = catalog.iter().map(|info| info.value).collect();
        values.extend(MISSED_VALUES);
        let mut full_names: Vec<&str> = catalog.iter().map(|info| info.name).collect();
        full_names.extend(MISSED_NAMES);
        let mut short_names: Vec<&str> = catalog.iter().map(CodeInfo::short_name).collect();
        short_names.extend(MISSED_NAMES);
        let by_value = catalog
            .iter()
            .filter(|info| info.alias_of.is_none())
            .map(|info| (info.value, info))
            .collect();
        let by_name = catalog
            .iter()
            .flat_map(|info| [(info.name, info), (info.short_name(), info)])
            .collect();
        let fixture = Fixture {
            catalog,
            values,
            full_names,
            short_names,
            by_value,
            by_name,
        };
        fixture.check();
        fixture
    }

    /// Every contender gives the same answers, and the misses miss.
    fn check(&self) {
        for &value in &self.values {
            let expected = sec_codes::describe(value);
            assert_eq!(self.by_value.get(&value).copied(), expected);
            assert_eq!(scan_value(self.catalog, value), expected);
            // `errSecSuccess` is described but is no variant: success is not an error.
            let variant = expected.map(|info| info.value).filter(|&value| value != 0);
            assert_eq!(SecError::from_code(value).map(SecError::code), variant);
        }
        for &value in &MISSED_VALUES {
            assert!(
                sec_codes::describe(value).is_none(),
                "{value} is in the catalogue"
            );
        }
        for names in [&self.full_names, &self.short_names] {
            for &name in names {
                let expected = sec_codes::lookup(name);
                assert_eq!(self.by_name.get(name).copied(), expected, "{name}");
                assert_eq!(scan_name(self.catalog, name), expected, "{name}");
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

/// The first entry with this value that is no alias, as `describe` answers.
fn scan_value(catalog: &'static [CodeInfo], value: OSStatus) -> Option<&'static CodeInfo> {
    catalog
        .iter()
        .find(|info| info.value == value && info.alias_of.is_none())
}

/// The entry with this full or short name, as `lookup` answers.
fn scan_name(catalog: &'static [CodeInfo], name: &str) -> Option<&'static CodeInfo> {
    let short = name.strip_prefix("errSec").unwrap_or(name);
    catalog.iter().find(|info| info.short_name() == short)
}

/// `Display` of a code that may be unknown, as sec-codes writes it, from a baseline's answer.
fn write_info(buffer: &mut String, value: OSStatus, info: Option<&CodeInfo>) {
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

/// One benchmark per row and contender: (group, contender, function over all keys).
fn benches(c: &mut Criterion, fixture: &Fixture) {
    let values = &fixture.values;
    let by_value = &fixture.by_value;
    let by_name = &fixture.by_name;
    let catalog = fixture.catalog;

    bench_by_value(c, fixture, "from_code", SecError::from_code, |info| info);
    bench_by_value(c, fixture, "describe", sec_codes::describe, |info| info);
    bench_by_value(c, fixture, "message", sec_codes::message, |info| {
        info.map(|info| info.message)
    });

    for (group_name, names) in [
        ("lookup_full", &fixture.full_names),
        ("lookup_short", &fixture.short_names),
    ] {
        let mut group = c.benchmark_group(group_name);
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_function("sec_codes", |b| {
            b.iter(|| {
                for &name in names {
                    black_box(sec_codes::lookup(black_box(name)));
                }
            });
        });
        group.bench_function("hashmap", |b| {
            b.iter(|| {
                for &name in names {
                    black_box(by_name.get(black_box(name)));
                }
            });
        });
        group.bench_function("scan", |b| {
            b.iter(|| {
                for &name in names {
                    black_box(scan_name(catalog, black_box(name)));
                }
            });
        });
        group.finish();
    }

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
    group.bench_function("scan", |b| {
        b.iter(|| {
            for &value in values {
                buffer.clear();
                let value = black_box(value);
                write_info(&mut buffer, value, scan_value(catalog, value));
                black_box(buffer.as_str());
            }
        });
    });
    group.finish();
}

/// A lookup by value: sec-codes' function `ours`, then the `HashMap<i32, &CodeInfo>` and the
/// linear scan, each answer passed through `project` (e.g. to the message) as `ours` would.
fn bench_by_value<R, T>(
    c: &mut Criterion,
    fixture: &Fixture,
    name: &str,
    ours: impl Fn(OSStatus) -> R,
    project: impl Fn(Option<&'static CodeInfo>) -> T,
) {
    let (values, by_value, catalog) = (&fixture.values, &fixture.by_value, fixture.catalog);
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(values.len() as u64));
    group.bench_function("sec_codes", |b| {
        b.iter(|| {
            for &value in values {
                black_box(ours(black_box(value)));
            }
        });
    });
    group.bench_function("hashmap", |b| {
        b.iter(|| {
            for &value in values {
                black_box(project(by_value.get(&black_box(value)).copied()));
            }
        });
    });
    group.bench_function("scan", |b| {
        b.iter(|| {
            for &value in values {
                black_box(project(scan_value(catalog, black_box(value))));
            }
        });
    });
    group.finish();
}

/// A row of the report: the group of three benchmarks, what it measures, and its goal if any:
/// how many times faster than the `HashMap` sec-codes should be.
struct Row {
    group: &'static str,
    label: &'static str,
    goal: Option<(f64, &'static str)>,
}

const ROWS: [Row; 6] = [
    Row {
        group: "from_code",
        label: "`SecError::from_code(i32)`",
        goal: Some((5.0, "≥ 5× faster than `HashMap<i32, _>`")),
    },
    Row {
        group: "describe",
        label: "`describe(i32)`",
        goal: None,
    },
    Row {
        group: "message",
        label: "`message(i32)`",
        goal: None,
    },
    Row {
        group: "lookup_full",
        label: "`lookup(\"errSec…\")`",
        goal: Some((2.0, "≥ 2× faster than `HashMap<&str, _>`")),
    },
    Row {
        group: "lookup_short",
        label: "`lookup(\"…\")` (no prefix)",
        goal: Some((2.0, "≥ 2× faster than `HashMap<&str, _>`")),
    },
    Row {
        group: "display",
        label: "`Display` into a reused `String`",
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
        "| operation | sec-codes | `HashMap` | linear scan | `HashMap` ÷ sec-codes | scan ÷ sec-codes | goal |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | --- |\n",
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
        let (ours, map, scan) = (per_op("sec_codes")?, per_op("hashmap")?, per_op("scan")?);
        let goal = row.goal.map_or_else(String::new, |(times, text)| {
            format!("{text}: {}", verdict(map / ours >= times))
        });
        let _ = writeln!(
            out,
            "| {} | {ours:.2} ns | {map:.2} ns | {scan:.2} ns | {:.1}× | {:.1}× | {goal} |",
            row.label,
            map / ours,
            scan / ours
        );
    }
    let _ = writeln!(
        out,
        "\nMedian time per operation over {} values ({} in the catalogue, {} misses) or {} names \
         (full or short: {} + {} misses).",
        fixture.values.len(),
        fixture.catalog.len(),
        MISSED_VALUES.len(),
        fixture.full_names.len(),
        fixture.catalog.len(),
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
