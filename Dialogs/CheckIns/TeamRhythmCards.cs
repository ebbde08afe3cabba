namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>The leader's rhythm settings card and its answers. Pure functions.</summary>
public static class TeamRhythmCards
{
    public static AdaptiveCard Form(IReadOnlyList<Team> teams, string teamId, IReadOnlyDictionary<string, string> values, CheckInCycleCounts? lastCycle, string? next, IReadOnlyList<string>? problems = null, int minimum = CheckInOptions.LowestMinimumAnswers, IReadOnlyList<string>? tenantZones = null)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(values);
        List<CardElement> body =
        [
            Heading.Of("Team check-in rhythm"),
            new TextBlock("Choose how often your team gets a check-in, and when. Each person receives it at this time in their own time zone, "
                + "on a working day and outside quiet hours, with at most two gentle reminders.") { Spacing = "None" },
        ];
        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(problems, "Nothing was saved."));
        }

        body.Add(new TextBlock(next is null ? "Check-ins are off for this team." : "Next check-in: " + next) { Weight = "Bolder" });
        if (teams.Count > 1)
        {
            body.Add(new ChoiceSetInput(TeamRhythmVerbs.TeamKey, "Team", TeamChoices.Of(teams))
            {
                Style = "compact", Value = teamId, IsRequired = true, ErrorMessage = "Please choose a team.",
            });
        }

        body.Add(Choices(TeamRhythmVerbs.CadenceKey, "How often", [new("Every week", "weekly"), new("Every other week", "fortnightly"), new("Once a month (first chosen day)", "monthly")], values));
        body.Add(Choices(TeamRhythmVerbs.DayKey, "Day", Enum.GetValues<DayOfWeek>().Skip(1).Append(DayOfWeek.Sunday).Select(d => new Choice(d.ToString(), d.ToString().ToLowerInvariant())).ToList(), values));
        var zone = values.GetValueOrDefault(TeamRhythmVerbs.ZoneKey);
        body.Add(new TimeInput(TeamRhythmVerbs.TimeKey, "Time") { Value = ShownTime(values.GetValueOrDefault(TeamRhythmVerbs.TimeKey)), IsRequired = true, ErrorMessage = "Please choose a time." });
        body.Add(new ChoiceSetInput(TeamRhythmVerbs.ZoneKey, "Team time zone", ZoneChoices.For([zone], tenantZones ?? []))
        {
            Style = "compact", Value = ScheduleText.IsKnownZone(zone) ? zone : null, IsRequired = true, ErrorMessage = "Please choose a time zone.",
        });
        body.AddRange(CountsSection(lastCycle, minimum));
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [TeamRhythmVerbs.TeamKey] = teamId };
        List<CardAction> actions = [CardActions.Execute("Save rhythm", TeamRhythmVerbs.Save, teams.Count > 1 ? null : data, submitsInputs: true)];
        if (next is not null)
        {
            actions.Add(CardActions.Execute("Switch check-ins off", TeamRhythmVerbs.Off, data) with { Style = "destructive" });
        }

        return FullWidthCard.Create(body, actions, "Team check-in rhythm");
    }

    // Input.Time shows only a valid HH:mm; anything else (a tampered value sent back with problems) starts it empty.
    private static string? ShownTime(string? time) => ScheduleText.TryParseTime(time, out var parsed) ? parsed.ToString("HH:mm", CultureInfo.InvariantCulture) : null;

    public static AdaptiveCard Saved(string teamName, string next, CheckInCycleCounts? lastCycle, string teamId, int minimum = CheckInOptions.LowestMinimumAnswers) =>
        FullWidthCard.Create([Heading.Of("Rhythm saved"), new TextBlock($"{teamName} will get check-ins on this rhythm. The next one goes out {next}."), .. CountsSection(lastCycle, minimum)],
            [CardActions.Execute("Change the rhythm", TeamRhythmVerbs.Open, Data(teamId))], "Rhythm saved");

    public static AdaptiveCard SwitchedOff(string teamName, string teamId) =>
        FullWidthCard.Titled("Check-ins switched off", $"{teamName} will get no more scheduled check-ins. People can still check in themselves by typing **checkin**.",
            CardActions.Execute("Set a rhythm", TeamRhythmVerbs.Open, Data(teamId)));

    public static AdaptiveCard LeadersOnly() =>
        FullWidthCard.Titled("Team rhythm", "Only team leaders can set when the team's check-ins come round. If you think you should be able to, "
            + "please ask your team leader or whoever looks after the bot. You can still check in any time by typing **checkin**.");

    public static AdaptiveCard NotYourTeam() =>
        FullWidthCard.Titled("Nothing was changed", "You can only set the rhythm of a team you lead, so I have not changed anything.",
            CardActions.Execute("Open the rhythm card", TeamRhythmVerbs.Open));

    /// <summary>
    /// The last closed cycle's check-ins by delivery status: numbers only, never who. Any count below the answers
    /// threshold (<paramref name="minimum"/>), none included, shows as "fewer than N", as momentum does: "1 could not be
    /// reached" would point at someone, and "0" beside a count that later reads "fewer than N" would too (decision 054).
    /// </summary>
    public static IReadOnlyList<CardElement> CountsSection(CheckInCycleCounts? counts, int minimum = CheckInOptions.LowestMinimumAnswers)
    {
        if (counts is null)
        {
            return [new TextBlock("How the last check-in reached the team shows here once a scheduled check-in has closed.") { IsSubtle = true, Separator = true }];
        }

        string N(int value) => value >= minimum ? value.ToString(CultureInfo.InvariantCulture) : $"fewer than {minimum.ToString(CultureInfo.InvariantCulture)}";
        return
        [
            new TextBlock("Last finished check-in: how it reached the team") { Weight = "Bolder", Separator = true },
            new FactSet(
            [
                new("Sent", N(counts.Sent)),
                new("Waiting to go out", N(counts.Waiting)),
                new("Could not reach (the app was removed or blocked)", N(counts.Unreachable)),
                new("Failed after retries", N(counts.Failed)),
                new("Not sent (paused, stopped, answered early or left the team)", N(counts.Skipped)),
            ]),
            Notice.Of("Counts only: the bot never shows who did or did not answer."),
        ];
    }

    private static ChoiceSetInput Choices(string id, string label, IReadOnlyList<Choice> choices, IReadOnlyDictionary<string, string> values) =>
        new(id, label, choices) { Style = "compact", Value = values.GetValueOrDefault(id), IsRequired = true, ErrorMessage = "Please choose one." };

    private static Dictionary<string, string> Data(string teamId) => new(StringComparer.Ordinal) { [TeamRhythmVerbs.TeamKey] = teamId };
}
