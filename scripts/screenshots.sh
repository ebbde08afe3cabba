#!/usr/bin/env bash
# Screenshots of the bot in the Agents Playground's web page (headless Chromium), saved to docs/images/ (or $1).
# One command: builds the bot, seeds a temp data folder with the demo data, starts the bot and the Playground on free
# loopback ports, runs the scenes in tools/node/screenshot-scenes.json, and stops everything it started.
# Usage: scripts/screenshots.sh [output folder] [scene names...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/docs/images}")"
shift || true
work="$(mktemp -d -t outcomesbot-screens-XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

[ -d "$root/tools/node/node_modules/playwright-core" ] || (cd "$root/tools/node" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/Bot/Bot.csproj" -nologo -v quiet -clp:ErrorsOnly
bin="$root/Bot/bin/Debug/net10.0"
export ASPNETCORE_ENVIRONMENT=Development
(cd "$bin" && dotnet OutcomesBot.Bot.dll demo-data "--Storage:DataDirectory=$work/data")

bot_port="$(free_port)"
(cd "$bin" && exec dotnet OutcomesBot.Bot.dll --urls "http://127.0.0.1:$bot_port" "--Storage:DataDirectory=$work/data" \
  "--Delivery:DrainInterval=00:00:01" >"$work/bot.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break
  sleep 1
done

cd "$root/tools/node"
env -u HTTP_PROXY -u HTTPS_PROXY -u http_proxy -u https_proxy TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_LOGFILE="$work/playground.log" \
  node node_modules/@microsoft/m365agentsplayground/cli.js start -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p 0 --disable-telemetry \
  >"$work/playground.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  grep -q "Listening on" "$work/playground.out" 2>/dev/null && break
  sleep 1
done
pg_port="$(grep -o 'Listening on [0-9]*' "$work/playground.out" | grep -o '[0-9]*$')"

BOT_URL="http://127.0.0.1:$bot_port" node screenshots.mjs "$pg_port" "$out" "$@" || { echo "Some scenes failed; the bot's log follows." >&2; tail -40 "$work/bot.log" >&2; exit 1; }
