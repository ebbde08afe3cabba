using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Bot.Tests.Protocol.Auth;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>The tab's API over real HTTP with real tokens: who may see what, and that the figures are the store's.</summary>
public sealed class TabApiTests(TabHostFixture host) : IClassFixture<TabHostFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void No_data_protection_key_ring_is_read_or_written_at_start_since_no_scheme_signs_with_it()
    {
        var hosted = host.App.Services.GetServices<IHostedService>().Select(service => service.GetType().FullName ?? string.Empty);

        Assert.DoesNotContain(hosted, name => name.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_leaders_token_gets_the_weeks_with_the_stores_figures_and_hidden_weeks_carry_no_number()
    {
        using var response = await host.GetAsync(TabHostFixture.DashboardPath("12m"), host.Token(TabSeed.LeaderAad));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var weeks = (await JsonAsync(response)).GetProperty("weeks").EnumerateArray().ToList();
        var expected = new TabExpected(host.Seed, 52);
        Assert.Equal(52, weeks.Count);
        Assert.True(expected.HiddenWeeks >= 8, "the seed must have hidden weeks");
        Assert.Equal(expected.Participation().Select(row => row[1]), weeks.Select(w => w.GetProperty("hidden").GetBoolean() ? "hidden" : Text(w.GetProperty("answered"))));
        Assert.Equal(expected.Confidence().Select(row => row[1]), weeks.Select(w => w.GetProperty("hidden").GetBoolean() ? "hidden" : Text(w.GetProperty("averageConfidence"))));
        Assert.All(weeks.Where(w => w.GetProperty("hidden").GetBoolean()), w =>
        {
            Assert.Equal(JsonValueKind.Null, w.GetProperty("answered").ValueKind);
            Assert.Equal(JsonValueKind.Null, w.GetProperty("participationPercent").ValueKind);
            Assert.Equal(JsonValueKind.Null, w.GetProperty("averageConfidence").ValueKind);
            Assert.Equal("hidden", w.GetProperty("readinessStatus").GetString());
        });
    }

    [Fact]
    public async Task The_team_view_lists_the_ranges_learning_sets_with_a_set_ended_early_after_the_round_it_held_and_no_topic()
    {
        using var response = await host.GetAsync(TabHostFixture.DashboardPath("12w"), host.Token(TabSeed.LeaderAad));

        var json = await JsonAsync(response);
        var sets = json.GetProperty("learningSets").EnumerateArray()
            .Select(s => (s.GetProperty("status").GetString(), s.GetProperty("roundsHeld").GetInt32(), s.GetProperty("rounds").GetInt32(), s.GetProperty("endedAt").ValueKind))
            .ToList();
        Assert.Equal([("finished", 4, 4, JsonValueKind.Null), ("ended", 2, 4, JsonValueKind.String)], sets);
        Assert.DoesNotContain(TabSeed.Secret, json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_carries_each_learning_set_of_the_range_as_the_page_lists_it_with_dates_and_counts_and_no_topic()
    {
        using var response = await host.GetAsync(TabHostFixture.CsvPath("12w"), host.Token(TabSeed.LeaderAad));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync(Token);
        var sets = csv.Split('\n').Where(line => line.StartsWith("learning_set,", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "learning_set,2026-09-01,status,finished", "learning_set,2026-09-01,rounds_planned,4", "learning_set,2026-09-01,rounds_held,4", "learning_set,2026-09-01,ended_on,",
            "learning_set,2026-09-30,status,ended", "learning_set,2026-09-30,rounds_planned,4", "learning_set,2026-09-30,rounds_held,2", "learning_set,2026-09-30,ended_on,2026-10-09",
        ], sets);
        Assert.DoesNotContain(TabSeed.Secret, csv, StringComparison.Ordinal);
    }

    // A guard (decision 089): no cell of the export, the per-set rows of 086 among them, starts with a character a
    // spreadsheet reads as a formula; every value in it is a date, a number or a word of ours, never something a person wrote.
    [Fact]
    public async Task Guard_no_cell_of_the_CSV_starts_with_a_formula_character()
    {
        using var response = await host.GetAsync(TabHostFixture.CsvPath("12m"), host.Token(TabSeed.LeaderAad));

        var cells = (await response.Content.ReadAsStringAsync(Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(line => line.Split(',')).ToList();
        Assert.Contains("learning_set", cells);
        Assert.DoesNotContain(cells, cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_staff_members_token_gets_403_for_the_team_view_and_the_export_but_their_own_history()
    {
        var staff = host.Token(TabSeed.StaffAad(3));

        using var dashboard = await host.GetAsync(TabHostFixture.DashboardPath("12w"), staff);
        using var export = await host.GetAsync(TabHostFixture.CsvPath("12w"), staff);
        using var history = await host.GetAsync("/tab/api/me/history?range=12w", staff);
        using var me = await host.GetAsync("/tab/api/me", staff);

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Empty((await JsonAsync(me)).GetProperty("leads").EnumerateArray());
        var own = host.Seed.Answers.Where(a => a.PersonId == TabSeed.PersonId(3) && a.AnsweredAt >= MomentumWeeks.LastWeeks(TabSeed.Now, 12)[0]).Select(a => a.Confidence);
        Assert.Equal(own, (await JsonAsync(history)).GetProperty("checkIns").EnumerateArray().Select(c => c.GetProperty("confidence").GetInt32()));
    }

    [Fact]
    public async Task The_leaders_own_teams_are_listed_for_the_personal_tab()
    {
        using var me = await host.GetAsync("/tab/api/me", host.Token(TabSeed.LeaderAad));

        var leads = (await JsonAsync(me)).GetProperty("leads").EnumerateArray().ToList();
        Assert.Equal((TabSeed.TeamId, TabSeed.TeamName), (leads.Single().GetProperty("teamId").GetString(), leads.Single().GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("other tenant")]
    [InlineData("other audience")]
    [InlineData("no scope")]
    [InlineData("expired")]
    [InlineData("forged signature")]
    [InlineData("unpublished key")]
    [InlineData("wrong issuer for the tenant")]
    [InlineData("no token")]
    public async Task A_token_that_is_not_an_Entra_token_for_this_apps_API_in_this_tenant_gets_401(string spoiled)
    {
        var token = spoiled switch
        {
            "other tenant" => host.Token(TabSeed.LeaderAad, AuthTestBot.OtherTenantId),
            "other audience" => host.Token(TabSeed.LeaderAad, change: d => d.Audience = "api://elsewhere.example/" + AuthTestBot.AppId),
            "no scope" => host.Token(TabSeed.LeaderAad, change: d => d.Claims["scp"] = "User.Read"),
            "expired" => host.Token(TabSeed.LeaderAad, change: d => (d.NotBefore, d.Expires) = (TabSeed.Now.AddHours(-3).UtcDateTime, TabSeed.Now.AddHours(-1).UtcDateTime)),
            "forged signature" => host.Token(TabSeed.LeaderAad, key: host.Keys.ImpostorKey),
            "unpublished key" => host.Token(TabSeed.LeaderAad, key: host.Keys.UnpublishedKey),
            "wrong issuer for the tenant" => host.Token(TabSeed.LeaderAad, change: d => d.Issuer = $"https://login.microsoftonline.com/{AuthTestBot.OtherTenantId}/v2.0"),
            _ => null,
        };

        using var response = await host.GetAsync(TabHostFixture.DashboardPath("12w"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_v1_token_from_the_same_tenant_is_accepted_too()
    {
        var token = host.Token(TabSeed.LeaderAad, change: d => d.Issuer = $"https://sts.windows.net/{AuthTestBot.TenantId}/");

        using var response = await host.GetAsync(TabHostFixture.DashboardPath("12w"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("19:unknown@thread.tacv2", "12w", HttpStatusCode.Forbidden)]
    [InlineData("", "12w", HttpStatusCode.Forbidden)]
    [InlineData(TabSeed.TeamId, "5y", HttpStatusCode.BadRequest)]
    public async Task An_unknown_team_is_refused_like_someone_elses_and_an_unknown_range_is_a_bad_request(string teamId, string range, HttpStatusCode expected)
    {
        using var response = await host.GetAsync(TabHostFixture.DashboardPath(range, teamId), host.Token(TabSeed.LeaderAad));

        Assert.Equal(expected, response.StatusCode);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();

    private static string Text(JsonElement value) => value.GetDouble().ToString("0.##", CultureInfo.InvariantCulture);
}
