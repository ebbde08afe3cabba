using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Momentum.Themes;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// Finds a team's last <b>closed</b> check-in cycle (the newest team cycle answered in the last <see cref="LookBackDays"/>
/// days that no longer takes answers; when the team has had no scheduled cycle, the last finished momentum week) and turns
/// its free text into anonymous themes. An open cycle is never read, so a leader who looks before and after one more
/// answer sees the same themes (decision 010); a closed cycle takes no more answers, and a finished week none either.
/// </summary>
public sealed class CycleThemesReader(ICheckInStore checkIns, MomentumCalculator calculator, TimeProvider time)
{
    public const int LookBackDays = 42;

    public async Task<CycleThemes> ReadAsync(string teamId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var answers = await checkIns.ListAnswersAsync(teamId, now.AddDays(-LookBackDays), now.AddSeconds(1), cancellationToken);
        CheckInCycle? last = null;
        foreach (var cycleId in answers.Select(a => a.CycleId).Distinct(StringComparer.Ordinal))
        {
            var cycle = await checkIns.GetCycleAsync(cycleId, cancellationToken);
            if (cycle is { OwnerPersonId: null } && cycle.TeamId == teamId && cycle.ClosesAt <= now && (last is null || cycle.OpensAt > last.OpensAt))
            {
                last = cycle;
            }
        }

        var thisWeek = MomentumWeeks.StartOf(now);
        var chosen = last is null
            ? answers.Where(a => a.AnsweredAt >= thisWeek.AddDays(-7) && a.AnsweredAt < thisWeek)
            : answers.Where(a => a.CycleId == last.CycleId);
        var latest = chosen.GroupBy(a => a.PersonId, StringComparer.Ordinal).Select(g => g.MaxBy(a => a.AnsweredAt)!).ToList();
        var minimum = calculator.MinimumAnswers;
        if (latest.Count < minimum)
        {
            return new CycleThemes(last?.CycleId, last?.OpensAt, latest.Count, minimum, ThemeSummary.Empty, ThemeSummary.Empty, ThemeSummary.Empty);
        }

        return new CycleThemes(last?.CycleId, last?.OpensAt, latest.Count, minimum,
            ThemeSummary.From(latest.Select(a => a.WentWell)),
            ThemeSummary.From(latest.Select(a => a.Barrier)),
            ThemeSummary.From(latest.Where(a => a.WantsSupport).Select(a => a.SupportFrom)));
    }
}
