using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>
/// The rhythm card's delivery counts (decision 054): only a closed cycle is counted, so a leader cannot watch one
/// member's check-in go out or be skipped, and "none" reads "fewer than N" like any count below the threshold.
/// </summary>
public sealed class RhythmCardCountsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task While_the_cycle_is_open_the_card_counts_nothing_so_one_member_in_another_zone_stopping_cannot_be_watched()
    {
        await using var world = await RhythmWorld.CreateAsync();
        var london = Enumerable.Range(1, 5).Select(i => ($"29:london-{i}", (string?)"Europe/London"));
        await world.AddTeamAsync([.. london, ("29:new-york", "America/New_York")]);
        await world.FireAsync();
        var counts = new OutboxLastCheckInCounts(world.CheckIns, world.Outbox, world.Clock);

        // 09:00 in London: the five London check-ins go; New York's waits for 09:00 there (14:00 UTC).
        await SendDueAsync(world);
        world.Clock.Advance(TimeSpan.FromHours(1));
        var before = await counts.GetAsync(RhythmWorld.TeamId, Token);

        // At noon the New York member presses "Stop check-ins"; at 14:00 UTC their check-in is skipped.
        world.Clock.Advance(TimeSpan.FromHours(2));
        await world.CheckIns.SavePreferencesAsync(new CheckInPreferences("29:new-york") { OptedOut = true }, Token);
        world.Clock.Advance(TimeSpan.FromHours(2));
        await SendDueAsync(world);
        world.Clock.Advance(TimeSpan.FromHours(1));
        var after = await counts.GetAsync(RhythmWorld.TeamId, Token);

        Assert.Equal((null, null), (before, after));
        Assert.Contains("once a scheduled check-in has closed", CardText(TeamRhythmCards.CountsSection(after, 5)), StringComparison.Ordinal);

        // Once the cycle has closed, its counts show, and stay as they are.
        world.Clock.Advance(TimeSpan.FromDays(7));
        var closed = Facts(await counts.GetAsync(RhythmWorld.TeamId, Token));
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(closed, Facts(await counts.GetAsync(RhythmWorld.TeamId, Token)));
        Assert.Equal(("5", "fewer than 5"), (closed["Sent"], closed.Single(fact => fact.Key.StartsWith("Not sent", StringComparison.Ordinal)).Value));
    }

    [Fact]
    public void None_reads_as_fewer_than_the_threshold_like_any_count_below_it()
    {
        var facts = Facts(new CheckInCycleCounts(7, 0, 1, 0, 0));

        Assert.Equal("7", facts["Sent"]);
        Assert.All(facts.Where(fact => fact.Key != "Sent"), fact => Assert.Equal("fewer than 5", fact.Value));
    }

    private static Dictionary<string, string> Facts(CheckInCycleCounts? counts) =>
        TeamRhythmCards.CountsSection(counts, 5).OfType<FactSet>().Single().Facts.ToDictionary(fact => fact.Title, fact => fact.Value, StringComparer.Ordinal);

    private static string CardText(IReadOnlyList<CardElement> elements) => string.Join('\n', elements.OfType<TextBlock>().Select(block => block.Text));

    // What the delivery engine does with each due check-in: ask the send-time check, then send or skip it.
    private static async Task SendDueAsync(RhythmWorld world)
    {
        var now = world.Clock.GetUtcNow();
        foreach (var message in await world.Outbox.ClaimDueAsync(100, now, now.AddMinutes(1), Token))
        {
            if (await world.Precondition.SkipReasonAsync(message, Token) is { } reason)
            {
                await world.Outbox.MarkSkippedAsync(message, reason, Token);
            }
            else
            {
                await world.Outbox.MarkSentAsync(message, "activity", now, Token);
            }
        }
    }
}
