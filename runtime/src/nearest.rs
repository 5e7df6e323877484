//! The catalogue name nearest to a string that names no code, for [`ParseCodeError`]: a bounded
//! edit distance on the stack, run only when parsing has failed.
//!
//! [`ParseCodeError`]: crate::ParseCodeError

use crate::rules::MAX_NAME_LEN;

/// Family prefixes, longest first, as typed in any case.
const PREFIXES: [&str; 3] = ["cssmerr_", "errsec", "err"];

/// The nearest name to `text`, if it is at most a few edits away (one per three characters of
/// the name past its family prefix, at most three: a typo or two, not another name). A text with
/// a family prefix is compared with the Apple names, one without with the short names
/// (`ItemNotFound`). Ties go to the first in catalogue order.
pub(crate) fn nearest_name(text: &str) -> Option<&'static str> {
    let wanted = text.as_bytes();
    if wanted.is_empty() || wanted.len() > MAX_NAME_LEN {
        return None;
    }
    let prefix = PREFIXES
        .iter()
        .find(|prefix| {
            wanted
                .get(..prefix.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
        })
        .map_or(0, |prefix| prefix.len());
    let limit = ((wanted.len() - prefix) / 3).clamp(1, 3);
    let mut best: Option<(usize, &'static str)> = None;
    for info in crate::catalogue() {
        let candidate = if prefix > 0 {
            info.name()
        } else {
            info.short_name()
        };
        let candidate = candidate.as_bytes();
        let bound = best.map_or(limit, |(distance, _)| distance.saturating_sub(1));
        if candidate.len().abs_diff(wanted.len()) > bound {
            continue;
        }
        if let Some(distance) = distance_within(wanted, candidate, bound) {
            best = Some((distance, info.name()));
            if distance == 0 {
                break;
            }
        }
    }
    best.map(|(_, name)| name)
}

/// The edit distance between `a` and `b` ignoring ASCII case (insertions, deletions,
/// substitutions and swaps of neighbours), if it is at most `bound`. Both are at most
/// `MAX_NAME_LEN` bytes; three rows of the table live on the stack.
fn distance_within(a: &[u8], b: &[u8], bound: usize) -> Option<usize> {
    const ROW: usize = MAX_NAME_LEN + 1;
    if a.len() > MAX_NAME_LEN || b.len() > MAX_NAME_LEN {
        return None;
    }
    let same = |i: usize, j: usize| a[i].eq_ignore_ascii_case(&b[j]);
    let mut before = [0usize; ROW];
    let mut previous = [0usize; ROW];
    let mut current = [0usize; ROW];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(!same(i - 1, j - 1));
            let mut cell = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && same(i - 1, j - 2) && same(i - 2, j - 1) {
                cell = cell.min(before[j - 2] + 1);
            }
            current[j] = cell;
            row_min = row_min.min(cell);
        }
        // Every later row is at least this row's minimum: give up early.
        if row_min > bound {
            return None;
        }
        before = previous;
        previous = current;
    }
    let distance = previous[b.len()];
    (distance <= bound).then_some(distance)
}
