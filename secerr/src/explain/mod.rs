//! `--explain`: copy text through unchanged and note each result code it mentions, or (JSON
//! mode) write one object per code found, one per line. What is recognized and what a note
//! looks like is `EXPLAIN.md`'s, the rule's one home; the findings are the library's
//! (`secerr::LineScanner`); this module reads the inputs and writes the notes.

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Write};

use secerr::{Finding, LineScanner, Piece, Scanner};
use serde_json::Value;

use crate::catalogue::Entry;
use crate::catalogue::Hex;
use crate::output::warn;
use crate::render::{Tail, fields};

/// The name that stands for standard input.
const STDIN: &str = "-";

/// What a note adds when the message it matched is the text of several codes.
const AMBIGUOUS: &str = " (ambiguous: this message is the text of several codes)";

/// Why explaining stopped.
#[derive(Debug)]
enum Failure {
    /// The input could not be read: reported, and the next input is tried.
    Read(io::Error),
    /// The output could not be written: nothing more can be done.
    Write(io::Error),
}

/// Explains each input in turn (standard input for none, or for `-`) onto `out`.
///
/// Returns whether every input was read to its end (one that could not be is reported on stderr
/// with its name), or the error that stopped writing.
pub fn explain(inputs: &[OsString], json: bool, out: &mut dyn Write) -> io::Result<bool> {
    let stdin = [OsString::from(STDIN)];
    let inputs = if inputs.is_empty() {
        &stdin[..]
    } else {
        inputs
    };
    let mut explainer = Explainer::new(json);
    let mut all_read = true;
    for input in inputs {
        let name = input.to_string_lossy();
        let result = if input == STDIN {
            explainer.one(&name, io::stdin().lock(), out)
        } else {
            File::open(input)
                .map_err(Failure::Read)
                .and_then(|file| explainer.one(&name, file, out))
        };
        match result {
            Ok(()) => {}
            Err(Failure::Read(error)) => {
                warn(format_args!("{name}: {error}"));
                all_read = false;
            }
            Err(Failure::Write(error)) => return Err(error),
        }
    }
    Ok(all_read)
}

/// The state reused across lines and inputs: the scanner, and buffers allocated once.
struct Explainer {
    /// The matcher.
    scanner: Scanner,
    /// What is written, and what waits for the end of a line.
    notes: Notes,
}

/// The output side: the notes of the current line until it ends (text mode), or its JSON objects.
struct Notes {
    /// JSON objects instead of the text and notes.
    json: bool,
    /// The codes of the current line, waiting for its end (text mode), and whether each came
    /// from an ambiguous message. The scanner finds a code once per line, so this holds at most
    /// one entry per catalogue value, however long the line.
    pending: Vec<(Entry, bool)>,
    /// Characters of the current line in the pieces before this one (JSON columns).
    chars_before: usize,
}

impl Explainer {
    /// A fresh explainer; builds the scanner.
    fn new(json: bool) -> Self {
        Self {
            scanner: Scanner::new(),
            notes: Notes {
                json,
                pending: Vec::new(),
                chars_before: 0,
            },
        }
    }

    /// Explains one input named `name`.
    fn one(&mut self, name: &str, reader: impl Read, out: &mut dyn Write) -> Result<(), Failure> {
        let mut lines = LineScanner::new(&self.scanner, reader);
        let notes = &mut self.notes;
        notes.pending.clear();
        notes.chars_before = 0;
        let result = loop {
            if lines.may_block() {
                out.flush().map_err(Failure::Write)?;
            }
            let piece = match lines.next_piece() {
                Ok(Some(piece)) => piece,
                Ok(None) => break Ok(()),
                Err(error) => break Err(Failure::Read(error)),
            };
            let written = if notes.json {
                notes.json_piece(name, &piece, out)
            } else {
                notes.text_piece(&piece, out)
            };
            written.map_err(Failure::Write)?;
        };
        // Input that broke off mid-line still gets the notes gathered for that line.
        if !notes.pending.is_empty() {
            out.write_all(b"\n").map_err(Failure::Write)?;
            notes.write_notes(out).map_err(Failure::Write)?;
        }
        result
    }
}

impl Notes {
    /// Text mode: the piece unchanged, and the line's notes once it ends.
    fn text_piece(&mut self, piece: &Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(piece.bytes)?;
        self.pending.extend(
            piece
                .findings
                .iter()
                .map(|finding| (Entry::from_info(finding.code), finding.ambiguous)),
        );
        if piece.more || self.pending.is_empty() {
            return Ok(());
        }
        if !piece.bytes.ends_with(b"\n") {
            // The last line had no newline; the notes still need lines of their own.
            out.write_all(b"\n")?;
        }
        self.write_notes(out)
    }

    /// Writes and forgets the pending notes.
    fn write_notes(&mut self, out: &mut dyn Write) -> io::Result<()> {
        for (entry, ambiguous) in self.pending.iter() {
            let mark = if *ambiguous { AMBIGUOUS } else { "" };
            writeln!(
                out,
                "    ^ {} {} {}{mark}",
                entry.value,
                Hex(entry.value),
                Tail(entry)
            )?;
        }
        self.pending.clear();
        Ok(())
    }

    /// JSON mode: one object per finding.
    fn json_piece(&mut self, name: &str, piece: &Piece<'_>, out: &mut dyn Write) -> io::Result<()> {
        for finding in piece.findings {
            serde_json::to_writer(&mut *out, &self.object(name, piece, finding))?;
            out.write_all(b"\n")?;
        }
        self.chars_before = if piece.more {
            self.chars_before + chars(piece.bytes)
        } else {
            0
        };
        Ok(())
    }

    /// The JSON object of one finding.
    fn object(&self, name: &str, piece: &Piece<'_>, finding: &Finding) -> Value {
        let column = self.chars_before + chars(&piece.bytes[..finding.start]) + 1;
        let mut object = fields(&Entry::from_info(finding.code));
        object.insert("file".into(), name.into());
        object.insert("line".into(), piece.line.into());
        object.insert("column".into(), column.into());
        let matched = String::from_utf8_lossy(&piece.bytes[finding.start..finding.end]);
        object.insert("match".into(), matched.into());
        object.insert("recognized_by".into(), finding.how.as_str().into());
        object.insert("ambiguous".into(), finding.ambiguous.into());
        Value::Object(object)
    }
}

/// The characters of `bytes` decoded lossily (an invalid sequence counts as one `U+FFFD`).
fn chars(bytes: &[u8]) -> usize {
    String::from_utf8_lossy(bytes).chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Explains `input` as if it were one file, in text or JSON mode.
    fn run(input: &[u8], json: bool) -> Vec<u8> {
        let mut out = Vec::new();
        Explainer::new(json).one("in", input, &mut out).unwrap();
        out
    }

    const NOTE: &str = "    ^ -25300 0xFFFF9D2C errSecItemNotFound [keychain] \
                        The specified item could not be found in the keychain.\n";

    #[test]
    fn text_without_codes_is_unchanged_byte_for_byte() {
        for input in [
            &b""[..],
            b"a\n",
            b"a\nb",
            b"\xFF\xFE bad\n\r\n",
            b"no newline",
        ] {
            assert_eq!(run(input, false), input);
        }
    }

    #[test]
    fn notes_follow_their_line() {
        let out = run(b"one\nOSStatus -25300 here\nthree\n", false);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("one\nOSStatus -25300 here\n{NOTE}three\n")
        );
    }

    #[test]
    fn a_last_line_without_newline_gets_one_before_its_notes() {
        let out = run(b"x\xFF error -25300", false);
        let mut expected = b"x\xFF error -25300\n".to_vec();
        expected.extend_from_slice(NOTE.as_bytes());
        assert_eq!(out, expected);
    }

    #[test]
    fn a_long_line_keeps_its_notes_until_it_ends() {
        let mut input = b"status -25300 ".to_vec();
        input.extend(std::iter::repeat_n(b'.', secerr::CHUNK * 2));
        input.extend_from_slice(b" errSecDskFull\nnext\n");
        let out = run(&input, false);
        let mut expected = input[..input.len() - 5].to_vec();
        expected.extend_from_slice(NOTE.as_bytes());
        expected.extend_from_slice(
            b"    ^ -34 0xFFFFFFDE errSecDskFull [system] The disk is full. \
              (deprecated; use errSecDiskFull)\nnext\n",
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn a_line_naming_the_whole_catalogue_gets_one_note_per_value() {
        let names: Vec<&str> = sec_codes::catalogue().map(|code| code.name()).collect();
        let mut values: Vec<i32> = sec_codes::catalogue().map(|code| code.value()).collect();
        values.sort_unstable();
        values.dedup();
        let line = names.join(" ") + "\n";
        let out = String::from_utf8(run(line.as_bytes(), false)).unwrap();
        let notes: Vec<&str> = out.lines().skip(1).collect();
        assert_eq!(notes.len(), values.len());
        assert!(notes.iter().all(|note| note.starts_with("    ^ ")));
    }

    #[test]
    fn json_columns_count_characters() {
        // `é`, a literal U+FFFD and an invalid byte: one character each.
        let out = run(b"ok\n\xC3\xA9 \xEF\xBF\xBD\xFF (-25300) errSecParam", true);
        let lines: Vec<Value> = out
            .split(|&b| b == b'\n')
            .filter(|line| !line.is_empty())
            .map(|line| serde_json::from_slice(line).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["line"], 2);
        assert_eq!(lines[0]["column"], 7);
        assert_eq!(lines[0]["match"], "-25300");
        assert_eq!(lines[0]["name"], "errSecItemNotFound");
        assert_eq!(lines[0]["file"], "in");
        assert_eq!(lines[1]["column"], 15);
        assert_eq!(lines[1]["match"], "errSecParam");
        assert_eq!(lines[1]["value"], -50);
    }
}
