// Renders Adaptive Card JSON files to one HTML page with the adaptivecards renderer, so that a person can look at
// the cards (open it in a browser, or screenshot it with headless Chromium).
// Usage: node render-cards.mjs <cards-dir> <out.html> [name-filter] [card-width-px]
// Text wraps as in Teams (a word is broken only when it cannot fit a line on its own), so that a page measured in
// Chromium (Bot.Tests/Cards/CardHeightTests.cs, 400 px wide as on a phone) shows the heights and broken words Teams would.
// TextBlocks and facts are drawn through markdown-it (CommonMark, HTML off), as the adaptivecards library documents for
// hosts and as Teams reads card text, so bold shows as bold and a markdown escape is consumed rather than drawn.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const [dir, out, filter = "", width = "460"] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: node render-cards.mjs <cards-dir> <out.html> [name-filter]");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const library = readFileSync(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "utf8");
const markdown = readFileSync(join(require.resolve("markdown-it"), "..", "browser", "markdown-it.umd.min.js"), "utf8");
const cards = readdirSync(dir)
  .filter((name) => name.endsWith(".json") && name.includes(filter))
  .sort()
  .map((name) => ({ name, card: JSON.parse(readFileSync(join(dir, name), "utf8")) }));

const page = `<!doctype html><meta charset="utf-8"><title>OutcomesBot cards</title>
<style>body{font-family:"Segoe UI",sans-serif;background:#f0f0f0;display:flex;flex-wrap:wrap;align-items:flex-start;gap:16px;padding:16px}
.card{width:${Number(width)}px;background:#fff;border-radius:6px;box-shadow:0 1px 3px #0003;padding:4px}.name{font:12px monospace;color:#666;padding:4px}
.ac-textBlock,.ac-richTextBlock{overflow-wrap:break-word}</style>
<script>${library}</script><script>${markdown}</script><body><script>
const markdownIt = window.markdownit({ html: false, linkify: false });
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = markdownIt.render(text); result.didProcess = true; };
const cards = ${JSON.stringify(cards)};
for (const { name, card } of cards) {
  const box = document.createElement("div"); box.className = "card"; box.dataset.name = name;
  const label = document.createElement("div"); label.className = "name"; label.textContent = name; box.append(label);
  const adaptive = new AdaptiveCards.AdaptiveCard(); adaptive.parse(card); box.append(adaptive.render());
  document.body.append(box);
}
</script>`;
writeFileSync(out, page);
console.log(`${cards.length} cards rendered to ${out}`);
