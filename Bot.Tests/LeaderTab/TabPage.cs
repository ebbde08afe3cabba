using System.Text.Json;
using Microsoft.Playwright;
using OutcomesBot.Bot.Tests.PersonalData;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// The tab page in the machine's Chromium (Playwright). Teams itself cannot run here, so the test stands in for the Teams
/// client the way teams-js would answer the page: an init script gives the page its host (the team from the context, the
/// theme and the SSO token) before any of the page's scripts run. Everything after that is the real page and API.
/// </summary>
public sealed class TabPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private TabPage(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<TabPage> OpenAsync(Uri baseAddress, string token, string theme = "default", string view = "team", string? teamId = TabSeed.TeamId)
    {
        Assert.True(File.Exists(MyDataBrowserTests.ChromiumPath), $"No Chromium at {MyDataBrowserTests.ChromiumPath}: run `apt-get install -y chromium` (scripts/test.sh does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = MyDataBrowserTests.ChromiumPath, Headless = true });
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var host = JsonSerializer.Serialize(new { teamId, theme, token });
        await context.AddInitScriptAsync($$"""
            (() => { const h = {{host}}; window.outcomesbotTestHost = { teamId: h.teamId, theme: h.theme, authorization: async () => 'Bearer ' + h.token }; })();
            """);
        var page = await context.NewPageAsync();

        // Playwright's 30 s default was seen to run out while the 2-core machine was saturated by parallel builds.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(new Uri(baseAddress, "/tab/index.html?view=" + view).ToString());
        return new TabPage(playwright, browser, context, page);
    }

    public Task WaitForAsync(string rendered) => Page.WaitForSelectorAsync($"body[data-rendered='{rendered}']");

    /// <summary>Waits until the status line says the view for <paramref name="rangeText"/> is shown (after a range change).</summary>
    public Task WaitForRangeAsync(string rangeText) =>
        Page.WaitForFunctionAsync("t => document.getElementById('status').textContent.includes(t)", rangeText);

    /// <summary>The rows of a table view, each cell's text.</summary>
    public async Task<List<string[]>> TableAsync(string id) =>
        [.. await Page.EvalOnSelectorAllAsync<string[][]>($"#table-{id} tbody tr", "rows => rows.map(r => Array.from(r.cells).map(c => c.textContent))")];

    /// <summary>How many pixels each canvas has drawn (not transparent), by canvas id.</summary>
    public async Task<Dictionary<string, int>> CanvasInkAsync() =>
        await Page.EvaluateAsync<Dictionary<string, int>>("""
            () => Object.fromEntries(Array.from(document.querySelectorAll('main canvas')).map(c => {
                const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let ink = 0;
                for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { ink++; } }
                return [c.id, ink];
            }))
            """);

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
