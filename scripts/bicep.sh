#!/usr/bin/env bash
# Runs the Bicep CLI that NuGet serves (Azure.Bicep.CommandLine.linux-x64, the version named in
# tools/bicep/BicepCli.csproj), restoring it into the NuGet global packages folder first when it is missing.
# Usage: scripts/bicep.sh <bicep arguments...>    e.g. scripts/bicep.sh build infra/azure.bicep --stdout
# Needs only the .NET SDK: no az CLI, no download outside NuGet.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/tools/bicep/BicepCli.csproj"
version="$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$project")"
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [[ ! -f "$bicep" ]]; then
    echo "==> restoring the Bicep CLI $version from NuGet" >&2
    dotnet restore "$project" -nologo -v quiet >&2
fi
# NuGet extracts the file without its execute bit on some systems.
[[ -x "$bicep" ]] || chmod u+x "$bicep"

exec "$bicep" "$@"
