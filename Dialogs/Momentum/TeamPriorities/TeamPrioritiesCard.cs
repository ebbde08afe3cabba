using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;

namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// The combined audit's card: the seven learning needs, most wanted first, each with how many of the pooled members
/// rated it a priority (4 or 5), as two narrow columns for a phone; or, below the threshold, how many are needed (never
/// how many there are). Pure.
/// </summary>
public static class TeamPrioritiesCard
{
    public const string Title = "Team training priorities";

    public const string BackToMomentum = "Back to team momentum";

    /// <param name="teamId">The team shown, for the way back to its momentum (which checks again that the presser leads it).</param>
    /// <param name="teamName">The team's name, as plain text.</param>
    /// <param name="pooled">The pool to show, or null below the threshold.</param>
    /// <param name="minimumPeople">The threshold.</param>
    public static AdaptiveCard Create(string teamId, string teamName, PooledPriorities? pooled, int minimumPeople)
    {
        List<CardElement> body =
        [
            Heading.Of($"{Title}: {teamName}"),
            new TextBlock("The guide's training priorities audit, pooled across the team, so you can see which areas people want most. "
                + "Only audits finished in weeks that are over count, each person's latest once. Nobody's own ratings are shown.")
            { IsSubtle = true, Spacing = "None" },
        ];
        if (pooled is null)
        {
            // No count below the threshold: read live from the roster, it moved by one when a member left or deleted their
            // data, and so told that they had done the audit (decision 058).
            body.Add(new TextBlock($"Fewer than {Count(minimumPeople)} people have done the audit so far. The team's figures appear once at least {Count(minimumPeople)} have, "
                + "so that no one's answers can be told apart. Invite the team to try **exercises**, then Training priorities."));
        }
        else
        {
            body.Add(new TextBlock($"{Count(pooled.People)} people's audits, up to the week ending {pooled.AsOf.AddDays(-1).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}") { Weight = "Bolder" });
            body.Add(new TextBlock($"How many of them rated each area {Count(PrioritiesPooling.PriorityRating)} or 5, a high need to learn:") { Spacing = "None" });
            body.Add(new Table([new TableColumn(3), new TableColumn(1)],
            [
                TableRow.OfText("Learning need", "People"),
                .. LearningNeed.All.OrderByDescending(need => pooled.PriorityCounts[need.FieldId]).Select(need => TableRow.OfText(need.Name, Count(pooled.PriorityCounts[need.FieldId]))),
            ]));
            body.Add(Notice.Of($"The figures move on only when at least {Count(minimumPeople)} people's audits are new, redone or gone, so no one person's audit ever shows."));
            body.AddRange(Focus(pooled));
        }

        return FullWidthCard.Create(body,
            [CardActions.Execute(BackToMomentum, MomentumVerbs.Team, new Dictionary<string, string> { [LeaderRequest.TeamKey] = teamId })],
            Title);
    }

    // The guide's pointer for the most wanted area, with a button to open its exercise.
    private static IEnumerable<CardElement> Focus(PooledPriorities pooled)
    {
        var most = LearningNeed.All.MaxBy(need => pooled.PriorityCounts[need.FieldId])!;
        if (pooled.PriorityCounts[most.FieldId] == 0)
        {
            yield break;
        }

        yield return new TextBlock($"Most wanted: {most.Name.ToLowerInvariant()}. The guide covers it in {most.PrioritySection} ({most.Topic}).") { Spacing = "Medium" };
        yield return new ActionSet([.. most.Exercises.Select(e => ExerciseCards.OpenButton(e))]);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
