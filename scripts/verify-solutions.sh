#!/usr/bin/env bash
# Proves every reference solution in docs/solutions/: in a fresh worktree of HEAD the exercise's
# check must fail (the exercise is not done yet), and with solution.patch applied and the project
# rebuilt the same check must pass. A hunt's solution ("Find the slow hop") is no code change but a
# solver module, hunt-solver.ts: its check runs again, unchanged, with HUNT_SOLVER naming it.
#
#   scripts/verify-solutions.sh            # every solution
#   scripts/verify-solutions.sh baggage    # only the solutions whose folder name contains "baggage"
set -uo pipefail

root=$(git rev-parse --show-toplevel)
cd "$root"
filter=${1:-}
check_timeout=${CHECK_TIMEOUT_SECONDS:-600}
work=$(mktemp -d /tmp/verify-solutions.XXXXXX)
declare -a summary=()
failures=0

cleanup() {
  for tree in "$work"/*/; do
    [ -d "$tree" ] && git worktree remove --force "$tree" >/dev/null 2>&1
  done
  git worktree prune
  rm -rf "$work"
}
trap cleanup EXIT

log() { printf '\n== %s\n' "$*"; }

# A detached worktree of HEAD sharing this checkout's node_modules (nothing to install).
new_tree() {
  git worktree add --detach --quiet "$1" HEAD || return 1
  # -e also sees a symlink: never link inside an existing node_modules.
  [ -e "$1/node_modules" ] || ln -s "$root/node_modules" "$1/node_modules"
}

# Runs one exercise check in tree $1 (with the solver module $3, if any) and prints
# "<exit code> <passed> <failed>".
run_check() {
  local tree=$1 name=$2 solver=${3:-} report="$1/.check-report.json"
  (cd "$tree" && HUNT_SOLVER="$solver" timeout "$check_timeout" npx jest -c test/exercises/jest.config.js \
    --json --outputFile="$report" "test/exercises/$name.exercise.ts" >"$tree/.check.log" 2>&1)
  local code=$?
  node -e '
    const fs = require("fs");
    let r = { numPassedTests: 0, numFailedTests: 0 };
    try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch {}
    console.log(process.argv[2], r.numPassedTests, r.numFailedTests);
  ' "$report" "$code"
}

log "building HEAD once ($(git rev-parse --short HEAD)) for the before-runs"
base="$work/base"
new_tree "$base" || exit 1
if ! (cd "$base" && npm run build >"$work/base-build.log" 2>&1); then
  tail -40 "$work/base-build.log"
  echo "HEAD does not build; nothing can be verified." >&2
  exit 1
fi

for dir in docs/solutions/*/; do
  folder=$(basename "$dir")
  [[ -n "$filter" && "$folder" != *"$filter"* ]] && continue
  name=${folder#[0-9][0-9]-}
  patch="$root/$dir/solution.patch"
  solver=""
  [ ! -f "$patch" ] && [ -f "${dir}hunt-solver.ts" ] && solver="${dir}hunt-solver.ts"
  if [ ! -f "test/exercises/$name.exercise.ts" ] || { [ ! -f "$patch" ] && [ -z "$solver" ]; }; then
    summary+=("FAIL  $folder: needs test/exercises/$name.exercise.ts and ${dir}solution.patch or ${dir}hunt-solver.ts")
    failures=$((failures + 1))
    continue
  fi
  tree="$work/$folder"
  new_tree "$tree" || exit 1
  cp -a "$base/dist" "$tree/dist"

  log "$folder: the check must fail before the exercise"
  read -r code passed failed < <(run_check "$tree" "$name")
  # Some assertions must pass too: they show the services ran and the check itself works.
  if [ "$code" -eq 0 ] || [ "$failed" -eq 0 ] || [ "$passed" -eq 0 ]; then
    tail -40 "$tree/.check.log"
    summary+=("FAIL  $folder: before the patch expected failing and passing tests, got exit $code ($passed passed, $failed failed)")
    failures=$((failures + 1))
    continue
  fi
  before="$failed of $((passed + failed)) tests fail before"

  if [ -n "$solver" ]; then
    log "$folder: the check must pass with $solver"
  else
    log "$folder: applying solution.patch and building"
    if ! (cd "$tree" && git apply --whitespace=nowarn "$patch"); then
      summary+=("FAIL  $folder: solution.patch does not apply to HEAD")
      failures=$((failures + 1))
      continue
    fi
    if ! (cd "$tree" && npm run build >"$tree/.build.log" 2>&1); then
      tail -40 "$tree/.build.log"
      summary+=("FAIL  $folder: the project does not build with the patch")
      failures=$((failures + 1))
      continue
    fi
    log "$folder: the check must pass after it"
  fi

  fix=${solver:+the solver}
  read -r code passed failed < <(run_check "$tree" "$name" "${solver:+$tree/$solver}")
  if [ "$code" -ne 0 ]; then
    tail -60 "$tree/.check.log"
    summary+=("FAIL  $folder: $before; with ${fix:-the patch} still exit $code ($failed failed)")
    failures=$((failures + 1))
    continue
  fi
  summary+=("PASS  $folder: $before, all $passed pass after")
  git worktree remove --force "$tree" >/dev/null 2>&1
done

log "summary"
if [ ${#summary[@]} -eq 0 ]; then
  echo "no solution matched '${filter}'"
  exit 1
fi
printf '%s\n' "${summary[@]}"
exit $((failures > 0 ? 1 : 0))
