#!/usr/bin/env bash
# Builds the Teams app package to upload: manifest.json with the app id and bot id set to the bot's
# Microsoft App ID, plus color.png and outline.png, all at the zip root.
# Usage: scripts/package-app.sh <BOT_APP_ID> [out.zip]   (default out/appPackage.zip)
# Optional environment: TEAMS_APP_ID, the app's id when the Developer Portal gave it one of its own (the Agents
# Toolkit's teamsApp/create does; default: the bot's id), and BOT_DOMAIN, the bot's host, added to validDomains.
# Uses python3's zipfile because `zip` is not installed everywhere.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 <BOT_APP_ID> [out.zip]" >&2
    exit 2
fi

bot_app_id="$1"
guid_pattern='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$bot_app_id" =~ $guid_pattern ]]; then
    echo "error: '$bot_app_id' is not a GUID; pass the bot's Microsoft App ID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2
    exit 1
fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${2:-$repo_root/out/appPackage.zip}"
mkdir -p "$(dirname "$out")"

teams_app_id="${TEAMS_APP_ID:-$bot_app_id}"
if [[ ! "$teams_app_id" =~ $guid_pattern ]]; then
    echo "error: TEAMS_APP_ID '$teams_app_id' is not a GUID" >&2
    exit 1
fi
bot_domain="${BOT_DOMAIN:-}"
if [[ -n "$bot_domain" && ! "$bot_domain" =~ ^[A-Za-z0-9.-]+$ ]]; then
    echo "error: BOT_DOMAIN '$bot_domain' is not a host name (no scheme, port or path)" >&2
    exit 1
fi

python3 - "$repo_root/appPackage" "$bot_app_id" "$out" "$teams_app_id" "$bot_domain" <<'PY'
import json
import sys
import zipfile
from pathlib import Path

source, bot_id, out, app_id, domain = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
manifest["id"] = app_id
for bot in manifest.get("bots", []):
    bot["botId"] = bot_id
if domain and domain not in manifest.setdefault("validDomains", []):
    manifest["validDomains"].append(domain)

with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
    package.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    for icon in ("color.png", "outline.png"):
        package.write(source / icon, arcname=icon)
PY

echo "wrote $out"
