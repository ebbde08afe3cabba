using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.DemoData;

/// <summary>
/// The demo team's check-in answers, made up but plausible: 5 or 6 of the Playground's six users answer each week (they
/// are the members left once the Playground syncs its roster, so "answered" never exceeds the team), confidence rising slowly
/// over the 12 weeks, a pulse of the 14 conditions every other week, texts that fall into the themes leaders see.
/// </summary>
public static class DemoAnswers
{
    private static readonly string[] WentWell =
    [
        "A good conversation with a family about what matters to their dad",
        "Supervision helped me plan a review around the person's goals",
        "The team meeting shared how we record outcomes",
        "A colleague showed me how she asks about strengths",
        "The training session on good conversations",
        "Working with the GP surgery on a joint plan",
    ];

    private static readonly string[] Barriers =
    [
        "Not enough time between visits, the caseload is heavy",
        "The recording forms still ask for tasks, not outcomes",
        "Short staffed this week so visits were rushed",
        "Paperwork takes most of the afternoon",
        "Not sure how to write outcomes in the system",
        "Waiting on the housing team for information",
    ];

    /// <summary>How many of the Playground's six users answered in week <paramref name="week"/> (0 is the oldest of the 12).</summary>
    public static int AnsweredIn(int week) => week % 3 == 1 ? 5 : 6;

    public static bool HasPulse(int week) => week % 2 == 1;

    public static CheckInAnswer For(int week, int person, DateTimeOffset weekStart)
    {
        var confidence = Math.Clamp(2 + ((week + (person % 4)) / 4), 1, 5);
        var ratings = HasPulse(week)
            ? ChangeReadinessPulse.Conditions.Select((field, c) => (Id: ChangeReadinessPulse.ConditionId(field.Id), Rating: Math.Clamp(2 + ((c + person + week) % 3) + (week / 6), 1, 5)))
                .ToDictionary(x => x.Id, x => x.Rating)
            : new Dictionary<string, int>();
        var wantsSupport = (week + person) % 7 == 0;
        return new CheckInAnswer(
            $"demo-{week:00}-{person}",
            DemoTeam.People[person].TeamsUserId,
            DemoTeam.TeamId,
            confidence,
            WentWell[(week + person) % WentWell.Length],
            Barriers[((week * 3) + person) % Barriers.Length],
            wantsSupport,
            wantsSupport ? "My team leader" : null,
            ratings,
            ratings.Count > 0 ? ReadinessIndex.Compute(ratings.Values) : null,
            weekStart.AddDays(1 + (person % 3)).AddHours(9 + person));
    }
}
