#!/usr/bin/env bash
# Sends each tutorial request with a traceparent of our own, then checks the trace the services
# recorded against the expected span tree (npm run trace -- <id> --expect <scenario>).
set -uo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'EOF'
Usage: ./test_traces.sh [--only <scenario>] [--transport]

Sends each tutorial request to the running stack with a traceparent of its own, waits for the
trace to reach the query API, draws it and compares its manual spans with the expected tree.
Prints PASS or FAIL per scenario; exits 0 when all pass, 1 when one fails, 2 when the stack
cannot be reached or an option is wrong.

Options:
  --only <scenario>  run one scenario (npm run trace -- --help lists them)
  --transport        draw the HTTP client and server spans too, not only the manual spans
  -h, --help         print this help

Environment:
  GATEWAY_URL, USER_SERVICE_URL, ORDER_SERVICE_URL, DATABASE_SERVICE_URL,
  INVENTORY_SERVICE_URL  where to send the requests (default: where npm start serves them)
  JAEGER_QUERY_URL       where to read the traces (default: where npm start serves it)
                         `npm run trace -- urls` prints the defaults, from libs/topology
  TRACE_WAIT             seconds to wait for each trace and all its spans (default 15)
EOF
}

TRACE_WAIT=${TRACE_WAIT:-15}

transport=()
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --transport) transport=(--transport) ;;
    --only)
      [ -n "${2:-}" ] || { echo "--only needs a scenario (try --help)" >&2; exit 2; }
      only=$2; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# The CLI behind `npm run trace`, bundled by `npm run build`: plain node starts in a tenth of
# the time tsx takes to compile it, on each of the twenty calls below.
TRACE_CLI=dist/tools/trace.js
trace_cli() { node "$TRACE_CLI" "$@"; }
if [ ! -f "$TRACE_CLI" ]; then
  echo "Not built: run \`npm run build\` (\`npm start\` does it for you) first."
  exit 2
fi

# Each URL setting not set already takes the map's default (libs/topology), as the CLI prints it.
defaults=$(trace_cli urls) || exit 2
while IFS='=' read -r setting url; do
  [ -n "${!setting:-}" ] || printf -v "$setting" '%s' "$url"
done <<<"$defaults"
export JAEGER_QUERY_URL

# name | method | url | JSON body | expected HTTP status (a regex: Nest answers POST with 201)
scenarios=(
  "get-user|GET|$GATEWAY_URL/users/123||200"
  "create-order|POST|$GATEWAY_URL/orders?user_id=123&product_id=1&quantity=2||20[01]"
  "get-order|GET|$GATEWAY_URL/orders/456||200"
  "direct-user|GET|$USER_SERVICE_URL/users/789||200"
  "direct-order|GET|$ORDER_SERVICE_URL/orders/123||200"
  "direct-inventory-check|POST|$INVENTORY_SERVICE_URL/inventory/check|{\"product_id\":1,\"quantity\":5}|20[01]"
  "direct-db-query|GET|$DATABASE_SERVICE_URL/query?table=users&id=123||200"
  "unknown-user|GET|$GATEWAY_URL/users/999999||404"
  "out-of-stock|POST|$GATEWAY_URL/orders?user_id=123&product_id=5&quantity=100000||409"
  "simulate-error|POST|$GATEWAY_URL/orders/simulate-error?user_id=123&product_id=1&quantity=1||502"
)

if [ -n "$only" ] && ! printf '%s\n' "${scenarios[@]}" | grep -q "^$only|"; then
  echo "unknown scenario $only; one of: $(printf '%s\n' "${scenarios[@]}" | cut -d'|' -f1 | xargs)" >&2
  exit 2
fi

reachable() { curl -s -o /dev/null --max-time 3 "$1"; }
if ! reachable "$GATEWAY_URL/health"; then
  echo "Cannot reach the API gateway at $GATEWAY_URL: start the stack with \`npm start\` (or \`docker compose up --build\`)."
  exit 2
fi
if ! reachable "$JAEGER_QUERY_URL/api/services"; then
  echo "Cannot reach the trace query API at $JAEGER_QUERY_URL: start the stack with \`npm start\` (or \`docker compose up --build\`)."
  exit 2
fi

passed=0
failed=0
failures=()
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name method url body want <<<"$scenario"
  [ -n "$only" ] && [ "$name" != "$only" ] && continue
  echo "=== $name: $method $url"
  # The explanation's first line is "traceparent: <value>".
  explained=$(trace_cli new-traceparent --explain) || exit 2
  echo "$explained"
  traceparent=$(sed -n '1s/^traceparent: //p' <<<"$explained")
  trace_id=$(cut -d- -f2 <<<"$traceparent")

  curl_args=(-s -o /dev/null -w '%{http_code}' --max-time 10 -X "$method" -H "traceparent: $traceparent")
  [ -n "$body" ] && curl_args+=(-H 'Content-Type: application/json' -d "$body")
  status=$(curl "${curl_args[@]}" "$url")
  ok=1
  if [[ "$status" =~ ^($want)$ ]]; then
    echo "HTTP $status"
  else
    echo "HTTP $status (expected $want)"
    ok=0
  fi

  trace_cli "$trace_id" --expect "$name" --wait "${TRACE_WAIT}s" "${transport[@]}" || ok=0
  if [ "$ok" = 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
  echo
done

echo "$passed passed, $failed failed${failures:+ (${failures[*]})}"
[ "$failed" = 0 ]
