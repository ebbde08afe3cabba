// Renders Adaptive Card JSON files to one HTML page with the adaptivecards renderer, so that a person can look at
// the cards (open it in a browser, or screenshot it with headless Chromium).
// Usage: node render-cards.mjs <cards-dir> <out.html> [name-filter]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [dir, out, filter = ""] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: node render-cards.mjs <cards-dir> <out.html> [name-filter]");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const library = readFileSync(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "utf8");
const cards = readdirSync(dir)
  .filter((name) => name.endsWith(".json") && name.includes(filter))
  .sort()
  .map((name) => ({ name, card: JSON.parse(readFileSync(join(dir, name), "utf8")) }));

const page = `<!doctype html><meta charset="utf-8"><title>OutcomesBot cards</title>
<style>body{font-family:"Segoe UI",sans-serif;background:#f0f0f0;display:flex;flex-wrap:wrap;gap:16px;padding:16px}
.card{width:460px;background:#fff;border-radius:6px;box-shadow:0 1px 3px #0003;padding:4px}.name{font:12px monospace;color:#666;padding:4px}</style>
<script>${library}</script><body><script>
const cards = ${JSON.stringify(cards)};
for (const { name, card } of cards) {
  const box = document.createElement("div"); box.className = "card";
  const label = document.createElement("div"); label.className = "name"; label.textContent = name; box.append(label);
  const adaptive = new AdaptiveCards.AdaptiveCard(); adaptive.parse(card); box.append(adaptive.render());
  document.body.append(box);
}
</script>`;
writeFileSync(out, page);
console.log(`${cards.length} cards rendered to ${out}`);
