namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>The start card's values, read again from what the card sent and checked on the server.</summary>
public sealed record LearningSetDraft
{
    public const string TopicKey = "topic";
    public const string MembersKey = "members";
    public const string RhythmKey = "rhythm";
    public const string DayKey = "day";
    public const string TimeKey = "time";
    public const string ZoneKey = "zone";
    public const string RoundsKey = "rounds";
    public const string ChannelKey = "channel";
    public const int TopicMax = 200;
    public const int MaxRounds = 12;

    // Action-learning sets work as small groups; the cap also keeps a set within what one Azure entity can mark (decision 011).
    public const int MaxMembers = 12;

    public string Topic { get; init; } = "";
    public IReadOnlyList<string> Members { get; init; } = [];
    public string Rhythm { get; init; } = "weekly";
    public string Day { get; init; } = nameof(DayOfWeek.Tuesday);
    public string Time { get; init; } = "14:00";

    /// <summary>The set's time zone: by default the team's (<see cref="LearningSetDialog"/> fills it in).</summary>
    public string Zone { get; init; } = "";
    public string Rounds { get; init; } = "4";
    public string Channel { get; init; } = "";

    public static LearningSetDraft From(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var defaults = new LearningSetDraft();
        string Get(string key, string fallback) => values.TryGetValue(key, out var value) ? value.Trim() : fallback;
        return new LearningSetDraft
        {
            Topic = Get(TopicKey, ""),
            Members = Get(MembersKey, "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Rhythm = Get(RhythmKey, defaults.Rhythm),
            Day = Get(DayKey, defaults.Day),
            Time = Get(TimeKey, defaults.Time),
            Zone = Get(ZoneKey, ""),
            Rounds = Get(RoundsKey, defaults.Rounds),
            Channel = Get(ChannelKey, ""),
        };
    }

    public int IntervalDays => Rhythm == "fortnightly" ? 14 : 7;

    public DayOfWeek DayOfWeek => ScheduleText.TryParseDay(Day, out var day) ? day : throw new InvalidOperationException("The day was not checked.");

    public TimeOnly TimeOfDay => ScheduleText.TryParseTime(Time, out var time) ? time : throw new InvalidOperationException("The time was not checked.");

    public int RoundCount => int.Parse(Rounds, CultureInfo.InvariantCulture);

    /// <summary>What is wrong, in words for the champion; <paramref name="teamMembers"/> are the chosen team's AAD ids.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyCollection<string> teamMembers, bool channelAllowed)
    {
        ArgumentNullException.ThrowIfNull(teamMembers);
        var problems = new List<string>();
        if (Topic.Length == 0 || Topic.Length > TopicMax)
        {
            problems.Add($"Please give the set a topic of up to {TopicMax} characters.");
        }

        if (!channelAllowed)
        {
            problems.Add("Please pick one of the channels listed.");
        }
        else if (Members.Count > MaxMembers)
        {
            problems.Add($"An action-learning set works best small: please choose up to {MaxMembers} members.");
        }
        else if (Members.Count < 2 || Members.Any(m => !teamMembers.Contains(m, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add("Please choose two or more members of the team.");
        }

        if (Rhythm is not ("weekly" or "fortnightly"))
        {
            problems.Add("Please choose weekly or fortnightly.");
        }

        if (!ScheduleText.TryParseDay(Day, out _))
        {
            problems.Add("Please choose a day of the week.");
        }

        if (!ScheduleText.TryParseTime(Time, out _))
        {
            problems.Add("The time sent was not a time of day, so please choose the time again.");
        }

        if (!ScheduleText.IsKnownZone(Zone))
        {
            problems.Add("The time zone sent is not one I know, so please choose one from the list.");
        }

        if (!int.TryParse(Rounds, NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1 || rounds > MaxRounds)
        {
            problems.Add($"Please choose between 1 and {MaxRounds} rounds.");
        }

        return problems;
    }
}
