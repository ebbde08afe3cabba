using System.Text.Json;
using Microsoft.Playwright;
using OutcomesBot.Bot.Tests.PersonalData;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// A card as sent, drawn by the adaptivecards renderer (tools/node/render-cards.mjs) 360 px wide in the machine's
/// Chromium, as a phone shows it (decision 103's walk drew every card so): the titles of the buttons that run off the
/// card's right edge, where a thumb cannot reach them.
/// </summary>
public static class PhoneDrawing
{
    public const int Width = 360;

    public static async Task<IReadOnlyList<string>> ButtonsRunningOffAsync(JsonElement card)
    {
        var token = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory("phone-card");
        Directory.CreateDirectory(folder.Combine("cards"));
        await File.WriteAllTextAsync(Path.Combine(folder.Combine("cards"), "card.json"), card.GetRawText(), token);
        var page = folder.Combine("card.html");
        var render = await NodeTools.RunScriptAsync("render-cards.mjs", [folder.Combine("cards"), page, "", Width.ToString(System.Globalization.CultureInfo.InvariantCulture)], token);
        Assert.True(render.ExitCode == 0, render.StandardError);
        Assert.True(File.Exists(MyDataBrowserTests.ChromiumPath), $"No Chromium at {MyDataBrowserTests.ChromiumPath}: run `apt-get install -y chromium` (scripts/test.sh does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = MyDataBrowserTests.ChromiumPath, Headless = true });
        var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 1000 } });
        await tab.GotoAsync(new Uri(page).AbsoluteUri);
        var off = await tab.EvaluateAsync<string[]>(RunningOffScript);
        // A card with no buttons drawn would pass for the wrong reason.
        Assert.True(await tab.Locator(".ac-adaptiveCard button").CountAsync() > 0, "The card drew no buttons.");
        return off;
    }

    private const string RunningOffScript = """
        () => {
            const card = document.querySelector('.ac-adaptiveCard');
            const right = card.getBoundingClientRect().right;
            return Array.from(card.querySelectorAll('button')).filter(b => b.getBoundingClientRect().right > right + 0.5).map(b => b.innerText.trim());
        }
        """;
}
