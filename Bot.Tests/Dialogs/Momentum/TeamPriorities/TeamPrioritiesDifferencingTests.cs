using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// Decision 049: a leader who opens the team's training priorities before and after a roster change, a deletion or a
/// redone audit cannot subtract the two cards to find one person's ratings. Six staff of a team did the audit three weeks
/// ago, staff 6 rating two areas a priority that nobody else did; the leader opens the card, something changes, and the
/// leader opens it again. Real SQLite stores, a manual clock.
/// </summary>
public sealed class TeamPrioritiesDifferencingTests
{
    private const string Team = "team-priorities-six";
    private static readonly DateTimeOffset ThreeWeeksAgo = MomentumHarness.ThisWeek.AddDays(-20);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_who_leaves_does_not_move_the_figures_so_their_audit_cannot_be_worked_out()
    {
        await using var h = await SixAuditedAsync();
        var before = await OpenAsync(h);

        var roster = (await h.Teams.ListMembersAsync(Team, Token)).Where(m => m.AadObjectId != MomentumHarness.StaffAad(Team, 6)).ToList();
        await h.Teams.SyncRosterAsync(Team, roster, Token);
        var after = await OpenAsync(h);

        Assert.Empty(Gave(before, after));
        Assert.Equal(Text(before), Text(after));
        Assert.Contains("6 people's audits", Text(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_joins_having_done_the_audit_does_not_move_the_figures()
    {
        await using var h = await SixAuditedAsync();
        var before = await OpenAsync(h);

        // Staff 7 did the audit three weeks ago, before joining (in another team, or on their own).
        await AuditAsync(h, 7, ThreeWeeksAgo, high: [1, 5]);
        var roster = (await h.Teams.ListMembersAsync(Team, Token)).ToList();
        roster.Add(new TeamMember { TeamId = Team, AadObjectId = MomentumHarness.StaffAad(Team, 7), TeamsUserId = MomentumHarness.StaffId(Team, 7), Name = MomentumHarness.StaffName(7), UpdatedAt = MomentumHarness.Now });
        await h.Teams.SyncRosterAsync(Team, roster, Token);
        var after = await OpenAsync(h);

        Assert.Empty(Gave(after, before));
        Assert.Equal(Text(before), Text(after));
    }

    [Fact]
    public async Task A_member_who_deletes_their_data_does_not_move_the_figures()
    {
        await using var h = await SixAuditedAsync();
        var before = await OpenAsync(h);

        Assert.True(await DeleteStaff6Async(h) > 0);
        var after = await OpenAsync(h);

        Assert.Empty(Gave(before, after));
        Assert.Equal(Text(before), Text(after));
    }

    [Fact]
    public async Task A_member_who_deletes_their_data_and_redoes_the_audit_does_not_move_the_figures_a_week_later()
    {
        await using var h = await SixAuditedAsync();
        var before = await OpenAsync(h);

        await DeleteStaff6Async(h);
        await AuditAsync(h, 6, MomentumHarness.Now, high: [3]);
        h.Clock.Advance(TimeSpan.FromDays(7));
        var after = await OpenAsync(h);

        Assert.Equal(Text(before), Text(after));
    }

    [Fact]
    public async Task The_figures_move_on_once_the_threshold_of_people_have_new_audits_after_one_left()
    {
        await using var h = await SixAuditedAsync();
        var before = await OpenAsync(h);
        var roster = (await h.Teams.ListMembersAsync(Team, Token)).Where(m => m.AadObjectId != MomentumHarness.StaffAad(Team, 6)).ToList();
        await h.Teams.SyncRosterAsync(Team, roster, Token);

        for (var p = 1; p <= 5; p++)
        {
            await AuditAsync(h, p, MomentumHarness.Now, high: [6]);
        }

        Assert.Equal(Text(before), Text(await OpenAsync(h))); // this week's audits wait for the week's end
        h.Clock.Advance(TimeSpan.FromDays(7));
        var after = Counts(await OpenAsync(h));

        Assert.Contains("5 people's audits", Text(await OpenAsync(h)), StringComparison.Ordinal);
        Assert.Equal(5, after[LearningNeed.All[6].Name]);
        Assert.Equal(0, after[LearningNeed.All[0].Name]);
    }

    private static async Task<MomentumHarness> SixAuditedAsync()
    {
        var h = await MomentumHarness.CreateAsync();
        await h.AddTeamAsync(Team, staff: 6);
        for (var p = 1; p <= 6; p++)
        {
            await AuditAsync(h, p, ThreeWeeksAgo, high: p == 6 ? [0, 4] : [2]);
        }

        return h;
    }

    // "My data" delete of staff 6's exercise runs, as the bot runs it; how many rows went.
    private static Task<int> DeleteStaff6Async(MomentumHarness h) =>
        h.PersonalData("exerciseSessions").DeleteAsync(new PersonIdentity(MomentumHarness.StaffId(Team, 6), MomentumHarness.StaffAad(Team, 6)), Token);

    private static async Task<AdaptiveCard> OpenAsync(MomentumHarness h)
    {
        var dialog = new TeamPrioritiesDialog(new TeamRoles(h.Teams, new RoleOptions()), h.Teams, h.Exercises, h.ShownPriorities, h.Calculator, h.Clock);
        return await dialog.HandleAsync(MomentumHarness.Request(MomentumHarness.LeaderAad(Team), TeamPrioritiesVerbs.Open, []), Token);
    }

    private static Dictionary<string, int> Counts(AdaptiveCard card)
    {
        var texts = CardTexts.Of(JsonDocument.Parse(CardJson.Serialize(card)).RootElement).ToList();
        Assert.Contains("Learning need", texts);
        return LearningNeed.All.ToDictionary(n => n.Name, n => int.Parse(texts[texts.IndexOf(n.Name) + 1], System.Globalization.CultureInfo.InvariantCulture));
    }

    // The areas whose count went down by one from the card before to the card after: what one person's audit would give away.
    private static List<string> Gave(AdaptiveCard before, AdaptiveCard after)
    {
        var (was, now) = (Counts(before), Counts(after));
        return [.. LearningNeed.All.Where(n => was[n.Name] - now[n.Name] == 1).Select(n => n.Name)];
    }

    private static string Text(AdaptiveCard card) => string.Join('\n', CardTexts.Of(JsonDocument.Parse(CardJson.Serialize(card)).RootElement));

    // A finished audit by staff p: the learning needs at the given indexes rated 5, every other need 2.
    private static async Task AuditAsync(MomentumHarness h, int p, DateTimeOffset at, int[] high) =>
        Assert.True(await h.Exercises.TryAddAsync(FinishedAudit.By(MomentumHarness.StaffId(Team, p), at, high.ToDictionary(i => i, _ => 5)), Token));
}
