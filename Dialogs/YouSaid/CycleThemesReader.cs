using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Themes;

namespace OutcomesBot.Dialogs.YouSaid;

/// <summary>
/// Finds a team's last check-in cycle (the newest team cycle answered in the last <see cref="LookBackDays"/> days; when the
/// team has had no scheduled cycle, the last 7 days of answers) and turns its free text into anonymous themes.
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
            if (cycle is { OwnerPersonId: null } && cycle.TeamId == teamId && (last is null || cycle.OpensAt > last.OpensAt))
            {
                last = cycle;
            }
        }

        var chosen = last is null
            ? answers.Where(a => a.AnsweredAt >= now.AddDays(-7))
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
