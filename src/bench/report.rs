//! What a load run measured: a [`Recorder`] per client task (no shared locks on the hot
//! path), merged into a [`Report`] with throughput (requests/s, MB/s, words/s),
//! latency percentiles of successful and failed calls, and error counts by gRPC status
//! code; printed as a human table or as JSON.

use std::{collections::BTreeMap, fmt::Write as _, time::Duration};

use serde::Serialize;

/// Outcomes recorded by one client task.
#[derive(Debug, Default, Clone)]
pub struct Recorder {
    ok_latency_us: Vec<u32>,
    err_latency_us: Vec<u32>,
    codes: BTreeMap<String, u64>,
    ok_bytes: u64,
    ok_words: u64,
}

impl Recorder {
    /// One successful call (or stream document) of `bytes` bytes and `words` words.
    pub fn ok(&mut self, latency: Duration, bytes: usize, words: usize) {
        self.ok_latency_us.push(micros(latency));
        self.ok_bytes += bytes as u64;
        self.ok_words += words as u64;
    }

    /// One failed call (or stream document) with its gRPC status code.
    pub fn error(&mut self, latency: Duration, code: tonic::Code) {
        self.err_latency_us.push(micros(latency));
        *self.codes.entry(code_name(code)).or_default() += 1;
    }

    /// Adds `other`'s outcomes to these.
    pub fn merge(&mut self, other: Recorder) {
        self.ok_latency_us.extend(other.ok_latency_us);
        self.err_latency_us.extend(other.err_latency_us);
        for (c, n) in other.codes {
            *self.codes.entry(c).or_default() += n;
        }
        self.ok_bytes += other.ok_bytes;
        self.ok_words += other.ok_words;
    }

    /// Calls recorded so far.
    pub fn calls(&self) -> u64 {
        (self.ok_latency_us.len() + self.err_latency_us.len()) as u64
    }
}

fn micros(d: Duration) -> u32 {
    d.as_micros().min(u128::from(u32::MAX)) as u32
}

/// The SCREAMING_SNAKE name of a gRPC code, as in the spec ("RESOURCE_EXHAUSTED").
pub fn code_name(code: tonic::Code) -> String {
    let camel = format!("{code:?}");
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    if code == tonic::Code::Ok {
        out = "OK".into();
    }
    out
}

/// Latency percentiles in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Latency {
    pub count: u64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

impl Latency {
    fn of(mut us: Vec<u32>) -> Latency {
        if us.is_empty() {
            return Latency::default();
        }
        us.sort_unstable();
        // Nearest-rank percentile.
        let at = |p: f64| {
            let rank = ((p / 100.0) * us.len() as f64).ceil().max(1.0) as usize;
            f64::from(us[rank.min(us.len()) - 1]) / 1e3
        };
        Latency {
            count: us.len() as u64,
            p50_ms: at(50.0),
            p90_ms: at(90.0),
            p99_ms: at(99.0),
            max_ms: f64::from(*us.last().unwrap_or(&0)) / 1e3,
        }
    }
}

/// The result of a load run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// `unary` or `stream`.
    pub mode: String,
    pub target: String,
    pub concurrency: usize,
    /// Calls (unary) or documents (stream) that got an answer, OK or not.
    pub requests: u64,
    pub ok: u64,
    pub errors: u64,
    /// Errors by gRPC status code name.
    pub errors_by_code: BTreeMap<String, u64>,
    pub elapsed_s: f64,
    /// Answered calls per second (OK or not).
    pub requests_per_s: f64,
    /// Successful calls per second.
    pub ok_per_s: f64,
    /// Megabytes (10^6) of text analysed successfully per second.
    pub mb_per_s: f64,
    /// Words of text analysed successfully per second.
    pub words_per_s: f64,
    /// Mean size of the documents analysed successfully, in bytes.
    pub mean_doc_bytes: f64,
    /// Latency of successful calls (stream: send to result of each document).
    pub latency_ok: Latency,
    /// Latency of failed calls (e.g. how fast overload is shed).
    pub latency_errors: Latency,
    /// The stream-level error that ended a stream early, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_error: Option<String>,
}

impl Report {
    /// Builds the report of `rec` over `elapsed`.
    pub fn new(mode: &str, target: &str, concurrency: usize, rec: Recorder, elapsed: Duration) -> Report {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let ok = rec.ok_latency_us.len() as u64;
        let errors = rec.err_latency_us.len() as u64;
        Report {
            mode: mode.into(),
            target: target.into(),
            concurrency,
            requests: ok + errors,
            ok,
            errors,
            errors_by_code: rec.codes,
            elapsed_s: secs,
            requests_per_s: (ok + errors) as f64 / secs,
            ok_per_s: ok as f64 / secs,
            mb_per_s: rec.ok_bytes as f64 / 1e6 / secs,
            words_per_s: rec.ok_words as f64 / secs,
            mean_doc_bytes: if ok == 0 { 0.0 } else { rec.ok_bytes as f64 / ok as f64 },
            latency_ok: Latency::of(rec.ok_latency_us),
            latency_errors: Latency::of(rec.err_latency_us),
            stream_error: None,
        }
    }

    /// The human table.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "lede bench: {} against {} (concurrency {})", self.mode, self.target, self.concurrency);
        let _ = writeln!(s, "  {:<18} {:>12}", "requests", self.requests);
        let _ = writeln!(s, "  {:<18} {:>12}", "ok", self.ok);
        let _ = writeln!(s, "  {:<18} {:>12}", "errors", self.errors);
        for (code, n) in &self.errors_by_code {
            let _ = writeln!(s, "    {code:<16} {n:>12}");
        }
        let _ = writeln!(s, "  {:<18} {:>12.2}", "elapsed s", self.elapsed_s);
        let _ = writeln!(s, "  {:<18} {:>12.1}", "requests/s", self.requests_per_s);
        let _ = writeln!(s, "  {:<18} {:>12.1}", "ok/s", self.ok_per_s);
        let _ = writeln!(s, "  {:<18} {:>12.2}", "MB/s", self.mb_per_s);
        let _ = writeln!(s, "  {:<18} {:>12.0}", "words/s", self.words_per_s);
        let _ = writeln!(s, "  {:<18} {:>12.0}", "mean doc bytes", self.mean_doc_bytes);
        let _ = writeln!(s, "  {:<18} {:>9} {:>9} {:>9} {:>9}", "latency ms", "p50", "p90", "p99", "max");
        for (name, l) in [("ok", &self.latency_ok), ("errors", &self.latency_errors)] {
            if l.count > 0 {
                let _ = writeln!(
                    s,
                    "    {name:<16} {:>9.2} {:>9.2} {:>9.2} {:>9.2}",
                    l.p50_ms, l.p90_ms, l.p99_ms, l.max_ms
                );
            }
        }
        if let Some(e) = &self.stream_error {
            let _ = writeln!(s, "  stream error: {e}");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_counts_and_codes() {
        let mut a = Recorder::default();
        for ms in 1..=100u64 {
            a.ok(Duration::from_millis(ms), 1_000, 100);
        }
        let mut b = Recorder::default();
        b.error(Duration::from_micros(300), tonic::Code::ResourceExhausted);
        b.error(Duration::from_micros(500), tonic::Code::ResourceExhausted);
        b.error(Duration::from_micros(900), tonic::Code::DeadlineExceeded);
        a.merge(b);
        assert_eq!(a.calls(), 103);
        let r = Report::new("unary", "http://127.0.0.1:1", 4, a, Duration::from_secs(2));
        assert_eq!((r.requests, r.ok, r.errors), (103, 100, 3));
        assert_eq!(r.errors_by_code["RESOURCE_EXHAUSTED"], 2);
        assert_eq!(r.errors_by_code["DEADLINE_EXCEEDED"], 1);
        assert_eq!((r.latency_ok.p50_ms, r.latency_ok.p90_ms, r.latency_ok.p99_ms), (50.0, 90.0, 99.0));
        assert_eq!(r.latency_ok.max_ms, 100.0);
        assert_eq!(r.ok_per_s, 50.0);
        assert_eq!(r.mb_per_s, 0.05);
        assert_eq!(r.words_per_s, 5_000.0);
        assert!(r.table().contains("RESOURCE_EXHAUSTED"));
        let json: serde_json::Value = serde_json::to_value(&r).unwrap();
        assert_eq!(json["errors_by_code"]["DEADLINE_EXCEEDED"], 1);
    }

    #[test]
    fn code_names() {
        assert_eq!(code_name(tonic::Code::Ok), "OK");
        assert_eq!(code_name(tonic::Code::ResourceExhausted), "RESOURCE_EXHAUSTED");
        assert_eq!(code_name(tonic::Code::Unavailable), "UNAVAILABLE");
    }
}
