//! Scanning a reader line by line in constant memory, one finding per code per line.

use std::io::{self, Read};

use crate::lines::Chunks;
use crate::scan::{Cuts, Finding, Scanner, first_of_value};

/// One piece of a line and the codes first mentioned in it.
///
/// A line up to [`CHUNK`](crate::CHUNK) bytes long is one piece; a longer line comes in pieces of
/// at most that size, and a code that straddles two pieces is missed.
#[derive(Debug)]
#[non_exhaustive]
pub struct Piece<'a> {
    /// The bytes, exactly as read, with the line's `\n` when the piece ends the line.
    pub bytes: &'a [u8],
    /// The line's number, from 1.
    pub line: u64,
    /// Where `bytes` starts in its line, in bytes (0 unless the line is longer than a piece).
    pub offset: usize,
    /// The line goes on in the next piece.
    pub more: bool,
    /// The codes found in `bytes` and not already found earlier on the same line, in order;
    /// `start` and `end` are offsets in `bytes`.
    pub findings: &'a [Finding],
}

/// Reads lines from a reader and finds the codes of each, holding at most one piece of a line
/// (64 KiB) and one finding per catalogue value at a time.
///
/// ```
/// let scanner = secerr::Scanner::new();
/// let log = &b"ok\nSecItemCopyMatching: OSStatus error -25300\n"[..];
/// let mut lines = secerr::LineScanner::new(&scanner, log);
/// let mut names = Vec::new();
/// while let Some(piece) = lines.next_piece()? {
///     names.extend(piece.findings.iter().map(|found| (piece.line, found.code.name())));
/// }
/// assert_eq!(names, [(2, "errSecItemNotFound")]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct LineScanner<'s, R> {
    /// The matcher.
    scanner: &'s Scanner,
    /// The input, in pieces.
    chunks: Chunks<R>,
    /// The findings of the current piece.
    found: Vec<Finding>,
    /// The values already found on the current line.
    seen: Vec<i32>,
    /// Where the next piece starts in its line.
    offset: usize,
}

impl<R> std::fmt::Debug for LineScanner<'_, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LineScanner")
            .field("offset", &self.offset)
            .finish_non_exhaustive()
    }
}

impl<'s, R: Read> LineScanner<'s, R> {
    /// Scans `reader` with `scanner`.
    pub fn new(scanner: &'s Scanner, reader: R) -> Self {
        Self {
            scanner,
            chunks: Chunks::new(reader),
            found: Vec::new(),
            seen: Vec::new(),
            offset: 0,
        }
    }

    /// Whether the next [`next_piece`](Self::next_piece) may wait for input: the time to flush
    /// output that a person may be watching (`tail -f log | secerr --explain`).
    #[must_use]
    pub fn may_block(&self) -> bool {
        self.chunks.may_block()
    }

    /// The next piece with its findings, or `None` at the end of the input.
    ///
    /// # Errors
    /// The reader's error; reading may go on afterwards if the reader allows it.
    pub fn next_piece(&mut self) -> io::Result<Option<Piece<'_>>> {
        let Some(chunk) = self.chunks.next()? else {
            return Ok(None);
        };
        if !chunk.continues {
            self.seen.clear();
            self.offset = 0;
        }
        self.found.clear();
        let cuts = Cuts {
            before: chunk.continues,
            after: chunk.more,
        };
        self.scanner.scan(chunk.bytes, cuts, &mut self.found);
        let seen = &mut self.seen;
        self.found.retain(|finding| first_of_value(seen, finding));
        let offset = self.offset;
        self.offset += chunk.bytes.len();
        Ok(Some(Piece {
            bytes: chunk.bytes,
            line: chunk.line,
            offset,
            more: chunk.more,
            findings: &self.found,
        }))
    }

    /// Calls `each` with the line number and every finding of the rest of the input, in order;
    /// the finding's `start` and `end` are byte offsets in its line.
    ///
    /// ```
    /// let scanner = secerr::Scanner::new();
    /// let output = "signing App.app\nApp.app: errSecInternalComponent\n";
    /// let mut found = Vec::new();
    /// secerr::LineScanner::new(&scanner, output.as_bytes())
    ///     .for_each(|line, finding| found.push((line, finding.start, finding.code.value())))?;
    /// assert_eq!(found, [(2, 9, -2070)]);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    ///
    /// # Errors
    /// The reader's first error, after which nothing more is read.
    pub fn for_each(mut self, mut each: impl FnMut(u64, Finding)) -> io::Result<()> {
        while let Some(piece) = self.next_piece()? {
            for finding in piece.findings {
                each(
                    piece.line,
                    Finding {
                        start: finding.start + piece.offset,
                        end: finding.end + piece.offset,
                        ..*finding
                    },
                );
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CHUNK;

    /// (line, offset in the line, value) of every finding of `input`.
    fn findings(input: &[u8]) -> Vec<(u64, usize, i32)> {
        let scanner = Scanner::new();
        let mut all = Vec::new();
        LineScanner::new(&scanner, input)
            .for_each(|line, found| all.push((line, found.start, found.code.value())))
            .unwrap();
        all
    }

    #[test]
    fn one_finding_per_code_per_line_across_pieces() {
        let mut input = b"status -25300 ".to_vec();
        input.extend(std::iter::repeat_n(b'.', CHUNK));
        input.extend_from_slice(b" errSecItemNotFound errSecParam\nerrSecItemNotFound\n");
        let start = CHUNK + 14 + 1 + 19;
        assert_eq!(
            findings(&input),
            [(1, 7, -25300), (1, start, -50), (2, 0, -25300)]
        );
    }

    #[test]
    fn pieces_carry_the_bytes_and_their_place() {
        let scanner = Scanner::new();
        let mut lines = LineScanner::new(&scanner, &b"a\nb errSecParam"[..]);
        let first = lines.next_piece().unwrap().unwrap();
        assert_eq!(
            (first.bytes, first.line, first.offset, first.more),
            (&b"a\n"[..], 1, 0, false)
        );
        assert!(first.findings.is_empty());
        let second = lines.next_piece().unwrap().unwrap();
        assert_eq!(second.line, 2);
        assert_eq!(second.findings.len(), 1);
        assert_eq!(
            &second.bytes[second.findings[0].start..second.findings[0].end],
            b"errSecParam"
        );
        assert!(lines.next_piece().unwrap().is_none());
    }

    #[test]
    fn a_read_error_is_returned() {
        /// A reader that always fails.
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("boom"))
            }
        }
        let scanner = Scanner::new();
        let error = LineScanner::new(&scanner, Broken)
            .for_each(|_, _| {})
            .unwrap_err();
        assert_eq!(error.to_string(), "boom");
    }
}
