namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The one place leaders' momentum numbers come from (the momentum card, and any other leaders' view such as a tab):
/// the last <see cref="Weeks"/> <b>finished</b> weeks, each frozen the first time it is stored. The week under way is
/// never shown, so a leader who looks before and after one more answer sees the same numbers; a finished week is
/// computed once (by the weekly job, or here on first read) and then read back as stored, so a changed answer, a
/// deleted one or a roster change cannot move it either. A week stored under a lower threshold is hidden again when
/// the setting has been raised since (decision 010).
/// </summary>
public sealed class MomentumView(IMomentumStore store, MomentumCalculator calculator, TimeProvider time)
{
    public const int Weeks = 12;

    /// <summary>The threshold in force.</summary>
    public int MinimumAnswers => calculator.MinimumAnswers;

    /// <summary>The team's last <see cref="Weeks"/> finished weeks, oldest first, with the privacy rule applied.</summary>
    public async Task<IReadOnlyList<MomentumSnapshot>> WeeksAsync(string teamId, CancellationToken cancellationToken)
    {
        var current = MomentumWeeks.StartOf(time.GetUtcNow());
        var starts = MomentumWeeks.LastWeeks(current.AddDays(-7), Weeks);
        var stored = (await store.ListAsync(teamId, starts[0], current, cancellationToken)).ToDictionary(s => s.WeekStart);
        var missing = starts.Where(start => !stored.ContainsKey(start)).ToList();
        foreach (var fresh in await calculator.ComputeAsync(teamId, missing, cancellationToken))
        {
            await store.UpsertAsync(fresh, cancellationToken);
            stored[fresh.WeekStart] = fresh;
        }

        return starts.Select(start => Shown(stored[start])).ToList();
    }

    // A week stored under a lower threshold (the setting was raised since) must not show its averages or counts now.
    private MomentumSnapshot Shown(MomentumSnapshot snapshot) => snapshot.Answered >= MinimumAnswers
        ? snapshot
        : snapshot with { AverageConfidence = null, ConfidenceChange = null, ReadinessIndex = null, SupportRequests = null };
}
