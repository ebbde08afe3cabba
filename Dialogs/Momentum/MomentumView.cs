using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The one place leaders' momentum numbers come from (the momentum card, and any other leaders' view such as a tab):
/// the last <see cref="Weeks"/> <b>finished</b> weeks, each frozen the first time it is stored. The week under way is
/// never shown, so a leader who looks before and after one more answer sees the same numbers; a finished week is
/// computed once (by the weekly job, or here on first read) and then read back as stored, so a changed answer, a
/// deleted one or a roster change cannot move it either. A week stored under a lower threshold is hidden again when
/// the setting has been raised since (decision 010).
/// Small teams get the same rule over four weeks (<see cref="PooledAsync"/>, decision 025).
/// </summary>
public sealed class MomentumView(IMomentumStore store, MomentumCalculator calculator, TimeProvider time)
{
    public const int Weeks = 12;

    /// <summary>How many weeks a pooled period holds: the pulse rotation's four.</summary>
    public const int PoolWeeks = PulseRotation.Weeks;

    // Pooled periods are stored beside the weeks under their own key, so a period and its first week never meet.
    private const string PoolKeyPrefix = "pooled4|";

    /// <summary>The threshold in force.</summary>
    public int MinimumAnswers => calculator.MinimumAnswers;

    /// <summary>The team's last <see cref="Weeks"/> finished weeks, oldest first, with the privacy rule applied.</summary>
    public Task<IReadOnlyList<MomentumSnapshot>> WeeksAsync(string teamId, CancellationToken cancellationToken) =>
        WeeksAsync(teamId, Weeks, cancellationToken);

    /// <summary>The team's last <paramref name="count"/> finished weeks by the same rule (the leaders' tab shows up to 52).</summary>
    public async Task<IReadOnlyList<MomentumSnapshot>> WeeksAsync(string teamId, int count, CancellationToken cancellationToken) =>
        (await StoredWeeksAsync(teamId, count, cancellationToken)).Select(Shown).ToList();

    /// <summary>
    /// Four-week periods for a team too small for weekly figures, over the last <see cref="Weeks"/> finished weeks, oldest
    /// first. A period is one of the fixed, non-overlapping blocks of the pulse rotation, and is given only when it has
    /// finished and <b>none</b> of its weeks was ever shown, so its figures never overlap a figure a leader has seen (no
    /// week can be subtracted from it). Like a week, it is computed once and then read back frozen, and its averages are
    /// shown only when at least the threshold of different people answered in it; exercise counts are not pooled.
    /// </summary>
    public async Task<IReadOnlyList<MomentumSnapshot>> PooledAsync(string teamId, CancellationToken cancellationToken)
    {
        var weeks = (await StoredWeeksAsync(teamId, Weeks, cancellationToken)).ToDictionary(w => w.WeekStart);
        var blocks = weeks.Keys.Where(start => PulseRotation.WeekOf(DateOnly.FromDateTime(start.UtcDateTime)) == 0)
            .Where(start => Enumerable.Range(0, PoolWeeks).All(i => weeks.TryGetValue(start.AddDays(7 * i), out var week) && !WasEverShown(week)))
            .Order().ToList();
        if (blocks.Count == 0)
        {
            return [];
        }

        var key = PoolKeyPrefix + teamId;
        var stored = (await store.ListAsync(key, blocks[0], blocks[^1].AddDays(1), cancellationToken)).ToDictionary(s => s.WeekStart);
        var pooled = new List<MomentumSnapshot>(blocks.Count);
        foreach (var start in blocks)
        {
            if (!stored.TryGetValue(start, out var period))
            {
                period = await calculator.ComputePooledAsync(teamId, start, PoolWeeks, cancellationToken) with { TeamId = key };
                await store.UpsertAsync(period, cancellationToken);
            }

            pooled.Add(Shown(period with { TeamId = teamId }));
        }

        return pooled;
    }

    private async Task<IReadOnlyList<MomentumSnapshot>> StoredWeeksAsync(string teamId, int count, CancellationToken cancellationToken)
    {
        var current = MomentumWeeks.StartOf(time.GetUtcNow());
        var starts = MomentumWeeks.LastWeeks(current.AddDays(-7), count);
        var stored = (await store.ListAsync(teamId, starts[0], current, cancellationToken)).ToDictionary(s => s.WeekStart);
        var missing = starts.Where(start => !stored.ContainsKey(start)).ToList();
        foreach (var fresh in await calculator.ComputeAsync(teamId, missing, cancellationToken))
        {
            await store.UpsertAsync(fresh, cancellationToken);
            stored[fresh.WeekStart] = fresh;
        }

        return starts.Select(start => stored[start]).ToList();
    }

    // A week had its figures shown when it reached the threshold of its day or reaches today's.
    private bool WasEverShown(MomentumSnapshot week) => week.Answered >= Math.Min(week.MinimumAnswers, MinimumAnswers);

    // A week stored under a lower threshold (the setting was raised since) must not show its averages or counts now.
    // Each condition's figure was checked against the threshold of its day, so it is dropped too once that has been raised.
    // Exercises by kind were kept by the number of people who finished exercises, which is not stored, so they go too.
    private MomentumSnapshot Shown(MomentumSnapshot snapshot)
    {
        var raised = snapshot.MinimumAnswers < MinimumAnswers;
        var kept = raised ? snapshot with { ConditionReadiness = null, ExercisesByKind = snapshot.ExercisesByKind is { Count: 0 } ? snapshot.ExercisesByKind : null } : snapshot;
        return snapshot.Answered >= MinimumAnswers
            ? kept
            : kept with { AverageConfidence = null, ConfidenceChange = null, ReadinessIndex = null, SupportRequests = null, ConditionReadiness = null };
    }
}
