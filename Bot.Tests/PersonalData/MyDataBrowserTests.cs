using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.PersonalData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// A real browser (the machine's Chromium, driven by Playwright) opens the link from the "my data" card: a landing
/// page whose button gets the JSON file; opening the link again and pressing the button gets the 404 page. The bot
/// runs on Kestrel on a loopback port.
/// </summary>
public sealed class MyDataBrowserTests : IAsyncDisposable
{
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The system Chromium (apt package <c>chromium</c>; scripts/test.sh installs it), so Playwright downloads no browser.</summary>
    internal static string ChromiumPath => Environment.GetEnvironmentVariable("OUTCOMESBOT_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_browser_opening_the_link_and_pressing_the_button_gets_the_JSON_file_once_then_the_404_page()
    {
        Assert.True(File.Exists(ChromiumPath), $"No Chromium at {ChromiumPath}: run `apt-get install -y chromium` (scripts/test.sh does).");
        var baseAddress = StartOnKestrel();
        await MyDataTurnTests.Sender.WriteAsync(_app.Services, _app.Get<TimeProvider>().GetUtcNow().AddDays(-1), Token);
        await PersonalDataSeed.Blake.WriteAsync(_app.Services, _app.Get<TimeProvider>().GetUtcNow().AddDays(-1), Token);
        var link = await DownloadLinkAsync(baseAddress);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
        await using var context = await browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();

        // Playwright's 30 s default was seen to run out once while the 2-core machine was saturated by parallel builds.
        page.SetDefaultTimeout(120_000);

        var landing = await page.GotoAsync(link.ToString());
        Assert.Equal(200, landing!.Status);
        var download = await page.RunAndWaitForDownloadAsync(() => PressDownloadAsync(page));
        var saved = await File.ReadAllTextAsync(await download.PathAsync(), Token);

        Assert.Equal(MyDataDownloadEndpoint.FileName, download.SuggestedFilename);
        var export = JsonNode.Parse(saved)!;
        Assert.Equal(MyDataTurnTests.Sender.TeamsUserId, export["teamsUserId"]!.GetValue<string>());
        Assert.Contains(MyDataTurnTests.Sender.Marker, saved, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalDataSeed.Blake.Marker, saved, StringComparison.Ordinal);

        // Opening the link again only shows the page (a GET never uses a link up); the button then finds it used.
        await page.GotoAsync(link.ToString());
        var again = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync($"button:has-text('{MyDataDownloadEndpoint.DownloadButton}')"), response => response.Request.Method == "POST");
        Assert.Equal(404, again.Status);
        await page.WaitForLoadStateAsync();
        Assert.Contains("has run out or has already been used", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    // A form post that turns into a download may abort the navigation; the download itself is what counts.
    private static async Task PressDownloadAsync(IPage page)
    {
        try
        {
            await page.ClickAsync($"button:has-text('{MyDataDownloadEndpoint.DownloadButton}')");
        }
        catch (PlaywrightException error) when (error.Message.Contains("Download is starting", StringComparison.Ordinal)
            || error.Message.Contains("net::ERR_ABORTED", StringComparison.Ordinal))
        {
        }
    }

    private Uri StartOnKestrel()
    {
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        return new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    private static async Task<Uri> DownloadLinkAsync(Uri baseAddress)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = MyDataVerbs.Download;
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var content = new StringContent(invoke.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content, Token);
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!["value"]!;
        var url = card["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        Assert.StartsWith(baseAddress.ToString().TrimEnd('/') + "/my-data/", url, StringComparison.Ordinal);
        return new Uri(url);
    }
}
