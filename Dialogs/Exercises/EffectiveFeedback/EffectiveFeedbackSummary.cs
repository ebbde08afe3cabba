namespace OutcomesBot.Dialogs.Exercises.EffectiveFeedback;

/// <summary>The effective feedback summary: the qualities present and missing, the moments chosen, and where to start.</summary>
public static class EffectiveFeedbackSummary
{
    public const string AllPresent = "All four are there. Check with your team now and then that it still feels that way to them.";

    public static IReadOnlyList<CardElement> Build(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var ticked = Split(answers["qualities"]);
        var present = FeedbackQuality.All.Where(q => ticked.Contains(q.Value)).ToList();
        var missing = FeedbackQuality.All.Where(q => !ticked.Contains(q.Value)).ToList();
        List<CardElement> body =
        [
            .. Section("Already there", present.Count == 0 ? "None of the four yet." : Bullets(present.Select(q => q.Title))),
            .. Section("Missing", missing.Count == 0 ? "Nothing: your team's feedback has all four." : Bullets(missing.Select(q => q.Title))),
        ];
        if (answers["else"] is { } also)
        {
            body.AddRange(Section("Also matters to you", also));
        }

        body.AddRange(Section("Good moments for feedback", Bullets(Moments(answers))));
        List<Fact> facts =
        [
            new("Satisfied with today's ways", answers.Number("satisfaction") is { } score ? $"{score} of 5" : "Not rated"),
            new("Need to change", EffectiveFeedbackExercise.AdaptingChoices.FirstOrDefault(c => c.Value == answers["adapting"])?.Title ?? "Not answered"),
        ];
        if (answers["how"] is { } how)
        {
            facts.Add(new("How", how));
        }

        body.Add(new FactSet(facts) { Spacing = "Medium" });
        body.Add(LabelledText.Of("Where to start", missing.Count == 0 ? AllPresent : $"{missing[0].Title}: {missing[0].Suggestion}") with { Style = "accent", Spacing = "Medium" });
        return body;
    }

    private static IEnumerable<string> Moments(ExerciseAnswers answers)
    {
        var chosen = Split(answers["moments"]);
        var other = answers["moments-other"];
        foreach (var moment in EffectiveFeedbackExercise.Moments.Where(m => chosen.Contains(m.Value)))
        {
            yield return moment.Value == EffectiveFeedbackExercise.OtherMoment && other is not null ? other : moment.Title;
        }

        if (other is not null && !chosen.Contains(EffectiveFeedbackExercise.OtherMoment))
        {
            yield return other;
        }
    }

    private static HashSet<string> Split(string? values) =>
        [.. (values ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string Bullets(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "None chosen." : string.Join("\n", list.Select(i => "- " + i));
    }

    private static CardElement[] Section(string title, string text) =>
    [
        new TextBlock(title) { Weight = "Bolder", Spacing = "Medium" },
        new TextBlock(text) { Spacing = "None" },
    ];
}
