using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>Naming champions through the real host: the <c>champions</c> command and the card's buttons, checked on the server.</summary>
public sealed class ChampionTurnTests : IDisposable
{
    private const string Sender = "00000000-0000-0000-0000-0000000000020";
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_leader_names_a_champion_who_then_has_the_champion_role()
    {
        await SeedAsync(senderOwnsNorth: true);

        var card = await TypeAsync("champions");
        Assert.Contains("Champions in Care Team North", card, StringComparison.Ordinal);
        Assert.Contains("no champions in this team yet", card, StringComparison.Ordinal);

        var named = await InvokeAsync(ChampionVerbs.Name, "team-north", "aad-bea");
        Assert.Contains("Bea is now a champion in Care Team North.", named, StringComparison.Ordinal);
        Assert.Equal(TeamRole.Champion, await RoleAsync("team-north", "aad-bea"));

        var removed = await InvokeAsync(ChampionVerbs.Remove, "team-north", "aad-bea");
        Assert.Contains("Bea is no longer a champion", removed, StringComparison.Ordinal);
        Assert.Equal(TeamRole.Staff, await RoleAsync("team-north", "aad-bea"));
    }

    [Fact]
    public async Task Staff_cannot_name_a_champion()
    {
        await SeedAsync(senderOwnsNorth: false);

        Assert.Contains("Only a team's leaders can name champions", await TypeAsync("champions"), StringComparison.Ordinal);
        var refused = await InvokeAsync(ChampionVerbs.Name, "team-north", "aad-bea");

        Assert.Contains("not a leader of that team", refused, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", refused, StringComparison.Ordinal);
        Assert.Equal(TeamRole.Staff, await RoleAsync("team-north", "aad-bea"));
    }

    [Theory]
    [InlineData("team-south")]
    [InlineData("19:forged@thread.tacv2")]
    [InlineData("")]
    public async Task A_forged_team_id_is_refused(string teamId)
    {
        await SeedAsync(senderOwnsNorth: true);

        var refused = await InvokeAsync(ChampionVerbs.Name, teamId, "aad-dan");

        Assert.Contains("not a leader of that team", refused, StringComparison.Ordinal);
        Assert.Equal(TeamRole.Staff, await RoleAsync("team-south", "aad-dan"));
    }

    [Fact]
    public async Task Someone_outside_the_team_cannot_be_named_and_nothing_is_stored()
    {
        await SeedAsync(senderOwnsNorth: true);

        var refused = await InvokeAsync(ChampionVerbs.Name, "team-north", "aad-dan");

        Assert.Contains("not a member of Care Team North", refused, StringComparison.Ordinal);
        Assert.Equal(TeamRole.None, await RoleAsync("team-north", "aad-dan"));
        Assert.Equal(TeamRole.Staff, await RoleAsync("team-south", "aad-dan"));
    }

    [Fact]
    public async Task A_leader_of_two_teams_picks_the_team_first()
    {
        await SeedAsync(senderOwnsNorth: true, senderOwnsSouth: true);

        Assert.Contains("Which team's champions", await TypeAsync("champions"), StringComparison.Ordinal);
        var south = await InvokeAsync(ChampionVerbs.Open, "team-south", null);

        Assert.Contains("Champions in Care Team South", south, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_from_the_roster_show_as_typed_with_markdown_and_html_escaped_and_bidi_characters_removed()
    {
        const string Tricky = "**Bea** <b>Boss</b> [link](https://evil.example) \u202Eexe.gnp";
        await SeedAsync(senderOwnsNorth: true, beaName: Tricky, teamName: "# North_Team");

        var named = await InvokeAsync(ChampionVerbs.Name, "team-north", "aad-bea");
        var card = await CardAsync("champions");
        var json = card.GetRawText();

        var shown = @"\*\*Bea\*\* \<b>Boss\</b> \[link\](https://evil.example) exe.gnp";
        Assert.Contains($"{shown} is now a champion in \\# North\\_Team.", named, StringComparison.Ordinal);
        var texts = CardTexts.Of(card).ToList();
        Assert.Contains(shown, texts);
        Assert.Contains(@"Champions in \# North\_Team", texts);
        Assert.DoesNotContain("\u202E", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u202E", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(texts, t => t.Contains("**Bea**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_a_channel_the_bot_points_to_the_personal_chat()
    {
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> champions";

        await _app.PostActivityAsync(message);

        Assert.Contains(_app.Connector.Sent, s => s.Activity.Text?.Contains("1:1 chat", StringComparison.Ordinal) == true);
    }

    private async Task SeedAsync(bool senderOwnsNorth, bool senderOwnsSouth = false, string beaName = "Bea", string teamName = "Care Team North")
    {
        var teams = _app.Get<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = "team-north", TenantId = "t", ServiceUrl = "https://smba.example/", Name = teamName, UpdatedAt = At }, Token);
        await teams.UpsertTeamAsync(new Team { TeamId = "team-south", TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Care Team South", UpdatedAt = At }, Token);
        await teams.SyncRosterAsync("team-north", [Member("team-north", Sender, "Alex", senderOwnsNorth), Member("team-north", "aad-bea", beaName), Member("team-north", "aad-cal", "Cal")], Token);
        await teams.SyncRosterAsync("team-south", [Member("team-south", Sender, "Alex", senderOwnsSouth), Member("team-south", "aad-dan", "Dan")], Token);
    }

    private static TeamMember Member(string teamId, string aad, string name, bool owner = false) =>
        new() { TeamId = teamId, AadObjectId = aad, Name = name, IsOwner = owner, UpdatedAt = At };

    private Task<TeamRole> RoleAsync(string teamId, string aad) => _app.Get<TeamRoles>().RoleOfAsync(teamId, aad, Token);

    private async Task<JsonElement> CardAsync(string text)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;
        await _app.PostActivityAsync(message);
        return _app.Connector.Sent.Last().Card!.Value;
    }

    private async Task<string> TypeAsync(string text)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = text;
        await _app.PostActivityAsync(message);
        return string.Join('\n', CardTexts.Of(_app.Connector.Sent.Last().Card!.Value));
    }

    private async Task<string> InvokeAsync(string verb, string teamId, string? person)
    {
        var data = new JsonObject { [ChampionVerbs.TeamKey] = teamId };
        if (person is not null)
        {
            data[ChampionVerbs.PersonKey] = person;
        }

        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        using var response = await _app.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        return string.Join('\n', CardTexts.Of(body.GetProperty("value")));
    }
}
