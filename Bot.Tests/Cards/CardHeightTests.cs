using System.Text.Json;
using Microsoft.Playwright;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>
/// Issue 13: cards sized for a phone between visits. Every card the bot can send (<see cref="CardGallery"/>) is drawn by
/// the adaptivecards renderer 400 px wide in the machine's Chromium, started once for all of them, and none may be taller
/// than 1,600 px, except the cards listed below with the reason each needs to be longer; no card may break a word in the
/// middle or draw a markdown escape (decision 031).
/// </summary>
[Slow]
public sealed class CardHeightTests(CardGalleryDrawing drawing) : IClassFixture<CardGalleryDrawing>
{
    public const int Width = 400;
    public const int MaxHeight = 1600;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Cards allowed past <see cref="MaxHeight"/>, by their title (the card's fallback text, which every card has), each
    /// with why it needs to be longer.
    /// </summary>
    private static readonly Dictionary<string, string> Taller = new(StringComparer.Ordinal)
    {
        ["Monthly check-in"] = "All 14 statements at once: only for a team on the monthly rhythm (one check-in a month, so the month's "
            + "rotation cannot be spread) and for cycles opened before the rotation; the statements are drop-downs there to keep it short.",
    };

    [Fact]
    public void No_card_is_taller_than_1600_px_when_drawn_400_px_wide()
    {
        var (cards, measured) = (drawing.Cards, drawing.Measured);

        Assert.Equal(cards.Count, measured.Count);
        var titles = cards.ToDictionary(c => c.Key, c => Title(c.Value), StringComparer.Ordinal);
        var tooTall = measured.Where(m => m.Height > MaxHeight && !IsListed(titles[m.Name])).Select(m => $"{m.Name} ({titles[m.Name]}): {m.Height:F0} px").ToList();
        Assert.True(tooTall.Count == 0, $"Taller than {MaxHeight} px at {Width} px wide:\n{string.Join('\n', tooTall)}");

        // And every listed exception is still needed: a card that has become short enough leaves the list.
        var unneeded = Taller.Keys.Where(title => !measured.Any(m => titles[m.Name].Contains(title, StringComparison.Ordinal) && m.Height > MaxHeight)).ToList();
        Assert.True(unneeded.Count == 0, $"Listed as taller but no longer: {string.Join(", ", unneeded)}");
    }

    // Issue 13 found headings broken mid-word ("Confid ence", "Signific ance") in the momentum card and exercise tables.
    [Fact]
    public void No_card_breaks_a_word_when_drawn_400_px_wide()
    {
        var broken = drawing.Measured.Where(m => m.BrokenWords.Length > 0).Select(m => $"{m.Name}: {string.Join(", ", m.BrokenWords)}").ToList();

        Assert.NotEmpty(drawing.Measured);
        Assert.True(broken.Count == 0, $"Words broken in the middle at {Width} px wide:\n{string.Join('\n', broken)}");
    }

    // Issue 13 found a literal "\(" in exercise cards. Drawn (markdown read as Teams reads it), no card may show a
    // backslash before punctuation: one would be escaping applied where the text is not markdown, or applied twice.
    [Fact]
    public void No_card_draws_a_markdown_escape()
    {
        var shown = drawing.Measured.Where(m => m.Escapes.Length > 0).Select(m => $"{m.Name}: {string.Join(" | ", m.Escapes)}").ToList();

        Assert.NotEmpty(drawing.Measured);
        Assert.True(shown.Count == 0, $"Markdown escapes drawn as text:\n{string.Join('\n', shown)}");
    }

    // A client that draws an escape as typed (Teams mobile has) would show every one: the cards escape only what Teams'
    // card markdown reads (PlainText), so "(aim for three reasons)" reaches every client as written.
    [Fact]
    public void Card_text_escapes_only_what_markdown_reads()
    {
        var needless = drawing.Cards.SelectMany(card => MarkdownTexts(card.Value).SelectMany(NeedlessEscapes).Select(escape => $"{card.Key}: {escape}"))
            .Distinct(StringComparer.Ordinal).ToList();

        Assert.True(needless.Count == 0, $"Escapes no markdown needs:\n{string.Join('\n', needless)}");
    }

    // The card texts Teams reads as markdown: a TextBlock's text, a fact's title and value.
    private static List<string> MarkdownTexts(string card)
    {
        var texts = new List<string>();
        using var document = JsonDocument.Parse(card);
        Collect(document.RootElement);
        return texts;

        void Collect(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                var isText = element.TryGetProperty("type", out var type) && type.GetString() == "TextBlock";
                var isFact = !element.TryGetProperty("type", out _) && element.TryGetProperty("title", out _) && element.TryGetProperty("value", out _);
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && ((isText && property.Name == "text") || (isFact && property.Name is "title" or "value")))
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> NeedlessEscapes(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\\[!-/:-@\[-`{-~]")
            .Where(m => !Needed(text, m.Index))
            .Select(m => text.Substring(Math.Max(0, m.Index - 20), Math.Min(text.Length - Math.Max(0, m.Index - 20), 40)));

    // Escapes CommonMark needs: emphasis, code, links, strikethrough, autolinks, a backslash; at a line's start a list,
    // heading or quote marker; after a line's leading digits a numbered list's "." or ")".
    private static bool Needed(string text, int at)
    {
        var escaped = text[at + 1];
        if ("\\`*_[]~<".Contains(escaped, StringComparison.Ordinal))
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var before = text[lineStart..at];
        return ("-+=#>".Contains(escaped, StringComparison.Ordinal) && before.Trim().Length == 0)
            || (escaped is '.' or ')' && before.Length > 0 && before.All(char.IsAsciiDigit));
    }

    // A shared card's title starts with the person's name, so a listed title is matched as a part of the card's.
    private static bool IsListed(string title) => Taller.Keys.Any(listed => title.Contains(listed, StringComparison.Ordinal));

    private static string Title(string card)
    {
        using var document = JsonDocument.Parse(card);
        return document.RootElement.TryGetProperty("fallbackText", out var title) ? title.GetString() ?? "" : "";
    }

    /// <summary>Renders the cards on one page (tools/node/render-cards.mjs) and measures each in one Chromium.</summary>
    internal static async Task<IReadOnlyList<CardSize>> MeasureAsync(IReadOnlyDictionary<string, string> cards)
    {
        var token = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory("card-heights");
        Directory.CreateDirectory(folder.Combine("cards"));
        foreach (var (name, card) in cards)
        {
            await File.WriteAllTextAsync(Path.Combine(folder.Combine("cards"), name + ".json"), card, token);
        }

        var page = folder.Combine("cards.html");
        var render = await NodeTools.RunScriptAsync("render-cards.mjs", [folder.Combine("cards"), page, "", Width.ToString(System.Globalization.CultureInfo.InvariantCulture)], token);
        Assert.True(render.ExitCode == 0, render.StandardError);
        Assert.True(File.Exists(MyDataBrowserTests.ChromiumPath), $"No Chromium at {MyDataBrowserTests.ChromiumPath}: run `apt-get install -y chromium` (scripts/test.sh does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = MyDataBrowserTests.ChromiumPath, Headless = true });
        var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        tab.SetDefaultTimeout(120_000);
        await tab.GotoAsync(new Uri(page).AbsoluteUri);
        return JsonSerializer.Deserialize<CardSize[]>(await tab.EvaluateAsync<string>(MeasureScript), Web)!;
    }

    // Each card's height, and each word (up to 25 letters: longer tokens such as links may break) drawn over two lines;
    // a hyphen is a fair place to break, so "outcomes-focused" counts as two words.
    private const string MeasureScript = """
        () => JSON.stringify(Array.from(document.querySelectorAll('.card')).map(box => {
            const card = box.querySelector('.ac-adaptiveCard');
            const broken = [];
            const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const match of node.textContent.matchAll(/[^\s-]+-?/g)) {
                    if (match[0].length > 25) { continue; }
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) { broken.push(match[0]); }
                }
            }
            // What the reader sees as text: drawn text, and the values and hints of inputs.
            const drawn = [card.innerText, ...Array.from(card.querySelectorAll('input, textarea')).flatMap(i => [i.value, i.placeholder])].join('\n');
            const escapes = Array.from(drawn.matchAll(/.{0,20}\\[!-\/:-@\[-`{-~].{0,20}/g)).map(m => m[0]);
            return { name: box.dataset.name.replace(/\.json$/, ''), height: card.getBoundingClientRect().height, brokenWords: broken, escapes };
        }))
        """;

    public sealed record CardSize(string Name, double Height, string[] BrokenWords, string[] Escapes);
}
