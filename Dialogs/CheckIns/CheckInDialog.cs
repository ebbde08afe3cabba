namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The 1:1 check-in: opens the card for the person's open cycle (or an ad-hoc one), checks and stores answers, and
/// records snooze, pause, opt-out and resume. Every value is checked here, whatever the card allowed. An answer counts
/// for a team only when the sender is in that team's stored roster when they send it: a team cycle refuses anyone else,
/// and an ad-hoc answer keeps its team only for a member. So the team's numbers and themes are made of members' answers
/// from the moment they are written, and a later roster change cannot alter (and so reveal) a finished week.
/// </summary>
public sealed class CheckInDialog(ICheckInStore store, ITeamStore teams, ISnoozeReminders snoozeReminders, CheckInOptions options, TimeProvider time)
{
    public const string NotInTeam = "This check-in belongs to a team you are not a member of, so nothing was saved.";

    public const string LeftTeam = "You are no longer in that check-in's team, so this one is just for you. No team sees it.";

    public const string ClosedNotice = "This check-in has closed, so nothing was saved. Here is what you wrote, ready to send for the current one.";

    public const string PulseProblem = "Please rate each statement about the change from 1 to 5 (1 is not at all, 5 is completely).";

    private const string FallbackZone = "Etc/UTC";
    private readonly CheckInTiming _timing = new(options);
    private readonly CheckInCycleLookup _cycles = new(store, teams, options, time);
    private readonly SnoozePromise _snoozePromise = new(store, new CheckInCycleLookup(store, teams, options, time), snoozeReminders, time);

    public async Task<AdaptiveCard> HandleAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb switch
        {
            CheckInVerbs.Open => await OpenAsync(request, null, cancellationToken),
            CheckInVerbs.Submit => await SubmitAsync(request, cancellationToken),
            CheckInVerbs.Snooze => await SnoozeAsync(request, cancellationToken),
            CheckInVerbs.Pause => await PauseAsync(request, cancellationToken),
            CheckInVerbs.OptOut => await OptOutAsync(request, cancellationToken),
            CheckInVerbs.Resume => await ResumeAsync(request, cancellationToken),
            _ => FullWidthCard.Titled("Check-in", "I did not recognise that button, so nothing was saved.", CheckInNow()),
        };
    }

    private async Task<AdaptiveCard> OpenAsync(CheckInRequest request, string? notice, CancellationToken cancellationToken)
    {
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken);
        if (preferences.OptedOut)
        {
            // Typing "checkin" is the documented way back after opting out.
            await store.SavePreferencesAsync(preferences with { OptedOut = false }, cancellationToken);
            notice ??= "Welcome back: check-ins are on again.";
        }

        var cycle = await _cycles.ForAsync(request, cancellationToken);
        if (cycle is { OwnerPersonId: null, TeamId: { } } && !await _cycles.IsMemberAsync(cycle.TeamId, request, cancellationToken))
        {
            // Only the team's members may answer its check-in (SubmitAsync), so someone who left gets one of their own
            // instead of a form that could never be sent (decision 075).
            cycle = null;
            notice ??= LeftTeam;
        }

        cycle ??= await _cycles.OpenAdHocAsync(request.PersonId, cancellationToken);
        var answer = await store.GetAnswerAsync(cycle.CycleId, request.PersonId, cancellationToken);
        // Answering while paused does not end the pause, so the card says it is still on and offers Resume instead of Pause.
        var pausedUntil = preferences.PausedUntil > time.GetUtcNow() ? preferences.PausedUntil : null;
        var answered = answer is null ? null : "You have already answered this check-in. Sending again replaces your answer.";
        notice ??= pausedUntil is { } until
            ? string.Join(' ', $"Your check-ins are paused until {Local(until, request.TimeZone)} (your time). You can still answer this one.", answered).TrimEnd()
            : answered;
        return CheckInCards.Form(cycle, answer is null ? null : ShownValues(answer), notice: notice, paused: pausedUntil is not null);
    }

    private async Task<AdaptiveCard> SubmitAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var cycle = await _cycles.ForAsync(request, cancellationToken);
        if (cycle is null || request.Values.GetValueOrDefault(CheckInVerbs.CycleKey) != cycle.CycleId)
        {
            return await CarryOverAsync(request, cycle, cancellationToken);
        }

        var checks = CheckInQuestions.All(cycle).ToDictionary(field => field.Id, field => field.Check(request.Values.GetValueOrDefault(field.Id)), StringComparer.Ordinal);
        // One line for the statements, however many were missed: a line each would make the card too long for a phone.
        var pulseIds = cycle.AskedConditions.Select(field => field.Id).ToHashSet(StringComparer.Ordinal);
        var problems = checks.Where(check => !check.Value.IsValid && !pulseIds.Contains(check.Key)).Select(check => check.Value.Error!).ToList();
        if (checks.Any(check => !check.Value.IsValid && pulseIds.Contains(check.Key)))
        {
            problems.Add(PulseProblem);
        }

        var wantsSupport = checks[CheckInQuestions.WantsSupport.Id].Value == "true";

        if (problems.Count > 0)
        {
            var shown = CheckInQuestions.All(cycle).ToDictionary(field => field.Id, field => request.Values.GetValueOrDefault(field.Id), StringComparer.Ordinal);
            return CheckInCards.Form(cycle, shown, problems);
        }

        var forTeam = await _cycles.IsMemberAsync(cycle.TeamId, request, cancellationToken);
        if (!forTeam && cycle.OwnerPersonId is null)
        {
            return FullWidthCard.Titled("Check-in", NotInTeam, CheckInNow());
        }

        var answer = BuildAnswer(request.PersonId, forTeam ? cycle : cycle with { TeamId = null }, checks, wantsSupport);
        var replaced = await store.SaveAnswerAsync(answer, cancellationToken);
        return CheckInCards.Thanks(cycle, answer, replaced);
    }

    /// <summary>
    /// The card's cycle closed (or the team's next one opened) while the person was writing: nothing is saved, and what
    /// they wrote comes back on the form of their current cycle, as "Check in now" would open it, for them to send.
    /// </summary>
    private async Task<AdaptiveCard> CarryOverAsync(CheckInRequest request, CheckInCycle? current, CancellationToken cancellationToken)
    {
        current ??= await _cycles.OpenAdHocAsync(request.PersonId, cancellationToken);
        var shown = CheckInQuestions.All(current).ToDictionary(field => field.Id, field => request.Values.GetValueOrDefault(field.Id), StringComparer.Ordinal);
        var notice = await store.GetAnswerAsync(current.CycleId, request.PersonId, cancellationToken) is null
            ? ClosedNotice
            : ClosedNotice + " You have already answered it: sending replaces that answer.";
        return CheckInCards.Form(current, shown, notice: notice);
    }

    private CheckInAnswer BuildAnswer(string personId, CheckInCycle cycle, Dictionary<string, FieldCheck> checks, bool wantsSupport)
    {
        var pulse = cycle.IncludesPulse
            ? cycle.AskedConditions.ToDictionary(field => ChangeReadinessPulse.ConditionId(field.Id), field => Number(checks[field.Id].Value), StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        return new CheckInAnswer(
            cycle.CycleId,
            personId,
            cycle.TeamId,
            Number(checks[CheckInQuestions.Confidence.Id].Value),
            checks[CheckInQuestions.WentWell.Id].Value,
            checks[CheckInQuestions.Barrier.Id].Value,
            wantsSupport,
            // Who to ask is chosen after sending (SupportDialog), from the team's roster or anonymously.
            null,
            pulse,
            pulse.Count > 0 ? ReadinessIndex.Compute(pulse.Values) : null,
            time.GetUtcNow());
    }

    private async Task<AdaptiveCard> SnoozeAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = request.Values.GetValueOrDefault(CheckInVerbs.SnoozeKey) == CheckInVerbs.SnoozeTomorrow
            ? _timing.TomorrowMorning(now, request.TimeZone, FallbackZone)
            : now + options.SnoozeFor;
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken) with { SnoozedUntil = until };
        await store.SavePreferencesAsync(preferences, cancellationToken);
        var promise = await _snoozePromise.ForAsync(request, until, cancellationToken);
        return FullWidthCard.Create([Heading.Of("Snoozed"), .. promise.Select(paragraph => new TextBlock(paragraph))], [CheckInNow(request)], "Snoozed");
    }

    private async Task<AdaptiveCard> PauseAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + options.PauseFor;
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken);
        await store.SavePreferencesAsync(preferences with { PausedUntil = until }, cancellationToken);
        return FullWidthCard.Titled("Check-ins paused", $"No check-ins or reminders until {Local(until, request.TimeZone)} (your time). After that they come again by themselves.", CheckInCards.ResumeButton());
    }

    private async Task<AdaptiveCard> OptOutAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken);
        await store.SavePreferencesAsync(preferences with { OptedOut = true, SnoozedUntil = null, PausedUntil = null }, cancellationToken);
        return FullWidthCard.Titled("Check-ins stopped", "You will not get check-ins or reminders. To start again, press the button or type **checkin** here.", CheckInCards.ResumeButton());
    }

    private async Task<AdaptiveCard> ResumeAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken);
        await store.SavePreferencesAsync(preferences with { OptedOut = false, SnoozedUntil = null, PausedUntil = null }, cancellationToken);
        return await OpenAsync(request, "Check-ins are back on.", cancellationToken);
    }

    private static Dictionary<string, string?> ShownValues(CheckInAnswer answer)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [CheckInQuestions.Confidence.Id] = answer.Confidence.ToString(CultureInfo.InvariantCulture),
            [CheckInQuestions.WentWell.Id] = answer.WentWell,
            [CheckInQuestions.Barrier.Id] = answer.Barrier,
            [CheckInQuestions.WantsSupport.Id] = answer.WantsSupport ? "true" : "false",
        };
        foreach (var (condition, rating) in answer.PulseRatings)
        {
            values[ChangeReadinessPulse.FieldId(condition)] = rating.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static ExecuteAction CheckInNow(CheckInRequest? request = null) => CardActions.Execute("Check in now", CheckInVerbs.Open,
        request?.Values.GetValueOrDefault(CheckInVerbs.CycleKey) is { } cycleId ? new Dictionary<string, string> { [CheckInVerbs.CycleKey] = cycleId } : null);

    private static int Number(string? value) => int.Parse(value!, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>An instant as the check-in cards show it: "Wednesday 2 December at 13:00", in the person's zone (UTC when unknown).</summary>
    internal static string Local(DateTimeOffset instant, string? timeZone) =>
        TimeZoneInfo.ConvertTime(instant, CheckInTiming.Zone(timeZone, FallbackZone)).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);
}
