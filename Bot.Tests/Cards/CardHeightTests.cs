using System.Text.Json;
using Microsoft.Playwright;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>
/// Issue 13: cards sized for a phone between visits. Every card the bot can send (<see cref="CardGallery"/>) is drawn by
/// the adaptivecards renderer 400 px wide in the machine's Chromium, started once for all of them, and none may be taller
/// than 1,600 px, except the cards listed below with the reason each needs to be longer; the momentum card may not break a
/// word in the middle either.
/// </summary>
public sealed class CardHeightTests
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
        ["Risk-taking: summary"] = "The risk-taking plan in one place: every risk rated with its likelihood, impact and plan, which the person "
            + "takes to supervision as a whole; split, the plan would lose its overview.",
        ["Risk-taking: my entries"] = "Lists the finished risk-taking plans with the latest in full, for the same reason as its summary.",
    };

    [Fact]
    public async Task No_card_is_taller_than_1600_px_or_breaks_a_word_when_drawn_400_px_wide()
    {
        var cards = await CardGallery.GatherAllAsync();
        var measured = await MeasureAsync(cards);

        Assert.Equal(cards.Count, measured.Count);
        var titles = cards.ToDictionary(c => c.Key, c => Title(c.Value), StringComparer.Ordinal);
        var tooTall = measured.Where(m => m.Height > MaxHeight && !IsListed(titles[m.Name])).Select(m => $"{m.Name} ({titles[m.Name]}): {m.Height:F0} px").ToList();
        Assert.True(tooTall.Count == 0, $"Taller than {MaxHeight} px at {Width} px wide:\n{string.Join('\n', tooTall)}");
        // The momentum card's tables are the ones issue 13 found breaking words ("Confid ence"); other cards' words are
        // reported by the same measure (see the decision record) but not yet held to it.
        var broken = measured.Where(m => m.Name.StartsWith("momentum-", StringComparison.Ordinal) && m.BrokenWords.Length > 0)
            .Select(m => $"{m.Name}: {string.Join(", ", m.BrokenWords)}").ToList();
        Assert.True(broken.Count == 0, $"Words broken in the middle at {Width} px wide:\n{string.Join('\n', broken)}");

        // And every listed exception is still needed: a card that has become short enough leaves the list.
        var unneeded = Taller.Keys.Where(title => !measured.Any(m => titles[m.Name].Contains(title, StringComparison.Ordinal) && m.Height > MaxHeight)).ToList();
        Assert.True(unneeded.Count == 0, $"Listed as taller but no longer: {string.Join(", ", unneeded)}");
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
            return { name: box.dataset.name.replace(/\.json$/, ''), height: card.getBoundingClientRect().height, brokenWords: broken };
        }))
        """;

    internal sealed record CardSize(string Name, double Height, string[] BrokenWords);
}
