#!/usr/bin/env bash
# Installs (or updates) the index state management policy in jaeger-retention.json, whose
# ism_template attaches it to every Jaeger index created from then on. Run once by the
# opensearch-retention service of deploy/scale/compose.yaml, before Jaeger starts.
set -euo pipefail

policy_url=${OPENSEARCH_URL:-http://opensearch:9200}/_plugins/_ism/policies/jaeger-retention
policy_file=$(dirname "$0")/jaeger-retention.json

put_policy() {
  curl -sS -o /tmp/response.json -w '%{http_code}' -X PUT "$1" \
    -H 'Content-Type: application/json' --data-binary "@$policy_file"
}

status=$(put_policy "$policy_url")
if [ "$status" = 409 ]; then
  # The policy exists (a restart): an update must name the version it replaces.
  current=$(curl -fsS "$policy_url")
  [[ $current =~ \"_seq_no\":([0-9]+) ]] && seq_no=${BASH_REMATCH[1]}
  [[ $current =~ \"_primary_term\":([0-9]+) ]] && primary_term=${BASH_REMATCH[1]}
  status=$(put_policy "$policy_url?if_seq_no=${seq_no:?}&if_primary_term=${primary_term:?}")
fi

case "$status" in
  200 | 201) echo "ISM policy jaeger-retention installed (HTTP $status)" ;;
  *)
    echo "ISM policy jaeger-retention not installed: HTTP $status" >&2
    cat /tmp/response.json >&2
    exit 1
    ;;
esac
