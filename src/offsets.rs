//! Offset conversion: the core's UTF-8 byte offsets → the unit a caller asked for
//! (UTF-8 bytes, UTF-16 code units, Unicode code points).
//!
//! An [`OffsetMapper`] is built once per document in one linear pass (nothing for
//! ASCII text or byte offsets) and answers each query in O(1): it keeps the unit count
//! at every 64-byte checkpoint and counts the few bytes after it.

/// The unit of offsets in a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    Utf8,
    Utf16,
    CodePoint,
}

const STRIDE: usize = 64;

/// Converts byte offsets of one text to another unit.
#[derive(Debug)]
pub struct OffsetMapper<'a> {
    bytes: &'a [u8],
    unit: OffsetUnit,
    /// `checkpoints[k]` = units in `bytes[..k * STRIDE]` (counting chars that start there).
    /// Empty when the conversion is the identity.
    checkpoints: Vec<u32>,
}

/// Units contributed by the char whose first byte is `b` (0 for continuation bytes).
#[inline]
fn units(b: u8, unit: OffsetUnit) -> u32 {
    match unit {
        OffsetUnit::Utf8 => 1,
        OffsetUnit::CodePoint => u32::from((b & 0xC0) != 0x80),
        OffsetUnit::Utf16 => u32::from((b & 0xC0) != 0x80) + u32::from(b >= 0xF0),
    }
}

impl<'a> OffsetMapper<'a> {
    /// A mapper for `text` into `unit`.
    pub fn new(text: &'a str, unit: OffsetUnit) -> OffsetMapper<'a> {
        let bytes = text.as_bytes();
        let identity = unit == OffsetUnit::Utf8 || text.is_ascii();
        let checkpoints = if identity {
            Vec::new()
        } else {
            let mut cps = Vec::with_capacity(bytes.len() / STRIDE + 1);
            let mut acc = 0u32;
            for chunk in bytes.chunks(STRIDE) {
                cps.push(acc);
                acc += chunk.iter().map(|&b| units(b, unit)).sum::<u32>();
            }
            cps.push(acc);
            cps
        };
        OffsetMapper { bytes, unit, checkpoints }
    }

    /// The offset in the target unit of byte offset `byte` (which must be a char
    /// boundary of the text, `<= len`).
    #[inline]
    pub fn map(&self, byte: usize) -> u32 {
        debug_assert!(byte <= self.bytes.len());
        if self.checkpoints.is_empty() {
            return byte as u32;
        }
        let k = byte / STRIDE;
        let base = self.checkpoints[k];
        base + self.bytes[k * STRIDE..byte].iter().map(|&b| units(b, self.unit)).sum::<u32>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str, byte: usize, unit: OffsetUnit) -> u32 {
        let s = &text[..byte];
        match unit {
            OffsetUnit::Utf8 => s.len() as u32,
            OffsetUnit::Utf16 => s.encode_utf16().count() as u32,
            OffsetUnit::CodePoint => s.chars().count() as u32,
        }
    }

    #[test]
    fn emoji_and_accents() {
        let t = "Zoë said 😀 hi";
        let b = t.find("hi").unwrap();
        assert_eq!(OffsetMapper::new(t, OffsetUnit::Utf8).map(b), 15);
        assert_eq!(OffsetMapper::new(t, OffsetUnit::CodePoint).map(b), 11);
        assert_eq!(OffsetMapper::new(t, OffsetUnit::Utf16).map(b), 12);
    }

    proptest! {
        #[test]
        fn matches_reference(text in "\\PC{0,300}", picks in proptest::collection::vec(0usize..400, 0..20)) {
            for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::CodePoint] {
                let m = OffsetMapper::new(&text, unit);
                let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
                bounds.push(text.len());
                for p in &picks {
                    let b = bounds[p % bounds.len()];
                    prop_assert_eq!(m.map(b), reference(&text, b, unit));
                }
            }
        }
    }
}
