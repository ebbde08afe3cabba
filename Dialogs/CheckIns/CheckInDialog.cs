namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The 1:1 check-in: opens the card for the person's open cycle (or an ad-hoc one), checks and stores answers, and
/// records snooze, pause, opt-out and resume. Every value is checked here, whatever the card allowed. An answer counts
/// for a team only when the sender is in that team's stored roster when they send it: a team cycle refuses anyone else,
/// and an ad-hoc answer keeps its team only for a member. So the team's numbers and themes are made of members' answers
/// from the moment they are written, and a later roster change cannot alter (and so reveal) a finished week.
/// </summary>
public sealed class CheckInDialog(ICheckInStore store, ITeamStore teams, CheckInOptions options, TimeProvider time)
{
    public const string NotInTeam = "This check-in belongs to a team you are not a member of, so nothing was saved.";

    public const string PulseProblem = "Please rate each statement about the change from 1 to 5 (1 is not at all, 5 is completely).";

    private const string FallbackZone = "Etc/UTC";
    private readonly CheckInTiming _timing = new(options);

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

        var cycle = await CycleForAsync(request, cancellationToken) ?? await OpenAdHocCycleAsync(request.PersonId, cancellationToken);
        var answer = await store.GetAnswerAsync(cycle.CycleId, request.PersonId, cancellationToken);
        if (answer is null)
        {
            return CheckInCards.Form(cycle, notice: notice);
        }

        return CheckInCards.Form(cycle, ShownValues(answer), notice: notice ?? "You have already answered this check-in. Sending again replaces your answer.");
    }

    private async Task<AdaptiveCard> SubmitAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var cycle = await CycleForAsync(request, cancellationToken);
        if (cycle is null || request.Values.GetValueOrDefault(CheckInVerbs.CycleKey) != cycle.CycleId)
        {
            return FullWidthCard.Titled("This check-in has closed", "Nothing was saved. You can answer the current one instead.", CheckInNow());
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

        var forTeam = await IsMemberAsync(cycle.TeamId, request, cancellationToken);
        if (!forTeam && cycle.OwnerPersonId is null)
        {
            return FullWidthCard.Titled("Check-in", NotInTeam, CheckInNow());
        }

        var answer = BuildAnswer(request.PersonId, forTeam ? cycle : cycle with { TeamId = null }, checks, wantsSupport);
        var replaced = await store.SaveAnswerAsync(answer, cancellationToken);
        return CheckInCards.Thanks(cycle, answer, replaced);
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
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken);
        await store.SavePreferencesAsync(preferences with { SnoozedUntil = until }, cancellationToken);
        return FullWidthCard.Titled("Snoozed", $"I will remind you {Local(until, request.TimeZone)} (your time). You can answer any time before then.", CheckInNow(request));
    }

    private async Task<AdaptiveCard> PauseAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + options.PauseFor;
        var preferences = await store.GetPreferencesAsync(request.PersonId, cancellationToken);
        await store.SavePreferencesAsync(preferences with { PausedUntil = until }, cancellationToken);
        return FullWidthCard.Titled("Check-ins paused", $"No check-ins or reminders until {Local(until, request.TimeZone)} (your time).", CheckInCards.ResumeButton());
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

    /// <summary>
    /// The cycle named on the card when it is open and the person's to answer, else the person's open cycle. A team
    /// cycle is closed once the team's next one opened (<see cref="CheckInCycleEnd"/>), so an old card is refused then.
    /// </summary>
    private async Task<CheckInCycle?> CycleForAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.Values.GetValueOrDefault(CheckInVerbs.CycleKey) is { Length: > 0 } cycleId
            && await store.GetCycleAsync(cycleId, cancellationToken) is { } named
            && (named.OwnerPersonId is null || named.OwnerPersonId == request.PersonId)
            && (await store.AsOfAsync(named, now, cancellationToken)).IsOpenAt(now))
        {
            return named;
        }

        return await store.FindOpenCycleAsync(request.PersonId, now, cancellationToken);
    }

    private async Task<bool> IsMemberAsync(string? teamId, CheckInRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(teamId))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(request.AadObjectId))
        {
            return await teams.GetMemberAsync(teamId, request.AadObjectId, cancellationToken) is not null;
        }

        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        return members.Any(m => string.Equals(m.TeamsUserId, request.PersonId, StringComparison.Ordinal));
    }

    private async Task<CheckInCycle> OpenAdHocCycleAsync(string personId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = await store.GetLatestAnswerAsync(personId, cancellationToken);
        var cycle = new CheckInCycle("adhoc-" + Guid.NewGuid().ToString("N"), latest?.TeamId, now, now + options.AdHocCycleLength, IncludesPulse: false) { OwnerPersonId = personId };
        await store.SaveCycleAsync(cycle, cancellationToken);
        return cycle;
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

    private static string Local(DateTimeOffset instant, string? timeZone) =>
        TimeZoneInfo.ConvertTime(instant, CheckInTiming.Zone(timeZone, FallbackZone)).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);
}
