// Takes screenshots of OutcomesBot in the Microsoft 365 Agents Playground's own web page, in the machine's Chromium.
// Usage: node screenshots.mjs <playground port> <output folder> [scene names...]
// Each scene in screenshot-scenes.json opens a chat (so far "Personal Chat"), types a command,
// waits for text in the bot's answer, optionally presses a card button ("press", the first after the text
// "pressAfter" if given) and waits for "pressWaitFor", and saves <name>.png ("height" sets the page's height in px).
// "steps" run in order before that: { "choose": option } picks a choice-set option in the card's last drop-down, or in
// the one whose label or input id is "in" ({ "choose": "Weekly", "in": "Rhythm" }), { "check": label } ticks a radio
// button, toggle or a multi-select's box, { "fill": label, "text": ... }
// types into a card's text box, { "press": title, "waitFor": text } presses a card button and waits for the answer. Add a scene by adding a
// line to that file. The app is installed in the personal chat and the team first, as Teams does when it is added.
// A scene whose "chat" is a channel ("General") starts a new post there that @mentions the bot, as people do in Teams.
// A scene with no "type" only opens the chat and waits for "waitFor" (the welcome cards the install brought).
// A step { "say": text, "waitFor": text } types another command in the same chat and waits for the answer.
// A scene with "url" opens that page of the bot itself (BOT_URL, set by scripts/screenshots.sh) at "width" px instead.
// SCENES=<file> reads the scenes from that file instead (walk-throughs kept apart from the README's pictures).
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [port, outDir, ...only] = process.argv.slice(2);
if (!port || !outDir) {
  console.error('usage: node screenshots.mjs <playground port> <output folder> [scene names...]');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const scenes = JSON.parse(readFileSync(process.env.SCENES ?? join(here, 'screenshot-scenes.json'), 'utf8')).filter(s => only.length === 0 || only.includes(s.name));
const base = `http://localhost:${port}`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeout = 60_000;
const chats = ['Personal Chat', 'Group Chat'];
let botName = 'Test Bot';

async function install() {
  const { config } = await (await fetch(`${base}/_internal/v1/testConfig`)).json();
  botName = config.bot.name;
  for (const id of [config.personalChat.id, config.teams[0].id]) {
    const answer = await fetch(`${base}/_debug/conversation/${encodeURIComponent(id)}/installation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (!answer.ok) throw new Error(`installing in ${id}: ${answer.status}`);
  }
}

// Chats and channels are picked by their title in the left rail.
async function openChat(page, chat) {
  await page.getByText(chat, { exact: true }).first().click({ timeout });
  await composer(page).waitFor({ timeout });
}

// The message box is the page's rich-text editor, not a text input of a card.
const composer = page => page.locator('[data-lexical-editor="true"]').last();

// In a channel: a new post (the page's first editor), "@" and the bot picked from the mention list, the command, Post.
async function post(page, text) {
  await page.locator('[data-lexical-editor="true"]').first().click();
  await page.keyboard.type(`@${botName.slice(0, 4)}`);
  await page.getByRole('menuitem', { name: botName }).click({ timeout });
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post', exact: true }).click({ timeout });
}

async function say(page, text) {
  const box = composer(page);
  await box.click();
  await box.pressSequentially(text);
  await page.keyboard.press('Enter');
}

// A compact choice set: the option with that text, in the drop-down named "name" (its label, or its input id) when
// given, else in the card's last drop-down (a form with two needs the name).
async function choose(page, option, name) {
  const select = name ? await dropDown(page, 'select', 'self::select', name) : page.locator('select').last();
  if (await select.count() > 0) {
    await select.selectOption({ label: option });
    return;
  }

  await (name ? await dropDown(page, '[role="combobox"]', '@role="combobox"', name) : page.getByRole('combobox').last()).click({ timeout });
  await page.getByRole('option', { name: option }).first().click({ timeout });
}

// The newest drop-down whose input id is "name", else the first one after the newest label reading "name" (a required
// field's label ends in "*").
async function dropDown(page, selector, xpathTest, name) {
  const byId = page.locator(`${selector}[id="${name}"], ${selector}[id$="_${name}"]`);
  if (await byId.count() > 0) return byId.last();
  const label = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?\\s*$`);
  return page.getByText(label).last().locator(`xpath=following::*[${xpathTest}][1]`);
}

// One step after the command: choose an option, tick a box, fill a text box, or press a button and wait for text.
async function runStep(page, step) {
  if (step.choose) {
    await choose(page, step.choose, step.in);
  }

  if (step.check) {
    // A multi-select choice set's boxes have no label the page ties to them: their text is pressed instead.
    // Only inputs: the Playground's own header names the current user ("Alex Wilber"), as a member's box does.
    const box = page.locator('input').and(page.getByLabel(step.check, { exact: true }));
    await (await box.count() > 0 ? box.last().check({ timeout }) : page.getByText(step.check, { exact: true }).last().click({ timeout }));
  }

  if (step.fill) {
    await page.getByLabel(step.fill).last().fill(step.text ?? '', { timeout });
  }

  if (step.say) {
    const before = await page.getByText(step.waitFor, { exact: false }).count();
    await say(page, step.say);
    await waitForMore(page, step.waitFor, before);
  }

  if (step.press) {
    const before = await page.getByText(step.waitFor, { exact: false }).count();
    await page.getByRole('button', { name: step.press, exact: true }).last().click({ timeout });
    await page.waitForFunction(
      ([text, count]) => document.body.innerText.toLowerCase().split(text.toLowerCase()).length - 1 > count,
      [step.waitFor, before],
      { timeout });
  }
}

const waitForMore = (page, text, count) => page.waitForFunction(
  ([text, count]) => document.body.innerText.toLowerCase().split(text.toLowerCase()).length - 1 > count,
  [text, count],
  { timeout });

// A page the bot serves (the leaders' tab), in a page of its own at the scene's width.
async function runPageScene(browser, scene) {
  const botUrl = process.env.BOT_URL;
  if (!botUrl) throw new Error('BOT_URL is not set');
  const page = await browser.newPage({ viewport: { width: scene.width ?? 1280, height: scene.height ?? 2000 }, deviceScaleFactor: 1 });
  try {
    await page.goto(`${botUrl}${scene.url}`, { waitUntil: 'networkidle', timeout });
    await page.getByText(scene.waitFor, { exact: false }).first().waitFor({ timeout });
    await page.waitForTimeout(1500);
    const drawn = await page.evaluate(() => document.documentElement.scrollWidth);
    if (drawn > (scene.width ?? 1280)) console.warn(`scene ${scene.name}: the page is ${drawn} px wide at ${scene.width ?? 1280} px`);
    const file = join(outDir, `${scene.name}.png`);
    await page.screenshot({ path: file, fullPage: scene.fullPage ?? false });
    console.log(`saved ${file}`);
  } finally {
    await page.close();
  }
}

async function runScene(page, scene) {
  // A tall card (momentum) needs a taller page, or its top scrolls out of the picture.
  await page.setViewportSize({ width: 1280, height: scene.height ?? 2000 });
  await openChat(page, scene.chat);
  if (scene.type) {
    const before = await page.getByText(scene.waitFor, { exact: false }).count();
    await (chats.includes(scene.chat) ? say(page, scene.type) : post(page, scene.type));
    await waitForMore(page, scene.waitFor, before);
  } else {
    await waitForMore(page, scene.waitFor, 0);
  }

  for (const step of scene.steps ?? []) {
    await runStep(page, step);
  }

  if (scene.press) {
    // The button titled "press", the first one after the text "pressAfter" when a card has several of that title.
    const button = scene.pressAfter
      ? page.getByText(scene.pressAfter, { exact: true }).last().locator(`xpath=following::button[normalize-space(.)="${scene.press}"][1]`)
      : page.getByRole('button', { name: scene.press }).last();
    await button.click({ timeout });
    await page.getByText(scene.pressWaitFor, { exact: false }).last().waitFor({ timeout });
  }

  await page.waitForTimeout(1500);
  const file = join(outDir, `${scene.name}.png`);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

mkdirSync(outDir, { recursive: true });
await install();
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2000 }, deviceScaleFactor: 1 });
  await page.goto(base, { waitUntil: 'networkidle', timeout });
  // The log panel takes a third of the width; the chat is what the pictures are for.
  await page.getByText('Log Panel').locator('xpath=..').getByRole('button').last().click().catch(() => {});
  let failed = 0;
  for (const scene of scenes) {
    try {
      await (scene.url ? runPageScene(browser, scene) : runScene(page, scene));
    } catch (error) {
      failed++;
      console.error(`scene ${scene.name} failed: ${error.message.split('\n')[0]}`);
      await page.screenshot({ path: join(outDir, `${scene.name}.failed.png`) }).catch(() => {});
    }
  }

  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  await browser.close();
}
