namespace OutcomesBot.Dialogs.Exercises.TrainingPriorities;

/// <summary>
/// Where to focus after a training-priorities audit: the parts of the guide for the needs rated highest, with buttons
/// that open the bot's exercises for them. When most areas share the top rating nothing stands out, so the advice is
/// the guide's own: work through it in order.
/// </summary>
public static class TrainingPrioritiesAdvice
{
    /// <summary>When this many of the seven areas or more share the top rating, the advice is to start at the beginning.</summary>
    public const int TooManyToPick = 4;

    public static IEnumerable<CardElement> For(IReadOnlyList<(LearningNeed Need, int? Rating)> rated)
    {
        ArgumentNullException.ThrowIfNull(rated);
        var highest = rated.Max(r => r.Rating ?? 0);
        yield return new TextBlock("Where to focus") { Weight = "Bolder", Spacing = "Medium" };
        if (highest < 3)
        {
            yield return new TextBlock("No need is rated above 2, so no area stands out. Pick the part of the guide your team is most curious about, or come back to this after a few months.") { Spacing = "None" };
            yield break;
        }

        var top = rated.Where(r => r.Rating == highest).Select(r => r.Need).ToList();
        if (top.Count >= TooManyToPick)
        {
            yield return new TextBlock($"You rated {top.Count} of the seven areas {highest}, so no single one stands out. The guide suggests working through it in order: begin with Part one, exercise one, and take the rest a step at a time.") { Spacing = "None" };
            yield return Buttons(LearningNeed.All[0].Exercises);
            yield break;
        }

        // Two needs can share one part of the guide; each part is named once.
        var sections = top.GroupBy(need => need.PrioritySection)
            .Select(g => $"- {g.Key} ({g.First().Topic}): for {string.Join("; ", g.Select(need => need.Name.ToLowerInvariant()))}");
        yield return new TextBlock($"Your highest rating is {highest}. The guide covers these in:\n\n{string.Join("\n", sections)}") { Spacing = "None" };
        yield return Buttons([.. top.SelectMany(need => need.Exercises).Distinct()]);
    }

    private static ActionSet Buttons(IReadOnlyList<string> exercises) =>
        new([.. exercises.Take(4).Select(e => ExerciseCards.OpenButton(e))]);
}
