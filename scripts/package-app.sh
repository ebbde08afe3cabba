#!/usr/bin/env bash
# Builds the Teams app package to upload: manifest.json with the app id and bot id set to the bot's
# Microsoft App ID (also the tab's webApplicationInfo id and resource), plus color.png and outline.png, all at the zip root.
# Usage: scripts/package-app.sh <BOT_APP_ID> [out.zip]   (default out/appPackage.zip)
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

python3 - "$repo_root/appPackage" "$bot_app_id" "$out" <<'PY'
import json
import sys
import zipfile
from pathlib import Path

source, app_id, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
manifest["id"] = app_id
for bot in manifest.get("bots", []):
    bot["botId"] = app_id
# The tab's SSO: the app registration's id, and its Application ID URI (api://<host>/<app id>, README).
if "webApplicationInfo" in manifest:
    info = manifest["webApplicationInfo"]
    info["resource"] = info["resource"].replace(info["id"], app_id)
    info["id"] = app_id

with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as package:
    package.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    for icon in ("color.png", "outline.png"):
        package.write(source / icon, arcname=icon)
PY

echo "wrote $out"
