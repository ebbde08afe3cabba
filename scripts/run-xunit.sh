#!/usr/bin/env bash
# Runs the built test assembly into a results folder and ends with one line: "N passed, N failed".
# Used by scripts/test.sh (everything) and scripts/test-fast.sh (without the slow classes).
# Usage: scripts/run-xunit.sh <results folder> [xUnit runner arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
results="$1"
shift
rm -rf "$results" && mkdir -p "$results"
set +e
dotnet "Bot.Tests/bin/Debug/net10.0/OutcomesBot.Bot.Tests.dll" -noColor -ctrf "$results/results.ctrf.json" "$@"
runner_exit=$?
set -e

if [ ! -s "$results/results.ctrf.json" ]; then
  echo "the test runner wrote no results (exit $runner_exit)"
  echo "0 passed, 1 failed"
  exit 1
fi

# shellcheck disable=SC2016 # JavaScript, not shell: its ${...} must reach node unexpanded.
node -e '
  const results = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
  const s = results.summary;
  // Name each failed test just above the summary, so the last lines of a CI log say what failed and why.
  for (const t of results.tests.filter(t => t.status !== "passed" && t.status !== "skipped" && t.status !== "pending")) {
    const why = (t.message || "").split("\n").slice(0, 6).join("\n    ");
    console.log(`FAILED ${t.name}\n    ${why}`);
  }
  const failed = s.failed + (s.other || 0);
  // "pending" are explicit-only tests: reported, never run by CI.
  const skipped = (s.skipped || 0) + (s.pending || 0);
  console.log(`${s.passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  process.exit(failed > 0 || s.passed === 0 ? 1 : 0);
' "$results/results.ctrf.json"
