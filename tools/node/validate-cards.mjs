#!/usr/bin/env node
// Validates every *.json Adaptive Card in a folder, offline: the official adaptivecards parser
// (unknown types, bad enum values, duplicate ids, unsupported versions) plus the checks that parser
// is blind to and Teams cares about. Prints {file: [errors]} as JSON; exits 1 if any card has errors.
// Usage: node validate-cards.mjs <dir>
//
// adaptivecards 3.x parses and validates in Node without a DOM; only rendering needs `document`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

// Teams renders schema 1.5; a newer card shows only its fallbackText there.
const HIGHEST_TEAMS_VERSION = [1, 5];
// Teams draws charts, the parser does not know them: accepted when they carry a fallback.
const TEAMS_EXTENSION_TYPE = /^Chart\./;

function parserErrors(card) {
    const adaptiveCard = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    adaptiveCard.parse(card, context);
    const errors = [];
    for (let i = 0; i < context.eventCount; i++) {
        const { message } = context.getEventAt(i);
        const extension = message.match(/^Unknown element type "([^"]+)"/);
        if (extension && TEAMS_EXTENSION_TYPE.test(extension[1])) continue;
        errors.push(`adaptivecards: ${message}`);
    }
    for (const event of adaptiveCard.validateProperties().validationEvents) {
        errors.push(`adaptivecards: ${event.message}`);
    }
    return errors;
}

const isBlank = value => typeof value !== 'string' || value.trim() === '';

function checkVersion(card, errors) {
    const match = typeof card.version === 'string' ? card.version.match(/^(\d+)\.(\d+)$/) : null;
    if (!match) {
        errors.push('$: AdaptiveCard has no version (Teams needs "1.5" or lower)');
        return;
    }
    const [major, minor] = [Number(match[1]), Number(match[2])];
    const [maxMajor, maxMinor] = HIGHEST_TEAMS_VERSION;
    if (major > maxMajor || (major === maxMajor && minor > maxMinor)) {
        errors.push(`$: AdaptiveCard version ${card.version} is above 1.5, the highest Teams renders`);
    }
}

function checkElement(node, where, errors) {
    const type = node.type;
    if (type === 'Action.Execute' && isBlank(node.verb)) errors.push(`${where}: Action.Execute has no verb`);
    if (type === 'Image' && isBlank(node.url)) errors.push(`${where}: Image has no url`);
    if (type === 'TextBlock' && isBlank(node.text)) errors.push(`${where}: TextBlock has no text`);
    if (TEAMS_EXTENSION_TYPE.test(type) && node.fallback === undefined) {
        errors.push(`${where}: ${type} has no fallback for clients that cannot draw charts`);
    }
    if (type.startsWith('Input.')) {
        if (isBlank(node.id)) errors.push(`${where}: ${type} has no id`);
        if (isBlank(node.label)) errors.push(`${where}: ${type} has no label`);
        if (node.isRequired === true && isBlank(node.errorMessage)) {
            errors.push(`${where}: required ${type} has no errorMessage`);
        }
    }
}

// Walks the raw JSON so nested cards (Action.ShowCard), refresh actions, selectActions and
// fallbacks are all checked, wherever they sit.
function walk(node, where, errors) {
    if (Array.isArray(node)) {
        node.forEach((item, index) => walk(item, `${where}[${index}]`, errors));
        return;
    }
    if (node === null || typeof node !== 'object') return;
    if (typeof node.type === 'string') checkElement(node, where, errors);
    for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`, errors);
}

export function validateCard(card) {
    if (card === null || typeof card !== 'object' || card.type !== 'AdaptiveCard') {
        return ['$: not an Adaptive Card (type must be "AdaptiveCard")'];
    }
    const errors = [];
    checkVersion(card, errors);
    walk(card, '$', errors);
    errors.push(...parserErrors(card));
    return errors;
}

function validateFolder(folder) {
    const report = {};
    const files = readdirSync(folder).filter(name => name.endsWith('.json')).sort();
    for (const name of files) {
        const file = path.join(folder, name);
        try {
            report[name] = validateCard(JSON.parse(readFileSync(file, 'utf8')));
        } catch (error) {
            report[name] = [`cannot read JSON: ${error.message}`];
        }
    }
    return report;
}

const folder = process.argv[2];
if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: node validate-cards.mjs <dir>');
    process.exit(2);
}
const report = validateFolder(folder);
console.log(JSON.stringify(report, null, 2));
process.exit(Object.values(report).some(errors => errors.length > 0) ? 1 : 0);
