#!/usr/bin/env bash
# Runs every OutcomesBot test on a fresh machine: installs what the tests need (Node tools, python3, Chromium, the
# Bicep CLI from NuGet), builds the solution, lints and compiles infra/, runs the xUnit suite (which starts the bot, SQLite, Azurite and the Agents Playground itself)
# and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_apt=()
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
# The "my data" browser test drives the system Chromium with Playwright (which then downloads no browser of its own).
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v shellcheck >/dev/null 2>&1 || need_apt+=(shellcheck)
# Quartz clustered on a real PostgreSQL: the tests start a throwaway cluster from /usr/lib/postgresql/*/bin (initdb, postgres).
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> installing ${need_apt[*]} (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "==> node tools (tools/node: Agents Playground, adaptivecards, Teams manifest schemas)"
(cd tools/node && npm ci --no-audit --no-fund --loglevel=error)

echo "==> shellcheck scripts/"
shellcheck scripts/*.sh .ci/run

echo "==> build"
dotnet build OutcomesBot.sln -nologo -v quiet -clp:ErrorsOnly

# The Bicep CLI comes from NuGet (scripts/bicep.sh restores tools/bicep). Any linter warning fails the run; the
# template's security settings are asserted by Bot.Tests/Infra, which compiles it again.
echo "==> infra (Bicep CLI from NuGet: lint and build)"
# Restored (on a fresh machine) and run once before the lint, so that the restore's own lines are not read as the
# linter's findings.
bash scripts/bicep.sh --version
lint_output=$(bash scripts/bicep.sh lint --pattern 'infra/**/*.bicep' 2>&1)
if [ -n "$lint_output" ]; then
  echo "$lint_output"
  echo "bicep lint reported the problems above"
  echo "0 passed, 1 failed"
  exit 1
fi
bash scripts/bicep.sh build infra/azure.bicep --outdir artifacts/infra

echo "==> tests"
bash scripts/run-xunit.sh "$root/artifacts/test-results" -junit "$root/artifacts/test-results/results.junit.xml"
