using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// Decision 058 (found by the security review): below the threshold the team priorities card counted the audits so far
/// ("4 of the 5 audits needed so far"), live, from the current roster. A leader who looked before and after one member
/// left the team or deleted their data saw the count drop by one, and so learnt that this person had done the audit,
/// though no figures were shown. Now any number below the threshold reads "fewer than 5", so the card cannot move by one
/// person. Through the real host on SQLite.
/// </summary>
public sealed class TeamPrioritiesBelowThresholdTests
{
    private const string TeamId = "team-priorities-below";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_who_leaves_or_deletes_their_data_does_not_move_the_card_below_the_threshold()
    {
        using var app = new BotAppFactory();
        await AddTeamAsync(app);
        var threeWeeksAgo = TimeProvider.System.GetUtcNow().AddDays(-21);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(await app.Get<IExerciseSessionStore>().TryAddAsync(
                FinishedAudit.By($"29:staff-{i}", threeWeeksAgo, new Dictionary<int, int> { [2] = 5 }), Token));
        }

        var before = Text(await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, []));

        var teams = app.Get<ITeamStore>();
        await teams.SyncRosterAsync(TeamId, [.. (await teams.ListMembersAsync(TeamId, Token)).Where(m => m.TeamsUserId != "29:staff-3")], Token);
        var afterLeaving = Text(await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, []));

        var removed = await app.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity("29:staff-2", "aad-2"), Token);
        Assert.Contains(removed, rows => rows.Source == "exerciseSessions" && rows.Count == 1);
        var afterDeleting = Text(await app.InvokeCardAsync(TeamPrioritiesVerbs.Open, []));

        Assert.Equal(before, afterLeaving);
        Assert.Equal(before, afterDeleting);
        Assert.Contains("Fewer than 5 people", before, StringComparison.Ordinal);
    }

    private static async Task AddTeamAsync(BotAppFactory app)
    {
        var teams = app.Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = "Riverside", UpdatedAt = now }, Token);
        List<TeamMember> roster = [new() { TeamId = TeamId, AadObjectId = BotAppFactory.SampleSenderAad, TeamsUserId = "user-id-0", Name = "Alex Wilber", IsOwner = true, UpdatedAt = now }];
        roster.AddRange(Enumerable.Range(0, 6).Select(i => new TeamMember { TeamId = TeamId, AadObjectId = $"aad-{i}", TeamsUserId = $"29:staff-{i}", Name = $"Staff {i}", UpdatedAt = now }));
        await teams.SyncRosterAsync(TeamId, roster, Token);
    }

    private static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));
}
