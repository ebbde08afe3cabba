namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>
/// Opens a team's check-in cycle for one scheduled slot and puts one check-in per member in the outbox, due at the
/// rhythm's time in the member's own time zone. The cycle id comes from team and slot, and the outbox keys from cycle
/// and person, so a repeated or recovered firing of the same slot adds nothing. The members' preferences (opted out,
/// paused, snoozed) are read a hundred people at a time (decision 088), and so are the people themselves (decision 092).
/// </summary>
public sealed partial class CheckInFanOut(
    ITeamRhythmStore rhythms,
    ITeamStore teams,
    IPersonStore people,
    ICheckInStore checkIns,
    ICheckInDeliveryStore deliveries,
    IOutboxStore outbox,
    CheckInOptions options,
    TimeProvider time,
    ILogger<CheckInFanOut> logger)
{
    // The people read together, and their preferences: a hundred a call (on Azure 8 queries of 13; decisions 083, 092).
    private const int ReadTogether = 100;

    private readonly CheckInTiming _timing = new(options);

    /// <summary>Opens the cycle of <paramref name="scheduledFor"/> and enqueues its check-ins; returns how many were new, or null when the team has no rhythm.</summary>
    public async Task<int?> OpenCycleAsync(string teamId, DateTimeOffset scheduledFor, DateTimeOffset? nextSlot, string cycleKey, CancellationToken cancellationToken)
    {
        var schedule = await rhythms.GetAsync(teamId, cancellationToken);
        var team = await teams.GetTeamAsync(teamId, cancellationToken);
        if (schedule is null || team is null)
        {
            LogNoRhythm(logger, teamId);
            return null;
        }

        var opened = Cycle(schedule, scheduledFor, nextSlot, cycleKey);
        await checkIns.SaveCycleAsync(opened, cancellationToken);

        // The first firing's cycle wins; a repeat must describe the same cycle.
        var cycle = await checkIns.GetCycleAsync(opened.CycleId, cancellationToken) ?? opened;
        var card = CardJson.Serialize(CheckInCards.Form(cycle));
        var cycleDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFor, CheckInTiming.Zone(null, schedule.TimeZoneId)).DateTime);
        var now = time.GetUtcNow();
        var planned = new List<CheckInDelivery>();
        var messages = new List<OutboxMessage>();
        var members = await teams.ListMembersAsync(teamId, cancellationToken);
        foreach (var batch in (await PeopleOfAsync(members, cancellationToken)).Chunk(ReadTogether))
        {
            // A hundred people's preferences in one read (decision 088; a read a member before), each decided as before.
            var preferences = await checkIns.GetPreferencesAsync([.. batch.Select(person => person.TeamsUserId)], cancellationToken);
            foreach (var person in batch)
            {
                if (Plan(cycle, schedule, cycleDate, person, preferences[person.TeamsUserId], now) is not { } delivery)
                {
                    continue;
                }

                planned.Add(delivery);
                messages.Add(OutboxMessage.Create(cycle.CycleId, person.TeamsUserId, team.TenantId, CheckInMessages.CheckInKind, card, now) with { NextAttemptAt = delivery.DeliverAt });
            }
        }

        await deliveries.AddAsync(planned, cancellationToken);
        var added = await outbox.EnqueueAsync(messages, cancellationToken);
        LogFannedOut(logger, teamId, cycle.CycleId, added, messages.Count);
        return added;
    }

    /// <summary>The cycle of one slot: it closes at the next slot, or after the cadence's length when there is none.</summary>
    public static CheckInCycle Cycle(CheckInSchedule schedule, DateTimeOffset scheduledFor, DateTimeOffset? nextSlot, string cycleKey)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var length = schedule.Cadence switch
        {
            CheckInCadence.Weekly => TimeSpan.FromDays(7),
            CheckInCadence.Fortnightly => TimeSpan.FromDays(14),
            _ => TimeSpan.FromDays(28),
        };
        var closesAt = nextSlot is { } next && next > scheduledFor && LocalSpan(schedule, scheduledFor, next) <= TimeSpan.FromDays(35) ? next : scheduledFor + length;
        return new CheckInCycle(CheckInMessages.CycleId(schedule.TeamId, scheduledFor, cycleKey), schedule.TeamId, scheduledFor, closesAt, IncludesPulse: true)
        {
            PulseConditions = PulseConditions(schedule, scheduledFor),
        };
    }

    // Measured on the team's wall clock: two first Mondays 35 days apart are 35 days and an hour apart in UTC when the
    // clocks go back in between, and that is still the next slot, not a gap in the rhythm.
    private static TimeSpan LocalSpan(CheckInSchedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        var zone = CheckInTiming.Zone(null, schedule.TimeZoneId);
        return TimeZoneInfo.ConvertTime(to, zone).DateTime - TimeZoneInfo.ConvertTime(from, zone).DateTime;
    }

    /// <summary>
    /// The pulse statements of the cycle opening at <paramref name="scheduledFor"/>: the rotation's group for that week in
    /// the team's time zone (<see cref="PulseRotation"/>), two groups for a fortnightly cycle, every group for a monthly one.
    /// </summary>
    public static IReadOnlyList<string> PulseConditions(CheckInSchedule schedule, DateTimeOffset scheduledFor)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFor, CheckInTiming.Zone(null, schedule.TimeZoneId)).DateTime);
        var groups = schedule.Cadence switch
        {
            CheckInCadence.Weekly => 1,
            CheckInCadence.Fortnightly => 2,
            _ => PulseRotation.Weeks,
        };
        return PulseRotation.ConditionsFor(localDate, groups);
    }

    // The members who are someone the bot can write to, in roster order: a hundred members' people are one read (decision
    // 092; a read a member before), and a member with no Teams id yet is found through the person with their AAD id, or
    // left out, as before.
    private async Task<List<Person>> PeopleOfAsync(IReadOnlyList<TeamMember> members, CancellationToken cancellationToken)
    {
        var found = new List<Person>(members.Count);
        foreach (var batch in members.Chunk(ReadTogether))
        {
            string[] teamsUserIds = [.. batch.Select(member => member.TeamsUserId).OfType<string>().Where(id => id.Length > 0)];
            var known = teamsUserIds.Length == 0 ? new Dictionary<string, Person>() : await people.GetManyAsync(teamsUserIds, cancellationToken);
            foreach (var member in batch)
            {
                if (await ResolveAsync(member, known, cancellationToken) is { } person)
                {
                    found.Add(person);
                }
            }
        }

        return found;
    }

    private async Task<Person?> ResolveAsync(TeamMember member, IReadOnlyDictionary<string, Person> known, CancellationToken cancellationToken)
    {
        if (member.TeamsUserId is { Length: > 0 } teamsUserId)
        {
            return known.GetValueOrDefault(teamsUserId) ?? new Person { TeamsUserId = teamsUserId, AadObjectId = member.AadObjectId };
        }

        return await people.FindByAadObjectIdAsync(member.AadObjectId, cancellationToken);
    }

    // Opted-out people get nothing; a pause, a snooze or a late firing moves the check-in to when it ends, in working
    // hours; a check-in that would come after the cycle closed is not sent at all.
    private CheckInDelivery? Plan(CheckInCycle cycle, CheckInSchedule schedule, DateOnly cycleDate, Person person, CheckInPreferences preferences, DateTimeOffset now)
    {
        if (preferences.OptedOut)
        {
            return null;
        }

        var deliverAt = _timing.Delivery(cycleDate, schedule.LocalTime, person.TimeZone, schedule.TimeZoneId);
        foreach (var until in new[] { preferences.PausedUntil, preferences.SnoozedUntil, now })
        {
            if (until is { } end && end > deliverAt)
            {
                deliverAt = _timing.MoveToAllowed(end, person.TimeZone, schedule.TimeZoneId);
            }
        }

        return deliverAt < cycle.ClosesAt
            ? new CheckInDelivery(cycle.CycleId, person.TeamsUserId, schedule.TeamId, deliverAt, person.TimeZone, schedule.TimeZoneId, cycle.ClosesAt)
            : null;
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Check-in cycle of team {TeamId} fired with no rhythm or unknown team; nothing sent")]
    private static partial void LogNoRhythm(ILogger logger, string teamId);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information, Message = "Check-in cycle {CycleId} of team {TeamId}: {Added} new of {Planned} check-ins queued")]
    private static partial void LogFannedOut(ILogger logger, string teamId, string cycleId, int added, int planned);
}
