namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// What the snooze card says will come of a snooze: a reminder when it ends, as the reminder planner will send it (it
/// answers for team check-ins, decision 057), or why none will come; and for a check-in the person started, what comes of
/// each of their teams' check-ins (decisions 070, 071, 082). One paragraph a line of the card.
/// </summary>
internal sealed class SnoozePromise(ICheckInStore store, CheckInCycleLookup cycles, ISnoozeReminders reminders, TimeProvider time)
{
    // A phone's screen: the teams after these are counted, not listed.
    internal const int MostTeamsListed = 3;

    public async Task<IReadOnlyList<string>> ForAsync(CheckInRequest request, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var snoozed = $"Snoozed until {Local(until, request)} (your time).";
        if (await cycles.ForAsync(request, cancellationToken) is not { } found)
        {
            return [snoozed + " No check-in is open for you just now, so there is nothing to remind you of."];
        }

        var cycle = await store.AsOfAsync(found, now, cancellationToken);
        var closes = Local(cycle.ClosesAt, request);
        if (cycle.OwnerPersonId is not null)
        {
            // No delivery row, so no reminder (decision 055).
            return await TeamCheckInsAsync(request, until, $"No reminder will come for this check-in: you started it yourself. You can answer it until {closes} (your time).", cancellationToken);
        }

        // The planner's own reads and rule (decision 057): its delivery of the check-in to this person, the team's
        // rhythm, the roster, and the snooze's end moved into allowed hours in the zones it sends by.
        var outcome = await reminders.AtSnoozeEndAsync(cycle.CycleId, request.PersonId, cancellationToken);
        var stillOpen = $"You can answer it until {closes} (your time).";
        return [outcome.Kind switch
        {
            // A check-in still queued is not held back by a later snooze (only the fan-out reads one): it comes first.
            SnoozeOutcomeKind.Reminder when outcome.CheckInAt is { } comes =>
                $"{snoozed} This check-in still comes to you on {Local(comes, request)}, and I will remind you of it on {Local(outcome.At!.Value, request)} (your time).",
            SnoozeOutcomeKind.Reminder => $"I will remind you {Local(outcome.At!.Value, request)} (your time). You can answer any time before then.",
            SnoozeOutcomeKind.CheckInStillToCome => $"{snoozed} This check-in comes to you on {Local(outcome.At!.Value, request)} (your time). You can answer it now or then.",
            SnoozeOutcomeKind.OptedOut => $"{snoozed} No reminder will come for this check-in: you have stopped check-ins.",
            SnoozeOutcomeKind.Answered => $"{snoozed} No reminder will come for this check-in: you have already answered it.",
            SnoozeOutcomeKind.NotAMember => $"{snoozed} No reminder will come for this check-in: you are no longer in its team.",
            SnoozeOutcomeKind.RhythmOff => $"{snoozed} No reminder will come: your team's check-ins have been switched off. {stillOpen}",
            SnoozeOutcomeKind.NotSent => $"{snoozed} No reminder will come: I remind you only of check-ins I sent you, and this one was not sent to you. {stillOpen}",
            _ => $"{snoozed} This check-in closes on {closes} (your time), before I could remind you, so I won't remind you again. You can answer any time until it closes.",
        }];
    }

    // Beside a check-in the person started. Before a team's starts, the stored snooze moves it to the snooze's end
    // (CheckInFanOut.PlanAsync, decision 070). Once it has started, this snooze does not move it: a queued one still
    // comes when it was planned (an earlier snooze's end, say), and the planner reminds of an open one (decision 071).
    // A person in several teams hears of each team's (decision 082): the snooze holds back every reminder of theirs.
    private async Task<IReadOnlyList<string>> TeamCheckInsAsync(CheckInRequest request, DateTimeOffset until, string own, CancellationToken cancellationToken)
    {
        var teams = await cycles.TeamCyclesOpenForAsync(request, cancellationToken);
        // Said with no team found as well, as before 082: a roster not synced yet may still bring one.
        var notStarted = teams.Open.Count == 0 || teams.Open.Count < teams.Teams
            ? $" If {(teams.Open.Count == 0 ? "your team's check-in" : "another of your teams' check-ins")} starts before {Local(until, request)} (your time), I will send it after that."
            : "";
        if (teams.Open is [var only])
        {
            return [$"{own} {Outcome(await reminders.AtSnoozeEndAsync(only.Cycle.CycleId, request.PersonId, cancellationToken), request)}".TrimEnd() + notStarted];
        }

        var lines = new List<string>();
        foreach (var (cycle, teamName) in teams.Open)
        {
            if (TeamLine(await reminders.AtSnoozeEndAsync(cycle.CycleId, request.PersonId, cancellationToken), request) is { Length: > 0 } line)
            {
                lines.Add($"{PlainText.Of(teamName)}: {line}");
            }
        }

        if (lines.Count == 0)
        {
            return [own + notStarted];
        }

        List<string> paragraphs = [$"{own} Your teams' check-ins are open too (your time):", .. lines.Take(MostTeamsListed)];
        if (lines.Count > MostTeamsListed)
        {
            paragraphs.Add($"And {lines.Count - MostTeamsListed} more of your teams' check-ins.");
        }

        return notStarted.Length > 0 ? [.. paragraphs, notStarted.TrimStart()] : paragraphs;
    }

    // The one team check-in open among the person's teams, in decision 071's words.
    private static string Outcome(SnoozeOutcome outcome, CheckInRequest request) => outcome.Kind switch
    {
        SnoozeOutcomeKind.Reminder when outcome.CheckInAt is { } comes =>
            $"Your team's check-in has started: it comes to you on {Local(comes, request)}, and I will remind you of it on {Local(outcome.At!.Value, request)} (your time).",
        SnoozeOutcomeKind.Reminder => $"Your team's check-in is open too: I will remind you of it on {Local(outcome.At!.Value, request)} (your time).",
        SnoozeOutcomeKind.CheckInStillToCome => $"Your team's check-in has started: it comes to you on {Local(outcome.At!.Value, request)} (your time).",
        SnoozeOutcomeKind.ClosesFirst => $"Your team's check-in is open too, until {Local(outcome.At!.Value, request)} (your time).",
        // Answered, stopped, left the team, switched off or never sent to them: nothing more of it comes.
        _ => string.Empty,
    };

    // One line of several teams' check-ins, after the team's name; the heading says the times are the person's.
    private static string TeamLine(SnoozeOutcome outcome, CheckInRequest request) => outcome.Kind switch
    {
        SnoozeOutcomeKind.Reminder when outcome.CheckInAt is { } comes =>
            $"it comes to you on {Local(comes, request)}, and I will remind you of it on {Local(outcome.At!.Value, request)}.",
        SnoozeOutcomeKind.Reminder => $"I will remind you of it on {Local(outcome.At!.Value, request)}.",
        SnoozeOutcomeKind.CheckInStillToCome => $"it comes to you on {Local(outcome.At!.Value, request)}.",
        SnoozeOutcomeKind.ClosesFirst => $"open until {Local(outcome.At!.Value, request)}.",
        _ => string.Empty,
    };

    private static string Local(DateTimeOffset instant, CheckInRequest request) => CheckInDialog.Local(instant, request.TimeZone);
}
