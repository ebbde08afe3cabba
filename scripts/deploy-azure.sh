#!/usr/bin/env bash
# Deploys OutcomesBot to Azure without the Agents Toolkit: builds, deploys infra/azure.bicep (compiled by the
# Bicep CLI from NuGet), publishes Bot/, zip-deploys it to the web app, then writes the Teams app package with the
# bot's id and domain filled in. Needs the .NET SDK, python3 and the az CLI, signed in (`az login`).
#
# Usage: scripts/deploy-azure.sh -g <resource-group> [-l <location>] [-p <prefix>] [-s <app-service-sku>] [-n <instances>]
#   -g  resource group (created in -l when missing)       -p  resource name prefix, 3-12 lower-case letters or digits
#   -l  Azure region for a new resource group             -s  App Service SKU (default B1)
#   -n  instances (default 1; more than one creates PostgreSQL for Quartz and needs POSTGRES_ADMIN_PASSWORD set)
# Optional environment: TEAMS_APP_ID (the app's id when it already has one), POSTGRES_ADMIN_PASSWORD.
# Writes out/publish/, out/bot.zip, out/azure-outputs.json and out/appPackage.zip.
set -euo pipefail

usage() {
    sed -n '6,9p' "$0" >&2
    exit 2
}

group="" location="" prefix="outcomesbot" sku="B1" instances="1"
while getopts "g:l:p:s:n:h" option; do
    case "$option" in
        g) group="$OPTARG" ;;
        l) location="$OPTARG" ;;
        p) prefix="$OPTARG" ;;
        s) sku="$OPTARG" ;;
        n) instances="$OPTARG" ;;
        *) usage ;;
    esac
done
[[ -n "$group" ]] || usage
if [[ ! "$prefix" =~ ^[a-z0-9]{3,12}$ ]]; then
    echo "error: the prefix '$prefix' must be 3-12 lower-case letters or digits" >&2
    exit 1
fi
if [[ ! "$instances" =~ ^[0-9]+$ ]] || (( instances < 1 )); then
    echo "error: -n takes a whole number of instances (1 or more)" >&2
    exit 1
fi
if (( instances > 1 )) && [[ -z "${POSTGRES_ADMIN_PASSWORD:-}" ]]; then
    echo "error: more than one instance needs PostgreSQL for Quartz: set POSTGRES_ADMIN_PASSWORD" >&2
    exit 1
fi
command -v az >/dev/null 2>&1 || { echo "error: the az CLI is not installed" >&2; exit 1; }
az account show --output none || { echo "error: sign in first with az login" >&2; exit 1; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/out"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "==> build"
dotnet build "$root/OutcomesBot.sln" --configuration Release -nologo -v quiet -clp:ErrorsOnly

echo "==> infrastructure ($group)"
if [[ "$(az group exists --name "$group")" != "true" ]]; then
    [[ -n "$location" ]] || { echo "error: resource group $group does not exist; pass -l <location> to create it" >&2; exit 1; }
    az group create --name "$group" --location "$location" --output none
fi
bash "$root/scripts/bicep.sh" build "$root/infra/azure.bicep" --outfile "$work/azure.json"
# Parameters go through a file readable only by this user, so the password never shows in a process list.
(
    umask 077
    python3 - "$work/parameters.json" "$prefix" "$sku" "$instances" <<'PY'
import json, os, sys
path, prefix, sku, instances = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
parameters = {"resourceBaseName": prefix, "appServiceSku": sku, "instanceCount": instances,
              "postgresAdminPassword": os.environ.get("POSTGRES_ADMIN_PASSWORD", "")}
with open(path, "w", encoding="utf-8") as file:
    json.dump({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
               "contentVersion": "1.0.0.0", "parameters": {k: {"value": v} for k, v in parameters.items()}}, file)
PY
)
az deployment group create --resource-group "$group" --name outcomesbot \
    --template-file "$work/azure.json" --parameters "@$work/parameters.json" \
    --query properties.outputs --output json > "$out/azure-outputs.json"
output() {
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["value"])' "$out/azure-outputs.json" "$1"
}
bot_id="$(output BOT_ID)"
bot_domain="$(output BOT_DOMAIN)"
web_id="$(output BOT_AZURE_APP_SERVICE_RESOURCE_ID)"

echo "==> publish"
rm -rf "$out/publish" "$out/bot.zip"
dotnet publish "$root/Bot/Bot.csproj" --configuration Release --runtime linux-x64 --self-contained false --output "$out/publish" -nologo -v quiet
python3 - "$out/publish" "$out/bot.zip" <<'PY'
import pathlib, sys, zipfile
source, target = pathlib.Path(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
    for path in sorted(source.rglob("*")):
        if path.is_file():
            archive.write(path, arcname=path.relative_to(source).as_posix())
PY

echo "==> zip deploy"
az webapp deploy --resource-group "$group" --name "${web_id##*/}" --src-path "$out/bot.zip" --type zip --output none

echo "==> app package"
BOT_DOMAIN="$bot_domain" bash "$root/scripts/package-app.sh" "$bot_id" "$out/appPackage.zip"

echo "Deployed. Messaging endpoint: $(output BOT_ENDPOINT)"
echo "Upload $out/appPackage.zip in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center."
