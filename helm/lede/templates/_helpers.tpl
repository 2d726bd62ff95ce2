{{/*
Chart name, truncated to the 63-character DNS label limit.
*/}}
{{- define "lede.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name. Truncated to 52 characters so that suffixes such as
"-headless" and "-archive" still fit in 63.
*/}}
{{- define "lede.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart label value.
*/}}
{{- define "lede.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Selector labels shared by everything of this release (no component).
*/}}
{{- define "lede.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lede.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector labels of the server pods. The component keeps archive Job pods out
of the Services, the PDB and the HPA's Deployment.
*/}}
{{- define "lede.serverSelectorLabels" -}}
{{ include "lede.selectorLabels" . }}
app.kubernetes.io/component: server
{{- end }}

{{/*
Common labels (no component).
*/}}
{{- define "lede.labels" -}}
helm.sh/chart: {{ include "lede.chart" . }}
{{ include "lede.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: lede
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Labels of server resources.
*/}}
{{- define "lede.serverLabels" -}}
{{ include "lede.labels" . }}
app.kubernetes.io/component: server
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "lede.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "lede.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image reference: repository@digest when a digest is set, else repository:tag.
*/}}
{{- define "lede.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/*
terminationGracePeriodSeconds = preStop sleep + drain (LEDE_GRACE_PERIOD) + margin.
*/}}
{{- define "lede.terminationGracePeriodSeconds" -}}
{{- $preStop := int .Values.lifecycle.preStopSleepSeconds }}
{{- $grace := int .Values.config.gracePeriodSeconds }}
{{- $margin := int .Values.lifecycle.terminationGraceMarginSeconds }}
{{- add $preStop $grace $margin }}
{{- end }}

{{/*
Stringify a scalar value; whole-number floats (what JSON-sourced values such
as --set-json or -f values.json produce) print as integers, not 8.388608e+06.
*/}}
{{- define "lede.toStr" -}}
{{- if and (kindIs "float64" .) (eq (float64 (int64 .)) .) }}
{{- int64 . }}
{{- else }}
{{- toString . }}
{{- end }}
{{- end }}

{{/*
Render `name: value` env entries for the non-empty LEDE_* knobs.
Usage: include "lede.optionalEnv" (dict "name" "LEDE_X" "value" .Values.config.x)
*/}}
{{- define "lede.optionalEnv" -}}
{{- if not (or (kindIs "invalid" .value) (eq (toString .value) "")) }}
- name: {{ .name }}
  value: {{ include "lede.toStr" .value | quote }}
{{- end }}
{{- end }}

{{/*
Environment of the server container: listeners, drain and request limits,
then the shared environment. Rendered as a YAML list.
*/}}
{{- define "lede.serverEnv" -}}
{{- $c := .Values.config }}
- name: LEDE_ADDR
  value: {{ printf "%s:%v" $c.bindAddress .Values.ports.grpc | quote }}
- name: LEDE_METRICS_ADDR
  value: {{ printf "%s:%v" $c.bindAddress .Values.ports.metrics | quote }}
- name: LEDE_GRACE_PERIOD
  value: {{ include "lede.toStr" $c.gracePeriodSeconds | quote }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_MAX_CONCURRENCY" "value" $c.maxConcurrency) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_MAX_QUEUE_DELAY" "value" $c.maxQueueDelayMs) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_REQUEST_TIMEOUT" "value" $c.requestTimeout) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_MAX_STREAMS" "value" $c.maxStreams) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_STREAM_WINDOW" "value" $c.streamWindow) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_MAX_TEXT_BYTES" "value" $c.maxTextBytes) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_MAX_MESSAGE_BYTES" "value" $c.maxMessageBytes) }}
{{- if .Values.tls.enabled }}
- name: LEDE_TLS_CERT
  value: /etc/lede/tls/tls.crt
- name: LEDE_TLS_KEY
  value: /etc/lede/tls/tls.key
{{- if .Values.tls.mutual }}
- name: LEDE_TLS_CLIENT_CA
  value: /etc/lede/tls/ca.crt
{{- end }}
{{- end }}
{{- if .Values.auth.existingSecret }}
- name: LEDE_AUTH_TOKENS_FILE
  value: {{ printf "/etc/lede/auth/%s" .Values.auth.secretKey | quote }}
{{- end }}
{{- include "lede.commonEnv" . }}
{{- end }}

{{/*
Probe handler: native gRPC on the gRPC port, or HTTP on the metrics port when the
gRPC port serves TLS. Argument: dict with "root" (.) and "kind" ("live" or "ready").
*/}}
{{- define "lede.probeHandler" -}}
{{- $v := .root.Values }}
{{- if $v.tls.enabled }}
httpGet:
  path: {{ if eq .kind "ready" }}/readyz{{ else }}/healthz{{ end }}
  port: metrics
{{- else }}
grpc:
  port: {{ $v.ports.grpc }}
  service: {{ if eq .kind "ready" }}""{{ else }}liveness{{ end }}
{{- end }}
{{- end }}

{{/*
Environment shared by the server and the archive Job: logging, workers,
models, limits and OpenTelemetry.
*/}}
{{- define "lede.commonEnv" -}}
{{- $c := .Values.config }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_LOG_FORMAT" "value" $c.logFormat) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_LOG" "value" $c.logLevel) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_WORKERS" "value" $c.workers) }}
{{- include "lede.optionalEnv" (dict "name" "LEDE_MODELS" "value" $c.models) }}
{{- if .Values.otel.enabled }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ required "otel.endpoint is required when otel.enabled is true" .Values.otel.endpoint | quote }}
- name: OTEL_SERVICE_NAME
  value: {{ .Values.otel.serviceName | default (include "lede.fullname" .) | quote }}
{{- end }}
{{- end }}
