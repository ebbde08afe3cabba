using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>Every card the rhythm and its reminders can send, checked by the Adaptive Cards validator.</summary>
[Slow]
public sealed class EveryRhythmCardTests
{
    [Fact]
    public async Task Every_rhythm_and_reminder_card_passes_the_Adaptive_Cards_validator() =>
        await CardValidation.AssertValidAsync("rhythm", Gather());

    /// <summary>Every rhythm and reminder card (also for <see cref="CardGallery"/>).</summary>
    internal static IReadOnlyList<AdaptiveCard> Gather()
    {
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        Team[] teams = [Team("team-1", "Day service", now), Team("team-2", null, now)];
        var values = new Dictionary<string, string>
        {
            [TeamRhythmVerbs.CadenceKey] = "weekly", [TeamRhythmVerbs.DayKey] = "monday", [TeamRhythmVerbs.TimeKey] = "09:00", [TeamRhythmVerbs.ZoneKey] = "Europe/London",
        };
        var counts = new CheckInCycleCounts(Sent: 12, Waiting: 1, Unreachable: 2, Failed: 1, Skipped: 3);
        var cycle = new CheckInCycle("team:team-1:20261130T0900Z", "team-1", now, now.AddDays(7), IncludesPulse: true) { PulseConditions = PulseRotation.Groups[0] };
        AdaptiveCard[] cards =
        [
            TeamRhythmCards.Form(teams[..1], "team-1", values, null, null),
            TeamRhythmCards.Form(teams, "team-2", values, counts, "Monday 7 December at 09:00 (Europe / London time)"),
            TeamRhythmCards.Form(teams, "team-1", new Dictionary<string, string> { [TeamRhythmVerbs.TimeKey] = "25:99" }, counts, null, ["Please choose a day of the week.", "Please give a time zone I know, such as Europe/London."]),
            TeamRhythmCards.Saved("Day service", "Monday 7 December at 09:00 (Europe / London time)", counts, "team-1"),
            TeamRhythmCards.Saved("Day service", "Monday 7 December at 09:00 (Europe / London time)", null, "team-1"),
            TeamRhythmCards.SwitchedOff("Day service", "team-1"),
            TeamRhythmCards.LeadersOnly(),
            TeamRhythmCards.NotYourTeam(),
            CheckInCards.Form(cycle, notice: CheckInReminderPlanner.ReminderNotice),
        ];
        return cards;
    }

    private static Team Team(string id, string? name, DateTimeOffset at) => new() { TeamId = id, TenantId = "t", ServiceUrl = "https://smba.example/", Name = name, UpdatedAt = at };
}
