using OutcomesBot.Dialogs.Momentum;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The leader's rhythm settings: shows, checks, stores and schedules a team's check-in rhythm, or switches it off.
/// Only people who lead the team may do any of it, checked here on every press whatever the card carried; every value
/// is checked too, and nothing is stored or scheduled unless all of them are right.
/// </summary>
public sealed class TeamRhythmDialog(
    TeamRoles roles, ITeamRhythmStore rhythms, IScheduleRegistry registry, ILastCheckInCounts lastCycle, MomentumCalculator threshold, ITenantTimeZones zones, TimeProvider time)
{
    private const string FallbackZone = "Etc/UTC";

    public async Task<AdaptiveCard> HandleAsync(TeamRhythmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var leads = await roles.TeamsWhereAsync(request.AadObjectId, TeamRole.Leader, cancellationToken);
        if (leads.Count == 0)
        {
            return TeamRhythmCards.LeadersOnly();
        }

        var named = request.Values.GetValueOrDefault(TeamRhythmVerbs.TeamKey);
        var team = string.IsNullOrEmpty(named) && request.Verb == TeamRhythmVerbs.Open ? leads[0] : leads.FirstOrDefault(t => t.TeamId == named);
        if (team is null)
        {
            return TeamRhythmCards.NotYourTeam();
        }

        return request.Verb switch
        {
            TeamRhythmVerbs.Save => await SaveAsync(request, leads, team, cancellationToken),
            TeamRhythmVerbs.Off => await OffAsync(team, cancellationToken),
            _ => await FormAsync(leads, team, await CurrentValuesAsync(team, request.TimeZone, cancellationToken), null, cancellationToken),
        };
    }

    private async Task<AdaptiveCard> SaveAsync(TeamRhythmRequest request, IReadOnlyList<Team> leads, Team team, CancellationToken cancellationToken)
    {
        var values = request.Values;
        var problems = new List<string>();
        var cadence = Parse<CheckInCadence>(values, TeamRhythmVerbs.CadenceKey, "Please choose how often: every week, every other week or once a month.", problems);
        if (!ScheduleText.TryParseDay(values.GetValueOrDefault(TeamRhythmVerbs.DayKey), out var day))
        {
            problems.Add("Please choose a day of the week.");
        }

        if (!ScheduleText.TryParseTime(values.GetValueOrDefault(TeamRhythmVerbs.TimeKey), out var localTime))
        {
            problems.Add("The time sent was not a time of day, so please choose the time again.");
        }

        var zone = values.GetValueOrDefault(TeamRhythmVerbs.ZoneKey)?.Trim();
        if (!ScheduleText.IsKnownZone(zone))
        {
            problems.Add("The time zone sent is not one I know, so please choose one from the list.");
        }

        if (problems.Count > 0)
        {
            return await FormAsync(leads, team, values, problems, cancellationToken);
        }

        var schedule = new CheckInSchedule(team.TeamId, cadence!.Value, day, localTime, zone!);
        var next = await registry.ScheduleAsync(schedule, cancellationToken);
        await rhythms.SaveAsync(schedule, request.AadObjectId!, time.GetUtcNow(), cancellationToken);
        return TeamRhythmCards.Saved(Name(team), Local(next, zone!), await LastCycleCountsAsync(team.TeamId, cancellationToken), team.TeamId, threshold.MinimumAnswers);
    }

    private async Task<AdaptiveCard> OffAsync(Team team, CancellationToken cancellationToken)
    {
        await registry.RemoveAsync(team.TeamId, cancellationToken);
        await rhythms.RemoveAsync(team.TeamId, cancellationToken);
        return TeamRhythmCards.SwitchedOff(Name(team), team.TeamId);
    }

    private async Task<AdaptiveCard> FormAsync(IReadOnlyList<Team> leads, Team team, IReadOnlyDictionary<string, string> values, List<string>? problems, CancellationToken cancellationToken)
    {
        var rhythm = await rhythms.GetAsync(team.TeamId, cancellationToken);
        var next = rhythm is null ? null : await registry.GetNextFireTimeAsync(team.TeamId, cancellationToken);
        var shown = new Dictionary<string, string>(values, StringComparer.Ordinal) { [TeamRhythmVerbs.TeamKey] = team.TeamId };
        return TeamRhythmCards.Form(leads, team.TeamId, shown, await LastCycleCountsAsync(team.TeamId, cancellationToken),
            next is { } at ? Local(at, rhythm!.TimeZoneId) : null, problems, threshold.MinimumAnswers, await TenantZonesAsync(team, cancellationToken));
    }

    private async Task<IReadOnlyList<string>> TenantZonesAsync(Team team, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(team.TenantId) ? [] : await zones.UsualZonesAsync(team.TenantId, ZoneChoices.TenantZones, cancellationToken);

    // The rhythm's zone once there is one; before that the leader's own (Teams' localTimezone), then the tenant's usual one.
    private async Task<Dictionary<string, string>> CurrentValuesAsync(Team team, string? leaderZone, CancellationToken cancellationToken)
    {
        var teamId = team.TeamId;
        var rhythm = await rhythms.GetAsync(teamId, cancellationToken);
        var usual = await TenantZonesAsync(team, cancellationToken);
        var zone = ZoneChoices.Default(FallbackZone, rhythm?.TimeZoneId, leaderZone, usual.Count > 0 ? usual[0] : null);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TeamRhythmVerbs.CadenceKey] = (rhythm?.Cadence ?? CheckInCadence.Weekly).ToString().ToLowerInvariant(),
            [TeamRhythmVerbs.DayKey] = (rhythm?.Day ?? DayOfWeek.Monday).ToString().ToLowerInvariant(),
            [TeamRhythmVerbs.TimeKey] = (rhythm?.LocalTime ?? new TimeOnly(10, 0)).ToString("HH:mm", CultureInfo.InvariantCulture),
            [TeamRhythmVerbs.ZoneKey] = zone,
        };
    }

    private Task<CheckInCycleCounts?> LastCycleCountsAsync(string teamId, CancellationToken cancellationToken) =>
        lastCycle.GetAsync(teamId, cancellationToken);

    // Only the exact lower-case names the card offers; Enum.TryParse alone would also take numbers such as "42".
    private static T? Parse<T>(IReadOnlyDictionary<string, string> values, string key, string problem, List<string> problems)
        where T : struct, Enum
    {
        var text = values.GetValueOrDefault(key)?.Trim();
        var match = Enum.GetValues<T>().Where(v => v.ToString().Equals(text, StringComparison.OrdinalIgnoreCase)).Select(v => (T?)v).FirstOrDefault();
        if (match is null)
        {
            problems.Add(problem);
        }

        return match;
    }

    private static string Name(Team team) => PlainText.Of(team.Name ?? "Your team");

    private static string Local(DateTimeOffset instant, string zoneId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture) + $" ({ZoneChoices.Label(zoneId)} time)";
}
