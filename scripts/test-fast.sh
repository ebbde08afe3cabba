#!/usr/bin/env bash
# The fast set for a developer's loop: builds, then runs every test except the classes marked [Slow] (trait
# Category=Slow: Azurite, PostgreSQL, Chromium, the Agents Playground, bots and benchmarks as child processes, Node
# validators and renderers). It installs nothing and starts none of those. scripts/test.sh (CI) still runs everything.
# Extra arguments go to the xUnit runner, e.g. -class 'OutcomesBot.Bot.Tests.Turns.CommandTests'.
# Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

echo "==> build"
dotnet build OutcomesBot.sln -nologo -v quiet -clp:ErrorsOnly

results="$root/artifacts/test-results-fast"
rm -rf "$results" && mkdir -p "$results"
echo "==> fast tests (-trait- Category=Slow)"
set +e
dotnet "Bot.Tests/bin/Debug/net10.0/OutcomesBot.Bot.Tests.dll" -noColor -trait- Category=Slow -ctrf "$results/results.ctrf.json" "$@"
runner_exit=$?
set -e

if [ ! -s "$results/results.ctrf.json" ]; then
  echo "the test runner wrote no results (exit $runner_exit)"
  echo "0 passed, 1 failed"
  exit 1
fi

# shellcheck disable=SC2016 # JavaScript, not shell: its ${...} must reach node unexpanded.
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results.summary;
  const failed = s.failed + (s.other || 0);
  const skipped = (s.skipped || 0) + (s.pending || 0);
  console.log(`${s.passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  process.exit(failed > 0 || s.passed === 0 ? 1 : 0);
' "$results/results.ctrf.json"
