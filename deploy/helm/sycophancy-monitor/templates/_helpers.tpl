{{/* Names and labels. */}}
{{- define "sycomon.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "sycomon.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "sycomon.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "sycomon.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: sycophancy-monitor
{{- end }}

{{/* Selector labels of one component (worker, prober). */}}
{{- define "sycomon.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sycomon.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "sycomon.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "sycomon.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "sycomon.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag }}
{{- if eq .Values.image.variant "gpu" }}{{ $tag = printf "%s-gpu" $tag }}{{ end }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}
{{- end }}

{{/*
Every secret setting of monitor/settings.py (the SecretStr fields). The chart refuses them in
.Values.config: they come from Secrets (secretSettings). tests/deploy/test_helm_chart.py checks this
list against the Settings model, so a new secret setting cannot be forgotten here.
*/}}
{{- define "sycomon.secretSettingNames" -}}
kafka.sasl_password
redis.url
web.api_token
sinks.slack.webhook_url
sinks.pagerduty.routing_key
sinks.pagerduty.url
sinks.alertmanager.url
sinks.alertmanager.bearer_token
sinks.webhook.url
sinks.webhook.secret
sinks.webhook.rotating_secrets
mitigation.webhook_secret
mitigation.signing_key
mitigation.verify_keys
review.api_tokens
review.llm.api_key
probes.client.api_key
{{- end }}

{{/* Fails the render when .Values.config or an extraEnv value holds a secret setting. */}}
{{- define "sycomon.refuseSecretsInConfig" -}}
{{- range $path := splitList "\n" (include "sycomon.secretSettingNames" .) }}
{{- $node := $.Values.config }}
{{- $found := true }}
{{- range $part := splitList "." $path }}
{{- if and $found (kindIs "map" $node) (hasKey $node $part) }}
{{- $node = index $node $part }}
{{- else }}
{{- $found = false }}
{{- end }}
{{- end }}
{{- if $found }}
{{- fail (printf "config.%s is a secret setting: give it through secretSettings (an existing Secret), never in values" $path) }}
{{- end }}
{{- $envName := printf "SYCOMON_%s" ($path | upper | replace "." "__") }}
{{- range $e := concat $.Values.extraEnv $.Values.prober.extraEnv }}
{{- if and (eq $e.name $envName) (hasKey $e "value") }}
{{- fail (printf "extraEnv %s is a secret setting (%s): give it through secretSettings, never in values" $envName $path) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/* env entries from a secretSettings map: SYCOMON_<SETTING> from secretKeyRef. */}}
{{- define "sycomon.secretEnv" -}}
{{- range $setting, $ref := . }}
{{- if not (and (kindIs "map" $ref) $ref.secret $ref.key) }}
{{- fail (printf "secretSettings.%s needs {secret: NAME, key: KEY}" $setting) }}
{{- end }}
- name: {{ printf "SYCOMON_%s" ($setting | upper | replace "." "__") }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secret }}
      key: {{ $ref.key }}
      {{- if $ref.optional }}
      optional: true
      {{- end }}
{{- end }}
{{- end }}

{{/* Partitions of the responses topic and the replica ceiling they impose. */}}
{{- define "sycomon.partitions" -}}
{{- $p := int (dig "topics" "partitions" 4 .Values.config) }}
{{- if lt $p 1 }}{{ fail "config.topics.partitions must be at least 1" }}{{ end }}
{{- $p }}
{{- end }}

{{- define "sycomon.maxReplicas" -}}
{{- $partitions := int (include "sycomon.partitions" .) }}
{{- $max := $partitions }}
{{- if .Values.autoscaling.maxReplicas }}{{ $max = int .Values.autoscaling.maxReplicas }}{{ end }}
{{- if gt $max $partitions }}
{{- fail (printf "autoscaling.maxReplicas (%d) exceeds config.topics.partitions (%d): the extra workers would sit idle; add partitions first" $max $partitions) }}
{{- end }}
{{- if lt $max (int .Values.autoscaling.minReplicas) }}
{{- fail (printf "autoscaling.minReplicas (%d) exceeds maxReplicas (%d)" (int .Values.autoscaling.minReplicas) $max) }}
{{- end }}
{{- $max }}
{{- end }}

{{- define "sycomon.lagThreshold" -}}
{{- if .Values.autoscaling.lagThreshold }}
{{- int .Values.autoscaling.lagThreshold }}
{{- else }}
{{- mul (int .Values.autoscaling.eventsPerSecondPerWorker) (int .Values.autoscaling.targetDrainSeconds) }}
{{- end }}
{{- end }}
