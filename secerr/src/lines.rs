//! Reading input a line at a time in bounded memory: a line longer than [`CHUNK`] comes in
//! pieces of at most that size.

use std::io::{self, BufRead, BufReader, Read};

/// The most bytes held of one line at a time (64 KiB). A code split across two pieces of a longer
/// line is missed: the scanner skips matches that touch a cut.
pub const CHUNK: usize = 64 * 1024;

/// One piece of a line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Chunk<'a> {
    /// The bytes, with the line's `\n` when the piece ends the line and the line has one.
    pub bytes: &'a [u8],
    /// The line's number, from 1.
    pub line: u64,
    /// The piece continues a line begun in an earlier piece.
    pub continues: bool,
    /// The line goes on in a later piece (it may turn out empty: a line of exactly
    /// [`CHUNK`] bytes at the end of the input).
    pub more: bool,
}

/// Pieces of lines from a reader, reusing one buffer.
pub(crate) struct Chunks<R> {
    /// The input.
    reader: BufReader<R>,
    /// The current piece, when it is not a whole line lying in `reader`'s buffer.
    buffer: Vec<u8>,
    /// How many bytes of `reader`'s buffer the last piece was read from in place, to consume
    /// before the next one.
    in_place: usize,
    /// The number of the line the next piece belongs to.
    line: u64,
    /// Whether the next piece continues a line.
    mid_line: bool,
}

impl<R: Read> Chunks<R> {
    /// Reads `reader` through a buffer of [`CHUNK`] bytes.
    pub fn new(reader: R) -> Self {
        Self {
            reader: BufReader::with_capacity(CHUNK, reader),
            buffer: Vec::with_capacity(CHUNK),
            in_place: 0,
            line: 1,
            mid_line: false,
        }
    }

    /// Whether the next [`next`](Self::next) may wait for input: the time to flush output, so
    /// that `tail -f log | secerr --explain` shows each line as it comes.
    pub fn may_block(&self) -> bool {
        self.reader.buffer().len() <= self.in_place
    }

    /// The next piece, or `None` at the end of the input.
    ///
    /// A line that ends at the end of the input in the middle of a long line yields a last empty
    /// piece with `more == false`, so that the caller always learns where a line ends.
    pub fn next(&mut self) -> io::Result<Option<Chunk<'_>>> {
        self.reader.consume(std::mem::take(&mut self.in_place));
        self.buffer.clear();
        let continues = self.mid_line;
        // The common case: a whole line already in the reader's buffer is handed out in place,
        // not copied (a copy of every byte cost a few per cent of `--explain`'s time).
        if !continues {
            let available = self.reader.buffer();
            if let Some(newline) = memchr::memchr(b'\n', &available[..available.len().min(CHUNK)]) {
                self.in_place = newline + 1;
                let chunk = Chunk {
                    bytes: &self.reader.buffer()[..=newline],
                    line: self.line,
                    continues: false,
                    more: false,
                };
                self.line += 1;
                return Ok(Some(chunk));
            }
        }
        let ended = loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            if available.is_empty() {
                break true;
            }
            let room = CHUNK - self.buffer.len();
            let window = &available[..available.len().min(room)];
            if let Some(newline) = memchr::memchr(b'\n', window) {
                self.buffer.extend_from_slice(&window[..=newline]);
                self.reader.consume(newline + 1);
                break true;
            }
            let taken = window.len();
            self.buffer.extend_from_slice(window);
            self.reader.consume(taken);
            if self.buffer.len() == CHUNK {
                break false;
            }
        };
        if self.buffer.is_empty() && !continues {
            return Ok(None);
        }
        let chunk = Chunk {
            bytes: &self.buffer,
            line: self.line,
            continues,
            more: !ended,
        };
        self.mid_line = !ended;
        if ended {
            self.line += 1;
        }
        Ok(Some(chunk))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every piece as (bytes, line, continues, more).
    fn pieces(input: &[u8]) -> Vec<(Vec<u8>, u64, bool, bool)> {
        let mut chunks = Chunks::new(input);
        let mut all = Vec::new();
        while let Some(chunk) = chunks.next().unwrap() {
            all.push((
                chunk.bytes.to_vec(),
                chunk.line,
                chunk.continues,
                chunk.more,
            ));
        }
        all
    }

    #[test]
    fn lines_with_and_without_a_final_newline() {
        assert_eq!(
            pieces(b"a\n\nb"),
            [
                (b"a\n".to_vec(), 1, false, false),
                (b"\n".to_vec(), 2, false, false),
                (b"b".to_vec(), 3, false, false),
            ]
        );
        assert_eq!(pieces(b""), []);
        assert_eq!(pieces(b"x\n"), [(b"x\n".to_vec(), 1, false, false)]);
    }

    #[test]
    fn may_block_only_when_the_read_buffer_holds_no_more_input() {
        use std::io::Read as _;
        // Two reads: `chain` hands over its first part, then its second.
        let mut chunks = Chunks::new(b"a\nb\n".chain(&b"c\n"[..]));
        assert!(chunks.may_block());
        let mut seen = Vec::new();
        while let Some(chunk) = chunks.next().unwrap() {
            seen.push((chunk.bytes.to_vec(), chunks.may_block()));
        }
        assert_eq!(
            seen,
            [
                // `b\n` is still in the buffer: no read is needed for it.
                (b"a\n".to_vec(), false),
                // Handed out in place, and nothing after it: the next piece needs a read.
                (b"b\n".to_vec(), true),
                (b"c\n".to_vec(), true),
            ]
        );
    }

    #[test]
    fn a_long_line_comes_in_pieces() {
        let mut input = vec![b'a'; CHUNK * 2 + 5];
        input.extend_from_slice(b"\nnext");
        let got = pieces(&input);
        assert_eq!(got.len(), 4);
        assert_eq!(
            (got[0].0.len(), got[0].1, got[0].2, got[0].3),
            (CHUNK, 1, false, true)
        );
        assert_eq!(
            (got[1].0.len(), got[1].1, got[1].2, got[1].3),
            (CHUNK, 1, true, true)
        );
        assert_eq!(
            (got[2].0.len(), got[2].1, got[2].2, got[2].3),
            (6, 1, true, false)
        );
        assert_eq!(got[3], (b"next".to_vec(), 2, false, false));
    }

    #[test]
    fn a_line_of_exactly_one_chunk_at_the_end_gets_an_empty_last_piece() {
        let got = pieces(&vec![b'a'; CHUNK]);
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].0.len(), got[0].3), (CHUNK, true));
        assert_eq!(got[1], (Vec::new(), 1, true, false));
    }
}
