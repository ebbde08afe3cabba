#!/usr/bin/env node
// Validates a Teams app manifest against the official JSON schema that @microsoft/app-manifest
// ships, offline. The schema is chosen by the manifest's manifestVersion; its "$schema" URL must
// name the same version. Prints the errors and exits 1 when the manifest is invalid.
// Usage: node validate-manifest.mjs <manifest.json>
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats');

function ajvClassFor(schemaDialect) {
    // Teams manifest schemas have been draft-04 up to v1.30; keep the newer dialects ready for later ones.
    if (!schemaDialect || schemaDialect.includes('draft-04')) return require('ajv-draft-04');
    if (schemaDialect.includes('2020-12')) return require('ajv/dist/2020').default;
    if (schemaDialect.includes('2019-09')) return require('ajv/dist/2019').default;
    return require('ajv').default;
}

function schemaPathFor(manifestVersion) {
    const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
    return path.join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

function fail(messages) {
    for (const message of messages) console.error(message);
    process.exit(1);
}

const manifestPath = process.argv[2];
if (!manifestPath) fail(['usage: node validate-manifest.mjs <manifest.json>']);

let manifest;
try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch (error) {
    fail([`${manifestPath}: cannot read JSON: ${error.message}`]);
}

const version = manifest.manifestVersion;
if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) {
    fail([`${manifestPath}: manifestVersion is missing or not of the form 1.xx`]);
}
const declared = typeof manifest.$schema === 'string' ? manifest.$schema.match(/\/v(\d+\.\d+|DevPreview)\//) : null;
if (declared && declared[1] !== version) {
    fail([`${manifestPath}: $schema names v${declared[1]} but manifestVersion is ${version}`]);
}

const schemaPath = schemaPathFor(version);
if (!existsSync(schemaPath)) fail([`${manifestPath}: no schema for manifestVersion ${version} in @microsoft/app-manifest`]);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

const Ajv = ajvClassFor(schema.$schema);
// strict off: the official schemas use keywords and formats that ajv's strict mode rejects.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

if (validate(manifest)) {
    console.log(`${manifestPath}: valid against Teams manifest schema v${version}`);
} else {
    fail(validate.errors.map(e => `${manifestPath}: ${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`));
}
