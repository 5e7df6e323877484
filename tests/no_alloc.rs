//! No heap allocation on the lookup and conversion paths.
//!
//! A counting global allocator wraps the system one and counts, per thread, every allocation and
//! reallocation. Each check reads the counter before and after the path under test, so what other
//! test threads allocate meanwhile is not counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;

use sec_codes::{CodeInfo, OSStatus, SecError};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count() {
    // `try_with`: the allocator also runs while thread-locals are being torn down.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: every call is forwarded unchanged to `System`; counting touches only a `const`
// thread-local `Cell`, which neither allocates nor unwinds.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: as for `alloc`; `ptr` came from this allocator, that is from `System`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, that is from `System`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations (and reallocations) `f` made on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (u64, R) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = black_box(f());
    let after = ALLOCATIONS.with(Cell::get);
    (after - before, result)
}

/// Asserts that `f` allocates nothing, naming the path in the failure.
fn assert_no_alloc<R>(path: &str, f: impl FnOnce() -> R) -> R {
    let (count, result) = allocations(f);
    assert_eq!(count, 0, "{path} allocated {count} time(s)");
    result
}

/// Values the catalogue does not have: around its ranges, and the extremes.
const MISSES: [OSStatus; 8] = [1, 12345, -1, -25_000, -99_999, -66_000, i32::MIN, i32::MAX];

/// Names that are no catalogue name, with and without the prefix.
const MISSED_NAMES: [&str; 6] = [
    "",
    "errSec",
    "errSecNoSuchThing",
    "NoSuchThing",
    "errSec_ItemNotFound",
    "errSecItemNotFoundX",
];

/// Every entry `describe` and `lookup` know: the catalogue, then the errno range.
fn catalogue_and_errno_range() -> Vec<CodeInfo> {
    let all: Vec<CodeInfo> = sec_codes::catalogue()
        .chain(sec_codes::errno_range())
        .collect();
    assert_eq!(all.len(), 1097 + 256);
    all
}

#[test]
fn the_counter_counts() {
    let (count, boxed) = allocations(|| Box::new(black_box(7u64)));
    assert_eq!(*boxed, 7);
    assert!(count >= 1, "a Box allocation was not counted");

    let (count, text) = allocations(|| black_box(-25_300).to_string());
    assert_eq!(text, "-25300");
    assert!(count >= 1, "a String allocation was not counted");
}

#[test]
fn from_code_and_from_status() {
    let catalog: Vec<CodeInfo> = sec_codes::catalogue().collect();
    assert_eq!(catalog.len(), 1097);
    assert_no_alloc("SecError::from_code / From<OSStatus> / code", || {
        let mut listed = 0usize;
        for &info in &catalog {
            let code = black_box(info.value());
            if let Some(error) = SecError::from_code(code) {
                listed += 1;
                assert_eq!(error.code(), code);
            }
            let error = SecError::from(code);
            assert_eq!(OSStatus::from(error), code);
            assert_eq!(error.info().map(CodeInfo::value), Some(code));
        }
        for &code in &MISSES {
            assert!(SecError::from_code(black_box(code)).is_none());
            assert_eq!(SecError::from(code), SecError::Other(code));
        }
        // Every entry's value but success's is a variant (an alias shares its primary's);
        // success has three names.
        assert_eq!(listed, catalog.len() - 3);
    });
}

#[test]
fn describe_and_message() {
    // The catalogue and the errno range, which the same lookups know.
    let catalog: Vec<CodeInfo> = catalogue_and_errno_range();
    assert_no_alloc("describe / message", || {
        for &info in &catalog {
            let code = black_box(info.value());
            let found = sec_codes::describe(code).expect("every catalogue value is described");
            assert_eq!(found.value(), code);
            assert_eq!(sec_codes::message(code), Some(found.message()));
        }
        for &code in &MISSES {
            assert!(sec_codes::describe(black_box(code)).is_none());
            assert!(sec_codes::message(black_box(code)).is_none());
        }
    });
}

#[test]
fn lookup_by_name() {
    // The catalogue and the errno range, which the same lookups know.
    let catalog: Vec<CodeInfo> = catalogue_and_errno_range();
    assert_no_alloc("lookup", || {
        for &info in &catalog {
            let full = sec_codes::lookup(black_box(info.name())).expect("full name");
            assert_eq!(full, info);
            let short = sec_codes::lookup(black_box(info.short_name())).expect("short name");
            assert_eq!(short, info);
        }
        for &name in &MISSED_NAMES {
            assert!(sec_codes::lookup(black_box(name)).is_none(), "{name}");
        }
    });
}

#[test]
fn parse_name_and_info() {
    let error = assert_no_alloc("FromStr", || {
        "errSecItemNotFound"
            .parse::<SecError>()
            .expect("a catalogue name")
    });
    assert_eq!(error.code(), -25_300);
    assert_no_alloc("FromStr of a short name, a variant name and a miss", || {
        assert_eq!("ItemNotFound".parse::<SecError>(), Ok(error));
        assert_eq!("Io".parse::<SecError>().map(SecError::code), Ok(-36));
        assert_eq!(
            "cssmerr_tp_not_trusted".parse::<SecError>(),
            Ok(SecError::CssmTpNotTrusted)
        );
        assert!("errSecNoSuchThing".parse::<SecError>().is_err());
        assert_eq!("0xFFFF9D2C".parse::<SecError>(), Ok(error));
    });
    assert_no_alloc(
        "a miss with a nearest name, and its Display and Debug",
        || {
            let miss = "errSecItemNotFund".parse::<SecError>().unwrap_err();
            assert_eq!(miss.nearest(), Some("errSecItemNotFound"));
            // Formatting into a fixed buffer, not a `String`.
            let mut buffer = Buffer::default();
            core::fmt::write(&mut buffer, format_args!("{miss} {miss:?}")).unwrap();
            assert!(buffer.len > 100);
        },
    );
    assert_no_alloc("name / info / message / category", || {
        for &error in SecError::ALL {
            assert!(error.name().is_some());
            assert!(error.info().is_some());
            assert!(error.message().is_some());
            assert!(error.category().is_some());
        }
        assert_eq!(SecError::Other(12345).name(), None);
    });
}

#[test]
fn display_into_a_reused_buffer() {
    // The catalogue and the errno range, which the same lookups know.
    let catalog: Vec<CodeInfo> = catalogue_and_errno_range();
    // Longest message + name + value, with room to spare: writing never has to grow the buffer.
    let mut buffer = String::with_capacity(1024);
    assert_no_alloc("Display", || {
        for &info in &catalog {
            // An alias displays as its primary code, which has the same value.
            let primary = sec_codes::describe(info.value()).expect("described");
            buffer.clear();
            write!(buffer, "{}", SecError::from(black_box(info.value())))
                .expect("write to a String");
            assert!(buffer.starts_with(primary.message()), "{buffer}");
            assert!(buffer.contains(primary.name()), "{buffer}");
        }
        for &code in &MISSES {
            buffer.clear();
            write!(buffer, "{}", SecError::from(black_box(code))).expect("write to a String");
            assert!(buffer.starts_with("unknown Security framework result code"));
        }
    });
    assert!(buffer.capacity() >= 1024);
}

/// A fixed buffer to format into without allocating.
struct Buffer {
    bytes: [u8; 512],
    len: usize,
}

impl Default for Buffer {
    fn default() -> Self {
        Buffer {
            bytes: [0; 512],
            len: 0,
        }
    }
}

impl core::fmt::Write for Buffer {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        let end = self.len + text.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(core::fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}
