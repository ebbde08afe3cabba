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
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// A real browser (the machine's Chromium, driven by Playwright) opens the link from the "my data" card: a landing
/// page whose button gets the JSON file; opening the link again and pressing the button gets the 404 page. The bot
/// runs on Kestrel on a loopback port.
/// </summary>
[Slow]
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
        // Wait for the answer page's text itself: a load-state wait right after the form's POST can miss the
        // navigation's load event on a saturated machine (seen once: 120 s timeout with the page already shown).
        await page.GetByText("has run out or has already been used").WaitForAsync();
        Assert.Contains("has run out or has already been used", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readable_page_lists_the_learning_log_with_dates_and_time_spent_runs_no_script_and_prints_each_entry_whole()
    {
        Assert.True(File.Exists(ChromiumPath), $"No Chromium at {ChromiumPath}: run `apt-get install -y chromium` (scripts/test.sh does).");
        var baseAddress = StartOnKestrel();
        var now = _app.Get<TimeProvider>().GetUtcNow();
        var sessions = _app.Get<IExerciseSessionStore>();
        await sessions.TryAddAsync(Run(MyDataTurnTests.Sender.TeamsUserId, "log-1", now.AddDays(-2), TimeSpan.FromMinutes(12), new()
        {
            ["worked"] = "Asking Mrs B what a good day looks like <b>first</b>",
            ["didnt-work"] = "Rushing the review",
            ["learning"] = "Listening before planning",
            ["application"] = "Start each review with her goals",
        }), Token);
        await sessions.TryAddAsync(Run(MyDataTurnTests.Sender.TeamsUserId, "log-2", now.AddDays(-9), TimeSpan.FromDays(2), new() { ["worked"] = "Finished later", ["didnt-work"] = "x", ["learning"] = "y", ["application"] = "z" }), Token);
        await sessions.TryAddAsync(Run(PersonalDataSeed.Blake.TeamsUserId, "log-3", now.AddDays(-1), TimeSpan.FromMinutes(5), new() { ["worked"] = PersonalDataSeed.Blake.Marker, ["didnt-work"] = "x", ["learning"] = "y", ["application"] = "z" }), Token);
        var link = await DownloadLinkAsync(baseAddress);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(link.ToString());
        var readable = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync($"button:has-text('{MyDataDownloadEndpoint.ReadableButton}')"), response => response.Request.Method == "POST");
        // Wait for the readable page's own content, as the first test waits for its answer page: a load-state wait right
        // after the form's POST timed out once (120 s) on a saturated machine, with the page already shown.
        await page.Locator("article.entry").First.WaitForAsync();

        Assert.Equal(200, readable.Status);
        Assert.Equal(ReadableExportPage.ContentSecurityPolicy, readable.Headers["content-security-policy"]);
        Assert.StartsWith("default-src 'none'", ReadableExportPage.ContentSecurityPolicy, StringComparison.Ordinal);
        var text = await page.InnerTextAsync("body");
        Assert.Contains("Asking Mrs B what a good day looks like <b>first</b>", text, StringComparison.Ordinal);
        Assert.Contains("Significant learning", text, StringComparison.Ordinal);
        Assert.Contains("Time spent: about 12 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Time spent: not known", text, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalDataSeed.Blake.Marker, text, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("article.entry").CountAsync());
        Assert.Equal(0, await page.Locator("script").CountAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".screen-only").IsVisibleAsync());
        Assert.Equal("avoid", await page.Locator("article.entry").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);
    }

    private static ExerciseSession Run(string personId, string id, DateTimeOffset started, TimeSpan took, Dictionary<string, string> answers) => new()
    {
        SessionId = id + "-" + Guid.NewGuid().ToString("N"),
        PersonId = personId,
        ExerciseId = "learning-log",
        Status = ExerciseSessionStatus.Completed,
        Answers = new ExerciseAnswers(answers),
        Version = 1,
        StartedAt = started,
        UpdatedAt = started + took,
        CompletedAt = started + took,
    };

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
