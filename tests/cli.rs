//! The batch CLI as a user runs it: `lede analyze` on JSON Lines (plain and gzip),
//! plain text and stdin, with a bad line in the middle, locally and with `--remote`
//! against a real server; and the `eval.py` contract when `../shared` is present.

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

mod common;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_lede");

fn lede(args: &[&str], stdin: &[u8]) -> (Vec<Value>, String, bool) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lede runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    let lines = String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    (lines, String::from_utf8_lossy(&out.stderr).into_owned(), out.status.success())
}

fn jsonl_with_a_bad_line() -> Vec<u8> {
    let mut s = String::new();
    for i in 0..40 {
        if i == 13 {
            s.push_str("{\"id\": \"broken\", \"text\": \n"); // not JSON
        } else if i == 21 {
            s.push_str("{\"id\":\"empty\",\"text\":\"   \"}\n");
        } else {
            s.push_str(&format!(
                "{{\"id\":\"doc{i}\",\"text\":\"Officials in Riverton met on Monday. “We are ready,” said Mayor Ana Ruiz. Zoë agreed.\"}}\n"
            ));
        }
    }
    s.into_bytes()
}

fn check_bad_line_results(lines: &[Value]) {
    assert_eq!(lines.len(), 40, "one output line per input line");
    for (i, l) in lines.iter().enumerate() {
        match i {
            13 => {
                let msg = l["error"]["message"].as_str().unwrap();
                assert!(msg.contains(":14:"), "the error names line 14: {msg}");
            }
            21 => {
                assert_eq!(l["id"], "empty");
                assert_eq!(l["error"]["code"], 3, "INVALID_ARGUMENT");
            }
            _ => {
                assert_eq!(l["id"], format!("doc{i}"), "input order kept");
                assert!(l.get("error").is_none(), "{l}");
                let text = "Officials in Riverton met on Monday. “We are ready,” said Mayor Ana Ruiz. Zoë agreed.";
                let chars: Vec<char> = text.chars().collect();
                let q = &l["quotes"][0];
                let (s, e) =
                    (q["span"]["start"].as_u64().unwrap_or(0) as usize, q["span"]["end"].as_u64().unwrap() as usize);
                let quoted: String = chars[s..e].iter().collect();
                assert!(quoted.contains("We are ready"), "code point offsets by default: {quoted:?}");
                assert!(l["entities"].as_array().unwrap().iter().any(|e| e["canonicalName"] == "Ana Ruiz"), "{l}");
            }
        }
    }
}

#[test]
fn analyze_jsonl_from_stdin_keeps_order_and_reports_bad_lines() {
    let (lines, stderr, ok) = lede(&["analyze", "--progress", "never"], &jsonl_with_a_bad_line());
    assert!(ok, "{stderr}");
    check_bad_line_results(&lines);
    assert!(stderr.contains("analyze finished"), "a closing summary on stderr: {stderr}");
}

#[test]
fn analyze_gzip_file_to_output_and_plain_text_files() {
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("archive.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    enc.write_all(&jsonl_with_a_bad_line()).unwrap();
    enc.finish().unwrap();
    let txt = dir.path().join("story.txt");
    std::fs::write(&txt, "Council approves budget\n\nThe council voted 5-2 on Tuesday. It was close.\n").unwrap();
    let out = dir.path().join("out.jsonl");
    let (_, stderr, ok) = lede(
        &[
            "analyze",
            gz.to_str().unwrap(),
            txt.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--offsets",
            "utf8",
            "--features",
            "segmentation",
        ],
        b"",
    );
    assert!(ok, "{stderr}");
    let lines: Vec<Value> =
        std::fs::read_to_string(&out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 41);
    assert!(lines[0].get("quotes").is_none() && lines[0].get("segmentation").is_some(), "only the features asked for");
    let last = &lines[40];
    assert_eq!(last["id"], txt.to_str().unwrap());
    let sentences = last["segmentation"]["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3, "{last}");
}

#[test]
fn bad_options_fail_at_start_with_a_clear_message() {
    let (_, stderr, ok) = lede(&["analyze", "--offsets", "bytes"], b"");
    assert!(!ok);
    assert!(stderr.contains("bytes"), "{stderr}");
    let (_, stderr, ok) = lede(&["analyze", "/nonexistent/file.jsonl"], b"");
    assert!(!ok);
    assert!(stderr.contains("/nonexistent/file.jsonl"), "{stderr}");
    let (_, stderr, ok) = lede(&["serve", "--addr", "127.0.0.1:7000", "--metrics-addr", "127.0.0.1:7000"], b"");
    assert!(!ok);
    assert!(stderr.contains("different ports"), "{stderr}");
}

#[test]
fn shards_split_the_input_without_loss() {
    let input = jsonl_with_a_bad_line();
    let mut ids = Vec::new();
    for i in 0..3 {
        let shard = format!("{i}/3");
        let (lines, stderr, ok) = lede(&["analyze", "--shard", &shard, "--features", "segmentation"], &input);
        assert!(ok, "{stderr}");
        for l in lines {
            let seq = l.get("sequence").and_then(|v| v.as_str()).unwrap_or("0").parse::<u64>().unwrap();
            assert_eq!(seq % 3, i);
            ids.push(seq);
        }
    }
    ids.sort();
    assert_eq!(ids, (0..40).collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analyze_remote_streams_through_a_server_with_the_same_output() {
    let srv = common::start_server(&[]).await;
    let url = format!("http://{}", srv.addr);
    let input = jsonl_with_a_bad_line();
    let (remote, local) = tokio::task::spawn_blocking(move || {
        let (remote, stderr, ok) = lede(&["analyze", "--remote", &url, "--gzip", "--progress", "never"], &input);
        assert!(ok, "{stderr}");
        let (local, _, _) = lede(&["analyze", "--progress", "never"], &input);
        (remote, local)
    })
    .await
    .unwrap();
    check_bad_line_results(&remote);
    for (r, l) in remote.iter().zip(&local) {
        if l.get("error").is_none() {
            assert_eq!(r, l, "remote and local results agree");
        }
    }
    srv.shutdown();
    srv.wait().await.unwrap();
}

fn shared_eval() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/eval.py");
    p.exists().then_some(p)
}

#[test]
fn eval_harness_reads_our_output() {
    let Some(eval) = shared_eval() else {
        eprintln!("SKIPPED eval_harness_reads_our_output: ../shared/eval is absent");
        return;
    };
    let out = Command::new("python3")
        .arg(&eval)
        .args(["golden", "--json", "--cmd", &format!("{BIN} analyze --offsets codepoint --progress never")])
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["golden"]["missing"].as_array().unwrap().len(), 0, "every document answered");
    let passed = v["golden"]["golden_rules"]["passed"].as_u64().unwrap();
    assert!(passed >= 30, "the baseline passes most Golden Rules ({passed}/48)");
}

async fn documents_done(metrics: std::net::SocketAddr) -> u64 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(metrics).await.unwrap();
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut body = String::new();
    s.read_to_string(&mut body).await.unwrap();
    body.lines()
        .find_map(|l| l.strip_prefix("lede_documents_total{outcome=\"ok\"} "))
        .map_or(0, |v| v.trim().parse().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn remote_survives_a_server_restart_and_writes_every_result_once() {
    let first = common::start_server(&[]).await;
    let addr = first.addr;
    let n = 3000;
    let mut input = String::new();
    for i in 0..n {
        input.push_str(&format!(
            "{{\"id\":\"r{i}\",\"text\":\"Story {i}. “We will stay open,” said Mayor Ana Ruiz of Riverton. {}\"}}\n",
            "The council met on Monday to discuss the budget. ".repeat(30)
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archive.jsonl");
    std::fs::write(&path, &input).unwrap();
    let url = format!("http://{addr}");
    let p = path.clone();
    let cli = tokio::task::spawn_blocking(move || {
        lede(&["analyze", p.to_str().unwrap(), "--remote", &url, "--progress", "never"], b"")
    });

    // Restart the server once it has answered some documents.
    while documents_done(first.metrics_addr).await < 50 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    first.shutdown();
    first.wait().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let second = common::start_server(&["--addr", &addr.to_string()]).await;

    let (lines, stderr, ok) = cli.await.unwrap();
    assert!(ok, "{stderr}");
    assert!(stderr.contains("reconnecting"), "the run crossed a restart: {stderr}");
    assert_eq!(lines.len(), n, "one line per document");
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["id"], format!("r{i}"), "in order, none twice");
        assert!(l.get("error").is_none(), "line {i}: {l}");
    }
    // The same as a local run, line for line.
    let (local, _, _) =
        tokio::task::spawn_blocking(move || lede(&["analyze", path.to_str().unwrap(), "--progress", "never"], b""))
            .await
            .unwrap();
    assert_eq!(lines, local);
    second.shutdown();
    second.wait().await.unwrap();
}
