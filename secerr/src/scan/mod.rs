//! The scanner: one Aho-Corasick automaton over every name and kept message text, and number
//! rules around `memchr` hits. The complete rule is the crate documentation's.

mod context;
mod numbers;
pub mod texts;
mod words;

use std::collections::BTreeMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use sec_codes::CodeInfo;
use words::WordStarts;

pub use context::{FRAMEWORK_MARKERS, NUMBER_VETOES, OTHER_DOMAINS};

/// How a finding was recognized; `--json` prints it as `recognized_by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum How {
    /// A catalogue name (`errSecItemNotFound`), `cssmPerror`'s spelling of a CSSM name
    /// (`CSSM_ADDIN_AUTHENTICATE_FAILED`) or, on a line about the Security framework, an
    /// `errSec` or `errAuthorization` name without its prefix (`MissingEntitlement`).
    Name,
    /// A decimal: a marked negative number, the unsigned 64-bit form, or `cssmPerror`'s
    /// unsigned argument.
    Number,
    /// `0x` and 8 hex digits.
    Hex,
    /// A code's message or documentation text.
    Message,
}

impl std::fmt::Display for How {
    /// The same word as [`How::as_str`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl How {
    /// The lower-case word for it: `"name"`, `"number"`, `"hex"` or `"message"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Number => "number",
            Self::Hex => "hex",
            Self::Message => "message",
        }
    }
}

/// One code found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// Byte offset of the match's first byte in the scanned text.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
    /// The code. By name, exactly the entry named (an alias stays the alias); by value or
    /// message, the primary name of the value.
    pub code: CodeInfo,
    /// How it was recognized.
    pub how: How,
    /// The matched message is the text of more than one code: each gets a finding with this set.
    pub ambiguous: bool,
}

impl Finding {
    /// A finding that is not ambiguous.
    pub(crate) fn new(start: usize, end: usize, code: CodeInfo, how: How) -> Self {
        Self {
            start,
            end,
            code,
            how,
            ambiguous: false,
        }
    }
}

/// Whether the scanned text is cut out of a longer line on either side.
///
/// A cut side is treated as if a word character stood beyond it: a match touching it cannot be
/// told from part of a longer word or number, so it is skipped (a miss rather than a wrong note).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cuts {
    /// The text continues a line that started earlier.
    pub before: bool,
    /// The line goes on after the text.
    pub after: bool,
}

/// What one pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A name: `codes` holds the one code it names.
    Name,
    /// An `errSec` name without its prefix: counts only on a line about the framework.
    ShortName,
    /// A message text: `codes` holds every code it is the text of.
    Text,
    /// `cssmPerror`, whose second argument is a status.
    CssmPerror,
    /// The first digits of an unsigned 64-bit form.
    Unsigned64,
    /// The first digits of a status of the errno range.
    Errno,
}

/// One pattern: its kind and its codes, `codes[first..first + count]` of the scanner.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    kind: Kind,
    first: u32,
    count: u32,
}

/// Finds result codes in text. Build one and reuse it: building takes a few milliseconds.
pub struct Scanner {
    /// Every pattern, searched anchored at each word start only (a pattern matches whole words,
    /// so it can only start there): most words end the search after a byte or two.
    automaton: NFA,
    /// By pattern index.
    patterns: Vec<Pattern>,
    /// The first two bytes of every pattern, as a bit set over `first << 8 | second`: a word
    /// that starts with any other pair starts no match, and is skipped without the automaton.
    pairs: Box<[u64; 1024]>,
    /// The codes of all patterns, in runs.
    codes: Vec<CodeInfo>,
    /// How many distinct message texts the rule left out.
    left_out: usize,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("patterns", &self.patterns.len())
            .field("left_out_texts", &self.left_out)
            .finish_non_exhaustive()
    }
}

/// The patterns before they are numbered: each text with its kind and codes.
#[derive(Default)]
struct Builder {
    patterns: BTreeMap<String, (Kind, Vec<CodeInfo>)>,
}

impl Builder {
    /// Adds `text` for `code`; a text already present as a name stays a name.
    fn add(&mut self, text: &str, kind: Kind, code: Option<CodeInfo>) {
        let entry = self
            .patterns
            .entry(text.to_owned())
            .or_insert_with(|| (kind, Vec::new()));
        if matches!(entry.0, Kind::Text) && !matches!(kind, Kind::Text) {
            *entry = (kind, Vec::new());
        } else if matches!(kind, Kind::Text) && !matches!(entry.0, Kind::Text) {
            return;
        }
        if let Some(code) = code.filter(|code| !entry.1.contains(code)) {
            entry.1.push(code);
        }
    }
}

/// Whether a name without its prefix is distinctive enough to stand for a code: at least two
/// capitalized words and 6 characters (`ItemNotFound`, `MissingEntitlement`; not `Param`, `IO`).
fn is_distinctive_short_name(short: &str) -> bool {
    short.len() >= 6 && short.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// The variants of a message text that are matched: as written, with its first letter in the
/// other case (bindings embed messages mid-sentence), and with `’` for `'`.
fn variants(text: &str) -> Vec<String> {
    let mut out = vec![text.to_owned()];
    let mut chars = text.chars();
    if let Some(first) = chars.next() {
        let flipped = if first.is_uppercase() {
            first.to_lowercase().collect::<String>()
        } else {
            first.to_uppercase().collect::<String>()
        };
        out.push(flipped + chars.as_str());
    }
    if text.contains('\'') {
        let curly: Vec<String> = out
            .iter()
            .map(|text| text.replace('\'', "\u{2019}"))
            .collect();
        out.extend(curly);
    }
    out.dedup();
    out
}

impl Scanner {
    /// Builds the automaton over the whole catalogue.
    ///
    /// # Panics
    /// Never in practice: building fails only past limits far beyond the catalogue's size.
    #[must_use]
    pub fn new() -> Self {
        let mut builder = Builder::default();
        for code in sec_codes::catalogue() {
            let name = code.name();
            builder.add(name, Kind::Name, Some(code));
            if let Some(short) = name.strip_prefix("CSSMERR_") {
                // cssmPerror prints `CSSM_ADDIN_AUTHENTICATE_FAILED`.
                builder.add(short, Kind::Name, Some(code));
            }
            // .NET's enums: `SecStatusCode.MissingEntitlement`, `AuthorizationStatus.Canceled`.
            let short = name
                .strip_prefix("errAuthorization")
                .unwrap_or_else(|| code.short_name());
            if short != name && is_distinctive_short_name(short) {
                builder.add(short, Kind::ShortName, Some(code));
            }
        }
        let (texts, left_out) = texts::kept();
        for text in texts {
            for variant in variants(text.text) {
                builder.add(&variant, Kind::Text, Some(text.code));
            }
        }
        builder.add("cssmPerror", Kind::CssmPerror, None);
        builder.add(numbers::UNSIGNED_64_PREFIX, Kind::Unsigned64, None);
        builder.add(numbers::ERRNO_PREFIX, Kind::Errno, None);

        let mut patterns = Vec::with_capacity(builder.patterns.len());
        let mut codes = Vec::new();
        let mut strings = Vec::with_capacity(builder.patterns.len());
        for (string, (kind, list)) in builder.patterns {
            let first = u32::try_from(codes.len()).unwrap_or(u32::MAX);
            let count = u32::try_from(list.len()).unwrap_or(0);
            codes.extend(list);
            patterns.push(Pattern { kind, first, count });
            strings.push(string);
        }
        let mut pairs = Box::new([0_u64; 1024]);
        for string in &strings {
            if let [first, second, ..] = string.as_bytes() {
                let pair = usize::from(*first) << 8 | usize::from(*second);
                pairs[pair / 64] |= 1 << (pair % 64);
            }
        }
        let automaton = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            // Dense transitions for the first four bytes: most words leave the automaton there.
            .dense_depth(4)
            .build(&strings)
            .expect("an automaton of the catalogue's names and texts fits the default limits");
        Self {
            automaton,
            pairs,
            patterns,
            codes,
            left_out,
        }
    }

    /// How many distinct message texts the rule leaves out as too short or too generic.
    #[must_use]
    pub fn left_out_texts(&self) -> usize {
        self.left_out
    }

    /// Appends the codes found in `text` to `found`, in order of position.
    ///
    /// `text` is one line or a piece of one (`cuts` says which sides are cut). Nothing is
    /// removed as a repeat: a line that names a code twice yields two findings here (the
    /// [`LineScanner`](crate::LineScanner) and [`Scanner::scan_line`] keep one per code).
    pub fn scan(&self, text: &[u8], cuts: Cuts, found: &mut Vec<Finding>) {
        let first = found.len();
        let mut about_framework = None;
        let mut numbers_from_automaton = false;
        let mut words = WordStarts::new(text, cuts);
        while let Some((start, end, index)) = self.next_match(text, &mut words, cuts) {
            let Some(&pattern) = self.patterns.get(index) else {
                continue;
            };
            match pattern.kind {
                Kind::CssmPerror => {
                    numbers_from_automaton = true;
                    numbers::cssm_perror(text, end, cuts, found);
                    continue;
                }
                Kind::Unsigned64 => {
                    numbers_from_automaton = true;
                    numbers::unsigned_64(text, start, cuts, found);
                    continue;
                }
                Kind::Errno => {
                    numbers_from_automaton = true;
                    numbers::errno(text, start, cuts, found);
                    continue;
                }
                Kind::Name | Kind::ShortName | Kind::Text => {}
            }
            if matches!(pattern.kind, Kind::ShortName)
                && !*about_framework.get_or_insert_with(|| context::names_framework(text))
            {
                continue;
            }
            self.push_codes(pattern, start, end, found);
        }
        let numbers_from = found.len();
        numbers::scan_negatives(text, cuts, found);
        numbers::scan_hex(text, cuts, found);
        if (numbers_from_automaton || found.len() > numbers_from) && context::vetoes_numbers(text) {
            let mut position = 0;
            found.retain(|finding| {
                position += 1;
                position <= first || !matches!(finding.how, How::Number | How::Hex)
            });
        }
        found[first..].sort_by_key(|finding| finding.start);
    }

    /// The next whole-word match among the remaining `words`: its range and pattern index, the
    /// longest one at the first word start that has one; `words` moves past it.
    fn next_match(
        &self,
        text: &[u8],
        words: &mut WordStarts<'_>,
        cuts: Cuts,
    ) -> Option<(usize, usize, usize)> {
        let start_state = self.automaton.start_state(Anchored::Yes).ok()?;
        while let Some(start) = words.next() {
            if !self.may_start(&text[start..]) {
                continue;
            }
            let mut state = start_state;
            let mut longest = None;
            for (offset, &byte) in text[start..].iter().enumerate() {
                state = self.automaton.next_state(Anchored::Yes, state, byte);
                if !self.automaton.is_special(state) {
                    continue;
                }
                if self.automaton.is_dead(state) {
                    break;
                }
                let end = start + offset + 1;
                if self.automaton.is_match(state) {
                    let pattern = self.automaton.match_pattern(state, 0).as_usize();
                    // The prefix of an unsigned 64-bit form goes on in digits.
                    let prefix = matches!(
                        self.patterns.get(pattern).map(|pattern| pattern.kind),
                        Some(Kind::Unsigned64 | Kind::Errno)
                    );
                    if prefix || !(is_word(byte) && word_after(text, end, cuts)) {
                        longest = Some((start, end, pattern));
                    }
                }
            }
            if let Some((_, end, _)) = longest {
                words.skip_to(end);
                return longest;
            }
        }
        None
    }

    /// Whether a pattern may start at the start of `rest`, judged by its first two bytes.
    fn may_start(&self, rest: &[u8]) -> bool {
        match rest {
            [first, second, ..] => {
                let pair = usize::from(*first) << 8 | usize::from(*second);
                self.pairs[pair / 64] & 1 << (pair % 64) != 0
            }
            _ => false,
        }
    }

    /// The findings of one pattern's match: one per distinct value for a text, marked ambiguous
    /// when there is more than one.
    fn push_codes(&self, pattern: Pattern, start: usize, end: usize, found: &mut Vec<Finding>) {
        let first = pattern.first as usize;
        let Some(codes) = self.codes.get(first..first + pattern.count as usize) else {
            return;
        };
        if !matches!(pattern.kind, Kind::Text) {
            if let Some(&code) = codes.first() {
                found.push(Finding::new(start, end, code, How::Name));
            }
            return;
        }
        let mut values: Vec<i32> = codes.iter().map(|code| code.value()).collect();
        values.sort_unstable();
        values.dedup();
        let ambiguous = values.len() > 1;
        for value in values {
            if let Some(code) = sec_codes::describe(value) {
                found.push(Finding {
                    ambiguous,
                    ..Finding::new(start, end, code, How::Message)
                });
            }
        }
    }

    /// The findings of one whole line (with or without its line ending), one per code: the
    /// first mention of each value, in order of position.
    #[must_use]
    pub fn scan_line(&self, line: &[u8]) -> Vec<Finding> {
        let mut found = Vec::new();
        self.scan(line, Cuts::default(), &mut found);
        let mut seen = Vec::new();
        found.retain(|finding| first_of_value(&mut seen, finding));
        found
    }
}

/// Records `finding`'s value in `seen`; whether it was not there yet.
pub(crate) fn first_of_value(seen: &mut Vec<i32>, finding: &Finding) -> bool {
    let value = finding.code.value();
    if seen.contains(&value) {
        false
    } else {
        seen.push(value);
        true
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Self::new()
    }
}

/// Which bytes continue a word or number: ASCII letters, digits and `_`.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        // `byte < 256`, so the cast keeps every bit.
        #[allow(clippy::cast_possible_truncation)]
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'_';
        byte += 1;
    }
    table
};

/// Whether `byte` continues a word or number: ASCII letter, digit or `_`.
#[inline]
pub(crate) fn is_word(byte: u8) -> bool {
    WORD_BYTES[usize::from(byte)]
}

/// Whether a word character (or the cut) stands right before `start`.
pub(crate) fn word_before(text: &[u8], start: usize, cuts: Cuts) -> bool {
    match start.checked_sub(1) {
        Some(i) => text.get(i).copied().is_some_and(is_word),
        None => cuts.before,
    }
}

/// Whether a word character (or the cut) stands at `end`.
pub(crate) fn word_after(text: &[u8], end: usize, cuts: Cuts) -> bool {
    match text.get(end) {
        Some(&byte) => is_word(byte),
        None => cuts.after,
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    /// One scanner for all tests: building one takes a while in a debug build.
    fn scanner() -> &'static Scanner {
        static SCANNER: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
        SCANNER.get_or_init(Scanner::new)
    }

    /// The matched text and value of every finding in `text`, scanned whole.
    fn finds(text: &str) -> Vec<(&str, i32)> {
        finds_cut(text, Cuts::default())
    }

    fn finds_cut(text: &str, cuts: Cuts) -> Vec<(&str, i32)> {
        let mut found = Vec::new();
        scanner().scan(text.as_bytes(), cuts, &mut found);
        found
            .iter()
            .map(|finding| (&text[finding.start..finding.end], finding.code.value()))
            .collect()
    }

    #[test]
    fn every_marked_form_of_a_decimal() {
        assert_eq!(finds("code = - 25300"), [("- 25300", -25300)]);
        for text in [
            "OSStatus -25300",
            "OSStatus error -25300",
            "failed: error -25300",
            "Error -25300",
            "status -25300",
            "status: -25300",
            "status=-25300",
            "STATUS = -25300",
            "err=-25300",
            "SecItemCopyMatching failed (-25300)",
            "Error Domain=NSOSStatusErrorDomain Code=-25300 \"(null)\"",
            "status:\t-25300 here",
            "returned -25300",
            "code=-25300",
            "Code = -25300",
            "code: -25300",
            "Error code: -25300",
            "error code -25300",
            "code = \"-25300\";",
            "status was -25300",
            "OSStatus error: [-25300]",
            "error:[-25300]",
            "Error \"OSStatus\" -25300.",
            "status \u{FF1D}\u{FF08}OSStatus\u{FF09}-25300",
            "SecItemCopyMatching: -25300",
            "SecItemCopyMatching failed: -25300",
            "SecItemCopyMatching() = -25300",
            "keyring.backends.macOS.api.Error: (-25300, 'Unknown Error')",
            "Err(-25300)",
            "failed: -25300",
            "failed(-25300)",
            "[2:-25300]",
        ] {
            assert_eq!(finds(text), [("-25300", -25300)], "{text}");
        }
        assert_eq!(
            finds("The operation couldn't be completed. (OSStatus error -67671.)"),
            [("-67671", -67671)]
        );
        assert_eq!(finds("SSLHandshake failed (-9806)"), [("-9806", -9806)]);
    }

    #[test]
    fn unmarked_or_malformed_decimals_are_not_codes() {
        for text in [
            "-25300",
            "exit code -4",
            "exit code: -25300",
            "code -25300",
            "failed: -50",
            "12:-25300",
            "myerror -25300",
            "error-25300",
            "value=-25300",
            "errors -25300",
            "error -25300.5",
            "error -25300abc",
            "error -25300_1",
            "error -253000",
            "error --25300",
            "error -0",
            "status 25300",
            "error -1234",
            "error -99999999999999999999",
            "(-25300",
            "(-25300]",
            "error:: -25300",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn a_full_stop_after_a_number_ends_it() {
        assert_eq!(finds("got error -25300."), [("-25300", -25300)]);
        assert_eq!(finds("got error -25300.\n"), [("-25300", -25300)]);
        assert_eq!(finds("version error -25300.1"), []);
    }

    #[test]
    fn the_errno_range_as_a_marked_positive_decimal_or_its_text() {
        assert_eq!(finds("Error 100013"), [("100013", 100_013)]);
        assert_eq!(finds("OSStatus: 100001."), [("100001", 100_001)]);
        assert_eq!(
            finds("Error: UNIX[Permission denied]"),
            [("UNIX[Permission denied]", 100_013)]
        );
        assert_eq!(
            finds("save failed: UNIX[Unknown error: 200]"),
            [("UNIX[Unknown error: 200]", 100_200)]
        );
        for text in [
            "100013",
            "port 100013",
            "Error 100256",
            "Error 1000130",
            "Error 100100013",
            "Error 184467440710001",
            "Error -100013",
            "Error 100013.5",
            "Error x100013",
            "Permission denied",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn hex_of_exactly_eight_digits_in_any_case() {
        assert_eq!(finds("0xFFFF9D2C"), [("0xFFFF9D2C", -25300)]);
        assert_eq!(finds("got 0xffff9d2c!"), [("0xffff9d2c", -25300)]);
        assert_eq!(finds("got 0XfFfF9D2c"), [("0XfFfF9D2c", -25300)]);
        for text in [
            "0x7ffee3b0a2c8",
            "0xFFFF9D2",
            "0xFFFF9D2Cz",
            "a0xFFFF9D2C",
            "10xFFFF9D2C",
            "0x00000000",
            "0xFFFFFB2E",
            "0x",
            "x",
            "0xFFFF9D2G",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn names_as_whole_words_only() {
        assert_eq!(
            finds("SecItemCopyMatching: errSecItemNotFound."),
            [("errSecItemNotFound", -25300)]
        );
        assert_eq!(finds("(errSecDskFull)"), [("errSecDskFull", -34)]);
        for text in [
            "errSecItemNotFoundX",
            "kErrSecItemNotFound",
            "my_errSecItemNotFound",
            "errsecitemnotfound",
            "errSec",
        ] {
            assert_eq!(finds(text), [], "{text}");
        }
    }

    #[test]
    fn findings_come_in_order_of_position() {
        assert_eq!(
            finds("0xFFFFFFDE then errSecParam then status=-25300 and (-4)"),
            [
                ("0xFFFFFFDE", -34),
                ("errSecParam", -50),
                ("-25300", -25300),
                ("-4", -4)
            ]
        );
    }

    #[test]
    fn noise_is_not_annotated() {
        let line = "2024-05-01T10:22:33.456-0700 host securityd[1234]: port 50000 \
                    at 0x7ffee3b0a2c8 v10.15.7 line -42 pid=-1 -25300 4294941996 (25300)";
        assert_eq!(finds(line), []);
    }

    #[test]
    fn matches_touching_a_cut_are_skipped() {
        let cut_both = Cuts {
            before: true,
            after: true,
        };
        assert_eq!(finds_cut("errSecParam x error -25300", cut_both), []);
        assert_eq!(
            finds_cut("x errSecParam error -25300 y", cut_both),
            [("errSecParam", -50), ("-25300", -25300)]
        );
        assert_eq!(finds_cut("0xFFFF9D2C", cut_both), []);
        assert_eq!(
            finds_cut("0xFFFF9D2C", Cuts::default()),
            [("0xFFFF9D2C", -25300)]
        );
    }

    /// (match, value, how) of every finding of a whole line, one per code.
    fn line(text: &str) -> Vec<(&str, i32, How)> {
        scanner()
            .scan_line(text.as_bytes())
            .iter()
            .map(|found| (&text[found.start..found.end], found.code.value(), found.how))
            .collect()
    }

    #[test]
    fn cfnetwork_pairs_and_keys() {
        for text in [
            "TIC TCP Conn Failed [3:-9806]",
            "CFNetwork error 3:-9806",
            "stream error(3:-9806)",
            "failed (kCFStreamErrorDomainSSL, -9806)",
            "UserInfo={_kCFStreamErrorCodeKey=-9806, _kCFStreamErrorDomainKey=3}",
            "SSLHandshake(): -9806",
        ] {
            assert_eq!(line(text), [("-9806", -9806, How::Number)], "{text}");
        }
        assert_eq!(line("TIC TCP Conn Failed [1:-9806]"), []);
    }

    #[test]
    fn unsigned_forms_in_their_contexts() {
        assert_eq!(
            line("(gdb) call (void)cssmPerror(0, 2147549468)"),
            [("2147549468", -2_147_417_828, How::Number)]
        );
        assert_eq!(
            line("status 18446744073709517598"),
            [("18446744073709517598", -34018, How::Number)]
        );
        for text in [
            "status 2147549468",
            "id 184467440737095175981",
            "id 18446744073709551616",
            "x18446744073709517598",
            "size 4294941996",
        ] {
            assert_eq!(line(text), [], "{text}");
        }
    }

    #[test]
    fn cssm_names_as_cssm_perror_spells_them() {
        assert_eq!(
            line("error: CSSM_ADDIN_AUTHENTICATE_FAILED"),
            [("CSSM_ADDIN_AUTHENTICATE_FAILED", -2_147_417_828, How::Name)]
        );
    }

    #[test]
    fn prefixless_names_only_on_lines_about_the_framework() {
        assert_eq!(
            line("iOS Keychain Error adding record: MissingEntitlement"),
            [("MissingEntitlement", -34018, How::Name)]
        );
        assert_eq!(
            line("SecKeyChain.Add returned SecStatusCode.ItemNotFound"),
            [("ItemNotFound", -25300, How::Name)]
        );
        assert_eq!(
            line("result is `AuthorizationStatus.ToolExecuteFailure`"),
            [("ToolExecuteFailure", -60031, How::Name)]
        );
        assert_eq!(line("MissingEntitlement"), []);
        assert_eq!(line("ToolExecuteFailure"), []);
        assert_eq!(line("the Keychain said Param"), []);
    }

    #[test]
    fn messages_name_their_codes() {
        for (text, value) in [
            (
                "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.",
                -25300,
            ),
            ("/tmp/App.app: code object is not signed at all", -67062),
            ("x: internal error in Code Signing subsystem", -67048),
            (
                "Failed to save: The user name or passphrase you entered is not correct",
                -25293,
            ),
            // A binding that puts the message mid-sentence in lower case.
            (
                "save failed: the specified item already exists in the keychain",
                -25299,
            ),
            // Swift prints a curly apostrophe.
            ("add: A required entitlement isn\u{2019}t present.", -34018),
        ] {
            let found = line(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!((found[0].1, found[0].2), (value, How::Message), "{text}");
        }
    }

    #[test]
    fn messages_are_whole_words() {
        assert_eq!(line("xcode object is not signed at all"), []);
        assert_eq!(line("code object is not signed at allowed"), []);
    }

    #[test]
    fn short_and_generic_texts_are_left_out() {
        for text in [
            "SSL handshake failure",
            "tls: certificate expired",
            "An internal error occurred.",
            "No error.",
            "internal error",
            "A function has failed.",
        ] {
            assert_eq!(line(text), [], "{text}");
        }
        // The figure EXPLAIN.md and the README give.
        assert_eq!(scanner().left_out_texts(), 121);
    }

    #[test]
    fn a_shared_message_names_each_code_as_ambiguous() {
        let found = scanner()
            .scan_line(b"open: a keychain database's internal information (\"blob\") is invalid");
        let names: Vec<_> = found.iter().map(|found| found.code.name()).collect();
        assert_eq!(
            names,
            [
                "CSSMERR_APPLEDL_INVALID_DATABASE_BLOB",
                "CSSMERR_APPLEDL_INVALID_KEY_BLOB"
            ]
        );
        assert!(found.iter().all(|found| found.ambiguous));
        // Aliases share a value: one code, not ambiguous.
        let found = scanner().scan_line(b"The disk is full.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.name(), "errSecDiskFull");
        assert!(!found[0].ambiguous);
    }

    #[test]
    fn one_finding_per_code_per_line() {
        assert_eq!(
            line("Error Domain=NSOSStatusErrorDomain Code=-34018 \"x\" (OSStatus error -34018.)"),
            [("-34018", -34018, How::Number)]
        );
        assert_eq!(
            line("errSecItemNotFound: status -25300, 0xFFFF9D2C"),
            [("errSecItemNotFound", -25300, How::Name)]
        );
    }

    #[test]
    fn other_domains_and_systems_veto_numbers() {
        for text in [
            "Error Domain=NSURLErrorDomain Code=-25300 \"x\"",
            "Error Domain=NSCocoaErrorDomain Code=-25300",
            "Error Domain=NSPOSIXErrorDomain Code=-25300",
            "Exception from HRESULT: 0x80010001 (RPC_E_CALL_REJECTED)",
            "System.Runtime.InteropServices.COMException (0x80010001): Call was rejected",
            "AVAudioSession error: -50",
            "Failed to activate the audio session, Error Domain=NSOSStatusErrorDomain Code=-50",
            "LSOpenURLsWithRole() failed with error -128",
            "execution error: User canceled. (-128)",
        ] {
            assert_eq!(line(text), [], "{text}");
        }
        // The same number in an OSStatus domain, and a name on a vetoed line, still count.
        assert_eq!(
            line("Error Domain=NSOSStatusErrorDomain Code=-50"),
            [("-50", -50, How::Number)]
        );
        assert_eq!(
            line("Error Domain=com.example.keychain Code=-25300"),
            [("-25300", -25300, How::Number)]
        );
        assert_eq!(
            line("HRESULT 0x80010001 and errSecParam"),
            [("errSecParam", -50, How::Name)]
        );
        assert_eq!(
            line(
                "Error Domain=NSURLErrorDomain Code=-1200 UserInfo={_kCFStreamErrorCodeKey=-9802}"
            ),
            [("-9802", -9802, How::Number)]
        );
    }

    #[test]
    fn how_each_form_is_recognized() {
        assert_eq!(
            line("errSecParam 0xFFFF9D2C status -34 peer host name mismatch"),
            [
                ("errSecParam", -50, How::Name),
                ("0xFFFF9D2C", -25300, How::Hex),
                ("-34", -34, How::Number),
                ("peer host name mismatch", -9843, How::Message),
            ]
        );
    }

    /// The part of `text` between `from` and `to` (both must be there), without its
    /// parenthesized asides (examples, not list items).
    fn section(text: &str, from: &str, to: &str) -> String {
        let start = text.find(from).expect(from) + from.len();
        let length = text[start..].find(to).expect(to);
        let mut depth = 0_u32;
        text[start..start + length]
            .chars()
            .filter(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    }

    /// The `backticked` items of `text`, sorted.
    fn backticked(text: &str) -> Vec<&str> {
        let mut items: Vec<&str> = text.split('`').skip(1).step_by(2).collect();
        items.sort_unstable();
        items
    }

    fn sorted(list: &[&'static str]) -> Vec<&'static str> {
        let mut list = list.to_vec();
        list.sort_unstable();
        list
    }

    #[test]
    fn explain_md_lists_exactly_the_scanner_s_words() {
        let rule = include_str!("../../EXPLAIN.md");
        let generic = section(rule, "say nothing about a code: ", ". That leaves out");
        let generic: Vec<&str> = generic.split(',').map(str::trim).collect();
        assert_eq!(generic, texts::GENERIC_WORDS);
        assert!(rule.contains(&format!(
            "at least {} words of which at least {} are *telling*",
            texts::MIN_WORDS,
            texts::MIN_TELLING_WORDS
        )));
        let markers = section(rule, "only on a\n  line that also says ", " (how .NET");
        assert_eq!(backticked(&markers), sorted(&FRAMEWORK_MARKERS));
        let domains = section(rule, "`OSStatus` values gets no note: ", ". Other domains");
        assert_eq!(backticked(&domains), sorted(&OTHER_DOMAINS));
        let vetoes = section(
            rule,
            "(names and messages still count): ",
            "\n(AppleScript's",
        );
        assert_eq!(backticked(&vetoes), sorted(&NUMBER_VETOES));
    }
}
