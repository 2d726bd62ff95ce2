//! Input of `lede analyze`: JSON Lines (`{"id", "text", …}` per line) or plain text
//! (one document per file), from files or stdin, gzip- or zstd-compressed (detected by
//! magic bytes). Every input line or file becomes exactly one [`Record`], a document or
//! an error that names where it came from (file and line), so that no input is lost.

use std::{
    fs::File,
    io::{self, BufRead, BufReader, Read},
    path::{Path, PathBuf},
};

use anyhow::Context as _;

/// How input is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// JSON Lines when the content starts with `{`, plain text otherwise.
    Auto,
    /// One JSON object per line with `id` and `text`.
    Jsonl,
    /// The whole input is one document; its id is the file name (`-` for stdin).
    Text,
}

/// One document read from the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub id: String,
    pub text: String,
}

/// One unit of input: a document or the reason it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Doc(Doc),
    /// `id` is the line's id when it could be read, else empty.
    Bad {
        id: String,
        reason: String,
    },
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
}

/// Parses one JSON line.
pub fn parse_json_line(line: &[u8], origin: &str) -> Record {
    let line = match std::str::from_utf8(line) {
        Ok(s) => s,
        Err(e) => {
            return Record::Bad {
                id: String::new(),
                reason: format!("{origin}: invalid UTF-8 at byte {}", e.valid_up_to()),
            }
        }
    };
    let parsed: JsonDoc = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return Record::Bad {
                id: String::new(),
                reason: format!("{origin}: not a JSON object with id and text: {e}"),
            }
        }
    };
    let id = match parsed.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Record::Bad { id: String::new(), reason: format!("{origin}: \"id\" must be a string or a number") }
        }
        None => return Record::Bad { id: String::new(), reason: format!("{origin}: \"id\" is missing") },
    };
    match parsed.text {
        Some(text) => Record::Doc(Doc { id, text }),
        None => Record::Bad { id, reason: format!("{origin}: \"text\" is missing") },
    }
}

/// Opens a path (`-` = stdin), undoing gzip or zstd compression.
pub fn open(path: &Path) -> anyhow::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path == Path::new("-") {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path).with_context(|| format!("cannot open {}", path.display()))?)
    };
    let mut buf = BufReader::with_capacity(1 << 16, raw);
    let head = buf.fill_buf().with_context(|| format!("cannot read {}", path.display()))?;
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(buf)))
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Box::new(BufReader::with_capacity(1 << 16, MultiZstd { source: Some(buf), frame: None }))
    } else {
        Box::new(buf)
    })
}

/// Decodes a zstd stream of one or more frames.
struct MultiZstd<R: BufRead> {
    source: Option<R>,
    frame: Option<ruzstd::decoding::StreamingDecoder<R, ruzstd::decoding::FrameDecoder>>,
}

impl<R: BufRead> Read for MultiZstd<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(frame) = self.frame.as_mut() {
                let n = frame.read(out)?;
                if n > 0 || out.is_empty() {
                    return Ok(n);
                }
                self.source = Some(self.frame.take().expect("frame is set").into_inner());
            }
            let Some(mut src) = self.source.take() else { return Ok(0) };
            if src.fill_buf()?.is_empty() {
                return Ok(0);
            }
            let dec = ruzstd::decoding::StreamingDecoder::new(src)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("zstd: {e}")))?;
            self.frame = Some(dec);
        }
    }
}

/// Reads the inputs in order and hands each record to `sink`, numbered from 0 across
/// all inputs. Stops early when `sink` returns false. I/O errors on a whole input (not
/// found, truncated compression) are returned: they are not a document's fault.
pub fn read_all(paths: &[PathBuf], format: InputFormat, mut sink: impl FnMut(Record) -> bool) -> anyhow::Result<()> {
    let stdin = [PathBuf::from("-")];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    for path in paths {
        let mut reader = open(path)?;
        let name = path.display().to_string();
        let fmt = match format {
            InputFormat::Auto => {
                let head = reader.fill_buf().with_context(|| format!("cannot read {name}"))?;
                let first = head.iter().find(|b| !b.is_ascii_whitespace());
                if first == Some(&b'{') {
                    InputFormat::Jsonl
                } else {
                    InputFormat::Text
                }
            }
            f => f,
        };
        if fmt == InputFormat::Text {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes).with_context(|| format!("cannot read {name}"))?;
            let rec = match String::from_utf8(bytes) {
                Ok(text) => Record::Doc(Doc { id: name.clone(), text }),
                Err(e) => Record::Bad {
                    id: name.clone(),
                    reason: format!("{name}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
                },
            };
            if !sink(rec) {
                return Ok(());
            }
            continue;
        }
        let mut line = Vec::new();
        let mut n = 0u64;
        loop {
            line.clear();
            let got =
                reader.read_until(b'\n', &mut line).with_context(|| format!("cannot read {name} after line {n}"))?;
            if got == 0 {
                break;
            }
            n += 1;
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue; // blank lines separate nothing
            }
            if !sink(parse_json_line(&line, &format!("{name}:{n}"))) {
                return Ok(());
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn json_line_errors_name_the_line() {
        assert_eq!(
            parse_json_line(br#"{"id":"a","text":"Hi."}"#, "f:1"),
            Record::Doc(Doc { id: "a".into(), text: "Hi.".into() })
        );
        assert_eq!(
            parse_json_line(br#"{"id":7,"text":"Hi."}"#, "f:1"),
            Record::Doc(Doc { id: "7".into(), text: "Hi.".into() })
        );
        let Record::Bad { reason, .. } = parse_json_line(b"{nope", "f:3") else { panic!() };
        assert!(reason.starts_with("f:3: "), "{reason}");
        let Record::Bad { reason, .. } = parse_json_line(b"{\"id\":\"x\",\"text\":\"\xff\"}", "f:4") else { panic!() };
        assert!(reason.contains("invalid UTF-8"), "{reason}");
        let Record::Bad { reason, .. } = parse_json_line(br#"{"id":"x","text":"\ud800"}"#, "f:5") else { panic!() };
        assert!(reason.contains("f:5"), "{reason}");
        let Record::Bad { id, reason } = parse_json_line(br#"{"id":"x"}"#, "f:6") else { panic!() };
        assert_eq!(id, "x");
        assert!(reason.contains("text"));
    }

    #[test]
    fn reads_gzip_jsonl_and_keeps_every_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("in.jsonl.gz");
        let mut gz = flate2::write::GzEncoder::new(File::create(&p).unwrap(), flate2::Compression::fast());
        gz.write_all(b"{\"id\":\"a\",\"text\":\"One.\"}\n\nnot json\n{\"id\":\"b\",\"text\":\"Two.\"}\n").unwrap();
        gz.finish().unwrap();
        let mut got = Vec::new();
        read_all(&[p], InputFormat::Auto, |r| {
            got.push(r);
            true
        })
        .unwrap();
        assert_eq!(got.len(), 3);
        assert!(matches!(&got[1], Record::Bad { reason, .. } if reason.contains(".gz:3: ")), "{:?}", got[1]);
        assert_eq!(got[2], Record::Doc(Doc { id: "b".into(), text: "Two.".into() }));
    }

    #[test]
    fn reads_multi_frame_zstd() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("in.jsonl.zst");
        let mut bytes = ruzstd::encoding::compress_to_vec(
            &b"{\"id\":\"a\",\"text\":\"One.\"}\n"[..],
            ruzstd::encoding::CompressionLevel::Fastest,
        );
        bytes.extend(ruzstd::encoding::compress_to_vec(
            &b"{\"id\":\"b\",\"text\":\"Two.\"}\n"[..],
            ruzstd::encoding::CompressionLevel::Fastest,
        ));
        std::fs::write(&p, bytes).unwrap();
        let mut ids = Vec::new();
        read_all(&[p], InputFormat::Auto, |r| {
            if let Record::Doc(d) = r {
                ids.push(d.id);
            }
            true
        })
        .unwrap();
        assert_eq!(ids, ["a", "b"], "both frames are read");
    }

    #[test]
    fn plain_text_file_is_one_document() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("story.txt");
        std::fs::write(&p, "Headline\n\nBody one. Body two.\n").unwrap();
        let mut got = Vec::new();
        read_all(std::slice::from_ref(&p), InputFormat::Auto, |r| {
            got.push(r);
            true
        })
        .unwrap();
        assert_eq!(
            got,
            vec![Record::Doc(Doc { id: p.display().to_string(), text: "Headline\n\nBody one. Body two.\n".into() })]
        );
    }
}
