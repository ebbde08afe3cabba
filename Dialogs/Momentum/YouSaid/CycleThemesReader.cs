using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Momentum.Themes;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// Finds a team's last <b>closed</b> check-in cycle (the scheduled team cycle that closed last, within the last
/// <see cref="LookBackDays"/> days; when none did, the last finished momentum week of answers to no team cycle) and turns
/// its free text into anonymous themes. An open cycle is never read, so a leader who looks before and after one more
/// answer sees the same themes (decision 010). The themes first shown for a cycle or week are kept and shown from then on
/// (decision 053), so a deleted answer, or the look-back passing a cycle's first answers, cannot change them.
/// </summary>
public sealed class CycleThemesReader(ICheckInStore checkIns, IShownThemesStore shown, MomentumCalculator calculator, TimeProvider time)
{
    public const int LookBackDays = 42;

    public async Task<CycleThemes> ReadAsync(string teamId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cycle = await checkIns.FindLastClosedTeamCycleAsync(teamId, now.AddDays(-LookBackDays), now, cancellationToken);
        var lastWeek = MomentumWeeks.StartOf(now).AddDays(-7);
        var shownFor = cycle is null ? ShownThemes.ForWeek(lastWeek) : ShownThemes.ForCycle(cycle.CycleId);
        var minimum = calculator.MinimumAnswers;
        var answered = 0;
        var kept = await shown.GetAsync(teamId, shownFor, cancellationToken);
        if (kept is null)
        {
            var answers = cycle is null
                ? await WeekAnswersAsync(teamId, lastWeek, cancellationToken)
                : (await checkIns.ListAnswersAsync(teamId, cycle.OpensAt, now.AddSeconds(1), cancellationToken)).Where(a => a.CycleId == cycle.CycleId);
            var latest = answers.GroupBy(a => a.PersonId, StringComparer.Ordinal).Select(g => g.MaxBy(a => a.AnsweredAt)!).ToList();
            answered = latest.Count;
            kept = latest.Count < minimum ? null : await KeepAsync(teamId, Themes(shownFor, latest), cancellationToken);
        }

        // A kept row below the threshold in force (it has been raised since) is not shown, as for momentum weeks.
        return kept is null || kept.Answered < minimum
            ? new CycleThemes(cycle?.CycleId, cycle?.OpensAt, kept?.Answered ?? answered, minimum, ThemeSummary.Empty, ThemeSummary.Empty, ThemeSummary.Empty)
            : new CycleThemes(cycle?.CycleId, cycle?.OpensAt, kept.Answered, minimum, kept.WentWell, kept.Barriers, kept.Support);
    }

    // The fallback week counts answers to no scheduled team cycle: those belong to their cycle, which is read once it has
    // closed, and a week holding some of them could be subtracted from it.
    private async Task<IEnumerable<CheckInAnswer>> WeekAnswersAsync(string teamId, DateTimeOffset weekStart, CancellationToken cancellationToken)
    {
        var answers = await checkIns.ListAnswersAsync(teamId, weekStart, weekStart.AddDays(7), cancellationToken);
        var teamCycles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cycleId in answers.Select(a => a.CycleId).Distinct(StringComparer.Ordinal))
        {
            if (await checkIns.GetCycleAsync(cycleId, cancellationToken) is { OwnerPersonId: null })
            {
                teamCycles.Add(cycleId);
            }
        }

        return answers.Where(a => !teamCycles.Contains(a.CycleId));
    }

    // Kept before it is shown; when another instance kept the same cycle's themes first, theirs are shown.
    private async Task<ShownThemes?> KeepAsync(string teamId, ShownThemes themes, CancellationToken cancellationToken) =>
        await shown.TryAddAsync(teamId, themes, cancellationToken) ? themes : await shown.GetAsync(teamId, themes.ShownFor, cancellationToken);

    private static ShownThemes Themes(string shownFor, List<CheckInAnswer> latest) => new(
        shownFor,
        latest.Count,
        ThemeSummary.From(latest.Select(a => a.WentWell)),
        ThemeSummary.From(latest.Select(a => a.Barrier)),
        ThemeSummary.From(latest.Where(a => a.WantsSupport).Select(a => a.SupportFrom)));
}
