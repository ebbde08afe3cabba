using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// The team tab in real Chromium against the real bot and a 9-person team with 52 weeks of history: every chart drawn,
/// every table view equal to what the store holds, hidden weeks shown as hidden, the themes, the CSV and staff's view.
/// Screenshots go to artifacts/tab-screenshots (docs/images has the committed ones).
/// </summary>
[Slow]
public sealed class TabBrowserTests(TabHostFixture host) : IClassFixture<TabHostFixture>
{
    private static readonly string[] Charts =
        ["chart-participation", "chart-confidence", "chart-readiness", "chart-exercises", "chart-learning-log", "chart-stories", "chart-learning-sets"];

    private static string Screenshots => Path.Combine(NodeTools.RepositoryRoot, "artifacts", "tab-screenshots");

    [Fact]
    public async Task The_team_tab_draws_every_chart_and_its_table_views_equal_the_store_for_12_weeks_and_12_months()
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.LeaderAad));
        await tab.WaitForAsync("team");
        await AssertFiguresAsync(tab, new TabExpected(host.Seed, 12));
        // Plain dates, the year once when both weeks are in it (decision 070): TabSeed.Now is Wednesday 25 November 2026.
        Assert.StartsWith("Weeks of 31 Aug to 16 Nov 2026, finished weeks only.", await tab.Page.TextContentAsync("#subtitle"), StringComparison.Ordinal);
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "team-tab-default.png"), FullPage = true });

        // Keyboard only: focus the 12 months option and select it with the arrow key, as a keyboard user would.
        await tab.Page.FocusAsync("input[name=range][value='6m']");
        await tab.Page.Keyboard.PressAsync("ArrowRight");
        await tab.WaitForRangeAsync("the last 12 months");

        await AssertFiguresAsync(tab, new TabExpected(host.Seed, 52));
        Assert.StartsWith("Weeks of 24 Nov 2025 to 16 Nov 2026, finished weeks only.", await tab.Page.TextContentAsync("#subtitle"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weeks_below_the_threshold_show_as_hidden_in_the_tables_the_charts_and_the_heat_map()
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.LeaderAad));
        await tab.WaitForAsync("team");
        var expected = new TabExpected(host.Seed, 12);

        var participation = await tab.TableAsync("participation");
        Assert.Equal(expected.HiddenWeeks, participation.Count(row => row[1] == "hidden" && row[3] == "hidden"));
        Assert.True(expected.HiddenWeeks > 0);
        Assert.DoesNotContain(participation, row => row[1] == "0");
        var hiddenBars = await tab.Page.EvaluateAsync<int>("() => Chart.getChart('chart-participation').data.datasets[1].data.filter(v => v === 100).length");
        Assert.Equal(expected.HiddenWeeks, hiddenBars);
        // A month's pulse is hidden when fewer than the threshold rated it; whether the last 12 finished weeks hold such a
        // month depends on the calendar, so the heat map must say "hidden" exactly when the store's figures call for it.
        var hiddenMonth = expected.Conditions().Any(row => row.Contains("hidden"));
        Assert.Equal(hiddenMonth, (await tab.Page.Locator("#heatmap").TextContentAsync())!.Contains("hidden", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dark", "rgb(31, 31, 31)")]
    [InlineData("contrast", "rgb(0, 0, 0)")]
    public async Task The_dark_and_high_contrast_themes_render_every_chart(string theme, string background)
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.LeaderAad), theme);
        await tab.WaitForAsync("team");

        Assert.Equal(background, await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.True(await tab.Page.EvaluateAsync<bool>($"() => document.body.classList.contains('theme-{theme}')"));
        var ink = await tab.CanvasInkAsync();
        Assert.All(Charts, id => Assert.True(ink[id] > 500, $"{id} drew {ink[id]} pixels in the {theme} theme"));
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"team-tab-{theme}.png"), FullPage = true });
    }

    [Fact]
    public async Task The_downloaded_CSV_holds_the_same_numbers_as_the_page()
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.LeaderAad));
        await tab.WaitForAsync("team");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.ClickAsync("#download-csv"));
        var csv = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Skip(1).Select(line => line.Split(',')).ToList();

        Assert.Equal("team-momentum-12w.csv", download.SuggestedFilename);
        string Value(string section, string period, string measure) => csv.Single(r => r[0] == section && r[1] == period && r[2] == measure)[3];
        foreach (var row in await tab.TableAsync("participation"))
        {
            Assert.Equal((row[1], row[3]), (Value("week", row[0], "answered"), Value("week", row[0], "participation_percent")));
        }

        foreach (var row in await tab.TableAsync("confidence"))
        {
            Assert.Equal(row[1], Value("week", row[0], "average_confidence"));
        }

        var months = await tab.Page.EvalOnSelectorAllAsync<string[]>("#table-conditions thead th", "cells => cells.slice(1).map(c => c.textContent)");
        var conditionIds = csv.Where(r => r[0] == "condition").Select(r => r[2]).Distinct().ToList();
        var conditions = await tab.TableAsync("conditions");
        for (var c = 0; c < conditions.Count; c++)
        {
            Assert.Equal(conditions[c][1..].Select(v => v == "no pulse" ? "none" : v), months.Select(m => Value("condition", m, conditionIds[c])));
        }

        foreach (var row in await tab.TableAsync("stories"))
        {
            Assert.Equal((row[1], row[2]), (Value("stories", row[0], "posted"), Value("stories", row[0], "celebrations")));
        }

        foreach (var row in await tab.TableAsync("learning-sets"))
        {
            Assert.Equal((row[1], row[2]), (Value("learning_sets", row[0], "rounds"), Value("learning_sets", row[0], "answers")));
        }

        foreach (var row in await tab.TableAsync("exercises"))
        {
            var cells = csv.Where(r => r[0] == "exercises" && r[1] == row[0]).Select(r => r[3]).ToList();
            Assert.Equal(row[^1], row[^1] == "hidden" ? Assert.Single(cells.Distinct()) : cells.Sum(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var row in await tab.TableAsync("learning-log"))
        {
            Assert.Equal(row[1], Value("learning_log", row[0], "entries"));
        }
    }

    [Fact]
    public async Task The_print_view_carries_each_learning_sets_line_as_the_page_shows_it()
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.LeaderAad));
        await tab.WaitForAsync("team");

        await tab.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        var lines = tab.Page.Locator("#learning-set-list li");
        Assert.Equal(
            ["First round 1 Sep 2026: all 4 rounds held.", "First round 30 Sep 2026: ended early after round 2 of 4."],
            await lines.AllInnerTextsAsync());
        Assert.True(await lines.Nth(1).IsVisibleAsync(), "the set lines are hidden in print");
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "team-tab-print.png"), FullPage = true });
    }

    [Fact]
    public async Task On_a_phone_400_px_wide_the_team_tab_fits_the_screen_with_every_chart_drawn()
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.LeaderAad));
        await tab.Page.SetViewportSizeAsync(400, 900);
        await tab.WaitForAsync("team");

        // Nothing wider than the screen: every card, chart and table is read without scrolling sideways.
        Assert.Equal(400, await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var widest = await tab.Page.EvaluateAsync<double>("() => Math.max(...Array.from(document.querySelectorAll('main .card')).map(c => c.getBoundingClientRect().right))");
        Assert.True(widest <= 400, $"a card reaches {widest} px on a 400 px screen");
        var ink = await tab.CanvasInkAsync();
        Assert.All(Charts, id => Assert.True(ink[id] > 500, $"{id} drew only {ink[id]} pixels at 400 px"));
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "team-tab-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task A_staff_member_sees_only_their_own_history_and_none_of_the_teams_figures()
    {
        await using var tab = await TabPage.OpenAsync(host.BaseAddress, host.Token(TabSeed.StaffAad(2)));
        await tab.WaitForAsync("history");

        Assert.Equal(0, await tab.Page.Locator("#table-participation").CountAsync());
        var own = host.Seed.Answers.Where(a => a.PersonId == TabSeed.PersonId(2) && a.AnsweredAt >= MomentumWeeks.LastWeeks(TabSeed.Now, 12)[0]).Select(a => a.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(own, (await tab.TableAsync("history-checkins")).Select(row => row[1]));
        Assert.Contains("for the team's leaders", await tab.Page.TextContentAsync("#status"), StringComparison.Ordinal);
    }

    private static async Task AssertFiguresAsync(TabPage tab, TabExpected expected)
    {
        var ink = await tab.CanvasInkAsync();
        Assert.All(Charts, id => Assert.True(ink[id] > 500, $"{id} drew only {ink[id]} pixels"));
        Assert.Equal(14 * expected.Months.Count, await tab.Page.Locator("#heatmap rect").CountAsync());
        Assert.Equal(expected.Participation(), await tab.TableAsync("participation"));
        Assert.Equal(expected.Confidence(), await tab.TableAsync("confidence"));
        Assert.Equal(expected.Conditions(), await tab.TableAsync("conditions"));
        Assert.Equal(expected.Exercises(), await tab.TableAsync("exercises"));
        Assert.Equal(expected.LearningLog(), await tab.TableAsync("learning-log"));
        Assert.Equal(expected.Stories(), await tab.TableAsync("stories"));
        Assert.Equal(expected.LearningSets(), await tab.TableAsync("learning-sets"));
        Assert.Equal(
            ["First round 1 Sep 2026: all 4 rounds held.", "First round 30 Sep 2026: ended early after round 2 of 4."],
            await tab.Page.Locator("#learning-set-list li").AllTextContentsAsync());
    }
}
