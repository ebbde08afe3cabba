namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// The momentum card's tables, at most four columns so that no heading is broken mid-word on a phone: the weeks (week,
/// answered, confidence), the rest of each week behind "More for each week", and the four-week periods of a small team.
/// Cells without a figure say "not shown" (a lone "-" is drawn as a bullet).
/// </summary>
public static class MomentumTables
{
    public static Table Weeks(IReadOnlyList<MomentumSnapshot> weeks, int minimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        List<TableRow> rows = [TableRow.OfText("Week", "Answered", "Confidence")];
        rows.AddRange(weeks.Select(week => week.HasTotals
            ? TableRow.OfText(MomentumCards.WeekLabel(week.WeekStart), $"{week.Answered} of {week.Members} ({week.ParticipationPercent}%)", MomentumCards.Number(week.AverageConfidence))
            : TableRow.OfText(MomentumCards.WeekLabel(week.WeekStart), MomentumCards.FewerThan(minimumAnswers), MomentumCards.NotShown)));
        return new Table([new TableColumn(2), new TableColumn(3), new TableColumn(3)], rows);
    }

    /// <summary>The card under "More for each week": readiness, support requests and exercises, week by week.</summary>
    public static AdaptiveCard MoreCard(IReadOnlyList<MomentumSnapshot> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        List<TableRow> rows = [TableRow.OfText("Week", "Readiness", "Support", "Exercises")];
        rows.AddRange(weeks.Select(week => TableRow.OfText(
            MomentumCards.WeekLabel(week.WeekStart),
            MomentumCards.Number(week.ReadinessIndex, "F0"),
            week.SupportRequests is { } support ? MomentumCards.Count(support) : MomentumCards.NotShown,
            $"{MomentumCards.Count(week.ExercisesCompleted)} ({MomentumCards.Count(week.LearningLogEntries)})")));
        return new AdaptiveCard
        {
            Body =
            [
                new Table([new TableColumn(2), new TableColumn(3), new TableColumn(3), new TableColumn(3)], rows),
                Notice.Of("Readiness: 0 to 100, from the statements about the change asked that week. Support: people who asked for support. "
                    + "Exercises: exercises finished, with learning-log entries in brackets; counted once enough different people finished some."),
            ],
        };
    }

    /// <summary>The four-week periods of a small team, with a heading; nothing unless one of them has figures to show.</summary>
    public static IEnumerable<CardElement> Pooled(IReadOnlyList<MomentumSnapshot> periods, int minimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (!periods.Any(p => p.HasTotals))
        {
            yield break;
        }

        yield return new TextBlock("Four weeks at a time") { Weight = "Bolder", Separator = true };
        yield return new TextBlock($"Your team's weeks each had fewer than {minimumAnswers} answers, so here they are taken four weeks at a time. "
            + $"A period shows once it is over and at least {minimumAnswers} different people answered in it.")
        { IsSubtle = true, Spacing = "None" };
        List<TableRow> rows = [TableRow.OfText("Weeks", "People", "Confidence")];
        rows.AddRange(periods.Select(period => TableRow.OfText(
            $"{MomentumCards.WeekLabel(period.WeekStart)} to {MomentumCards.WeekLabel(period.WeekStart.AddDays((7 * MomentumView.PoolWeeks) - 1))}",
            period.HasTotals ? $"{period.Answered} of {period.Members}" : MomentumCards.FewerThan(minimumAnswers),
            MomentumCards.Number(period.AverageConfidence))));
        yield return new Table([new TableColumn(3), new TableColumn(3), new TableColumn(3)], rows);
    }
}
