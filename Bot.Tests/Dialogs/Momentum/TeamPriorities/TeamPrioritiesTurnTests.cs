using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// Issue 13 point 6: the leaders' combined training-priorities audit, through the real host on SQLite and on Azure Tables
/// (Azurite): the momentum card's button opens it; figures appear only once the threshold (5) of members did the audit in
/// weeks that are over, never move with one more audit, and never name anyone.
/// </summary>
[Slow]
public sealed class TeamPrioritiesTurnTests(Azurite azurite)
{
    private const string TeamId = "team-priorities";
    private static readonly string[] Staff = ["Bea Quill", "Cal Rook", "Dee Sparrow", "Eli Thorn", "Fay Umber", "Gus Vale", "Hal Wren"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<bool> Backends => [false, true];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_leader_sees_how_many_rated_each_area_a_priority_only_from_the_threshold_and_never_who(bool onAzure)
    {
        using var app = await AppAsync(onAzure);
        await AddTeamAsync(app);
        var threeWeeksAgo = TimeProvider.System.GetUtcNow().AddDays(-21);
        for (var i = 0; i < 4; i++)
        {
            await AuditAsync(app, i, threeWeeksAgo, challenges: 5, listening: i < 2 ? 4 : 2);
        }

        var below = Text(await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, []));
        Assert.Contains("Fewer than 5 people have done the audit so far", below, StringComparison.Ordinal);
        Assert.DoesNotContain("People", below, StringComparison.Ordinal);

        await AuditAsync(app, 4, threeWeeksAgo, challenges: 3, listening: 5);
        var card = await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, []);
        var shown = Text(card);
        Assert.Contains("5 people's audits", shown, StringComparison.Ordinal);
        Assert.Equal(["4", "3"], [Cell(card, LearningNeed.All[2].Name), Cell(card, LearningNeed.All[3].Name)]);
        Assert.Equal("0", Cell(card, LearningNeed.All[0].Name));
        Assert.Contains("Most wanted: dealing with the challenges", shown, StringComparison.Ordinal);
        Assert.All(Staff, name => Assert.DoesNotContain(name.Split(' ')[0], shown, StringComparison.Ordinal));

        // One more audit, in a finished week or in this one, moves nothing: the figures were the same before it.
        await AuditAsync(app, 5, TimeProvider.System.GetUtcNow().AddDays(-14), challenges: 1, listening: 1);
        await AuditAsync(app, 6, TimeProvider.System.GetUtcNow(), challenges: 1, listening: 1);
        Assert.Equal(shown, Text(await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, [])));
    }

    [Fact]
    public async Task The_momentum_card_offers_it_and_staff_get_a_kind_refusal()
    {
        using var app = await AppAsync(onAzure: false);
        await AddTeamAsync(app);
        var momentum = await app.InvokeCardAsync("momentum.open", []);
        Assert.Contains(TeamPrioritiesVerbs.Open, CardTexts.Verbs(momentum));

        using var staffApp = await AppAsync(onAzure: false);
        await staffApp.AddSampleSenderTeamAsync(TeamId, "Riverside", owner: false);
        Assert.Contains("For team leaders", Text(await staffApp.InvokeCardAsync(TeamPrioritiesVerbs.Open, [])), StringComparison.Ordinal);
        Assert.Contains("Not one of your teams", Text(await app.InvokeCardAsync(TeamPrioritiesVerbs.Team, new JsonObject { ["team"] = "someone-elses-team" })), StringComparison.Ordinal);
    }

    // Decision 069: the card replaced momentum with no way back.
    [Fact]
    public async Task Back_to_team_momentum_shows_the_same_teams_momentum_and_still_checks_the_presser_leads_it()
    {
        using var app = await AppAsync(onAzure: false);
        await AddTeamAsync(app);
        var back = CardJsonButtons.Find(await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, []), TeamPrioritiesCard.BackToMomentum);
        var verb = back["verb"]!.GetValue<string>();
        var data = back["data"]!.AsObject();

        Assert.Contains("Team momentum: Riverside", Text(await app.InvokeCardAsync(verb, (JsonObject)data.DeepClone())), StringComparison.Ordinal);

        await AddTeamAsync(app, senderLeads: false);
        var refused = Text(await app.InvokeCardAsync(verb, (JsonObject)data.DeepClone()));
        Assert.Contains("For team leaders", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Team momentum: Riverside", refused, StringComparison.Ordinal);
    }

    private async Task<BotAppFactory> AppAsync(bool onAzure) =>
        onAzure ? new BotAppFactory(await azurite.StorageSettingsAsync("priorities", Token)) : new BotAppFactory();

    private static async Task AddTeamAsync(BotAppFactory app, bool senderLeads = true)
    {
        var teams = app.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = "Riverside", UpdatedAt = now }, Token);
        List<TeamMember> roster = [new() { TeamId = TeamId, AadObjectId = BotAppFactory.SampleSenderAad, TeamsUserId = "user-id-0", Name = "Alex Wilber", IsOwner = senderLeads, UpdatedAt = now }];
        roster.AddRange(Staff.Select((name, i) => new TeamMember { TeamId = TeamId, AadObjectId = $"aad-{i}", TeamsUserId = $"29:staff-{i}", Name = name, UpdatedAt = now }));
        await teams.SyncRosterAsync(TeamId, roster, Token);
    }

    // A finished audit by staff member n: the challenges and listening needs rated as given, every other need 2.
    private static async Task AuditAsync(BotAppFactory app, int n, DateTimeOffset at, int challenges, int listening) =>
        Assert.True(await app.Get<IExerciseSessionStore>().TryAddAsync(FinishedAudit.By($"29:staff-{n}", at, new Dictionary<int, int> { [2] = challenges, [3] = listening }), Token));

    private static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));

    // The count in the table row of a learning need.
    private static string Cell(JsonElement card, string need)
    {
        var texts = CardTexts.Of(card).ToList();
        return texts[texts.IndexOf(need) + 1];
    }
}
