namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// Which cycle a press on a check-in card is about, and whether the sender counts for a team: the check-in dialog's reads
/// of cycles and rosters. A team cycle is closed once the team's next one opened (<see cref="CheckInCycleEnd"/>).
/// </summary>
internal sealed class CheckInCycleLookup(ICheckInStore store, ITeamStore teams, CheckInOptions options, TimeProvider time)
{
    // A card older than this many of its team's cycles is left to the person's open cycle.
    private const int MostCyclesFollowed = 6;

    // A team cycle lasts at most until the next slot 35 days on (CheckInFanOut.Cycle), with a day for the clocks.
    private static readonly TimeSpan LongestTeamCycle = TimeSpan.FromDays(36);

    /// <summary>
    /// The cycle named on the card when it is open and the person's to answer. Else, for a closed team cycle of a team the
    /// person is still in, the team's open one (the card was left open while the next one started); else the person's
    /// open cycle (<see cref="ICheckInStore.FindOpenCycleAsync"/>), or null.
    /// </summary>
    public async Task<CheckInCycle?> ForAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var named = request.Values.GetValueOrDefault(CheckInVerbs.CycleKey) is { Length: > 0 } cycleId ? await store.GetCycleAsync(cycleId, cancellationToken) : null;
        if (named is not null && named.OwnerPersonId is not null && named.OwnerPersonId != request.PersonId)
        {
            named = null;
        }

        if (named is not null && (await store.AsOfAsync(named, now, cancellationToken)).IsOpenAt(now))
        {
            return named;
        }

        var teamCycle = named is { OwnerPersonId: null, TeamId: { } teamId } && await IsMemberAsync(teamId, request, cancellationToken)
            ? await OpenTeamCycleAsync(teamId, named, now, cancellationToken)
            : null;
        return teamCycle ?? await store.FindOpenCycleAsync(request.PersonId, now, cancellationToken);
    }

    /// <summary>
    /// Every team cycle open now of a team the sender is in (by their Entra object id), newest first, with its team's name:
    /// their teams' check-ins beside one they started themselves (decisions 071, 082). One roster read, a query per team,
    /// and a team read per open cycle.
    /// </summary>
    public async Task<OpenTeamCheckIns> TeamCyclesOpenForAsync(CheckInRequest request, CancellationToken cancellationToken)
    {
        if (request.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return new([], 0);
        }

        var now = time.GetUtcNow();
        var memberships = await teams.ListMembershipsAsync(aadObjectId, cancellationToken);
        var open = new List<(CheckInCycle Cycle, string TeamName)>();
        foreach (var membership in memberships)
        {
            if (await store.ListTeamCyclesAsync(membership.TeamId, now - LongestTeamCycle, now, cancellationToken) is [.., var last]
                && (await store.AsOfAsync(last, now, cancellationToken)).IsOpenAt(now))
            {
                open.Add((last, (await teams.GetTeamAsync(membership.TeamId, cancellationToken))?.Name ?? "Your team"));
            }
        }

        return new([.. open.OrderByDescending(o => o.Cycle.OpensAt).ThenBy(o => o.TeamName, StringComparer.OrdinalIgnoreCase)], memberships.Count);
    }

    /// <summary>
    /// True when the sender is in the team's stored roster, by the rule the reminder planner and the send-time check use
    /// (<see cref="TeamRosterLookup"/>): their Entra object id, else their Teams id.
    /// </summary>
    public async Task<bool> IsMemberAsync(string? teamId, CheckInRequest request, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(teamId) && await teams.HasMemberAsync(teamId, request.AadObjectId, request.PersonId, cancellationToken);

    /// <summary>A new cycle just for the person, for the team of their last answer (or none).</summary>
    public async Task<CheckInCycle> OpenAdHocAsync(string personId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = await store.GetLatestAnswerAsync(personId, cancellationToken);
        var cycle = new CheckInCycle("adhoc-" + Guid.NewGuid().ToString("N"), latest?.TeamId, now, now + options.AdHocCycleLength, IncludesPulse: false) { OwnerPersonId = personId };
        await store.SaveCycleAsync(cycle, cancellationToken);
        return cycle;
    }

    // The team's cycle open now, found from one of its earlier ones: a team has one open at a time, the last it opened
    // (decision 052), so it is the last of those that opened since.
    private async Task<CheckInCycle?> OpenTeamCycleAsync(string teamId, CheckInCycle earlier, DateTimeOffset now, CancellationToken cancellationToken) =>
        await store.ListTeamCyclesAsync(teamId, earlier.OpensAt, now, cancellationToken) is { Count: <= MostCyclesFollowed } and [.., var last] && last.IsOpenAt(now)
            ? last
            : null;
}
