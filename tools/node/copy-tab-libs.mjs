#!/usr/bin/env node
// Copies the leaders' tab's browser libraries from node_modules into Bot/wwwroot/tab/lib, where the bot serves them
// (no CDN). Run after changing their versions in package.json: node copy-tab-libs.mjs. A test checks the copies match.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, '..', '..', 'Bot', 'wwwroot', 'tab', 'lib');
const libraries = [
    ['chart.js', 'dist/chart.umd.min.js'],
    ['@microsoft/teams-js', 'dist/umd/MicrosoftTeams.min.js'],
];

mkdirSync(target, { recursive: true });
for (const [name, file] of libraries) {
    const source = path.join(here, 'node_modules', name, file);
    copyFileSync(source, path.join(target, path.basename(file)));
    console.log(`copied ${name}/${file}`);
}
