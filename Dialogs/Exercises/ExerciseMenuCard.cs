using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Exercises;

/// <summary>The exercises menu: every exercise with its status (about N min, in progress, done N times).</summary>
public static class ExerciseMenuCard
{
    public static AdaptiveCard Create(IReadOnlyList<IExercise> exercises, IReadOnlyList<ExerciseSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        ArgumentNullException.ThrowIfNull(sessions);
        List<CardElement> body =
        [
            ExerciseCards.Heading("Exercises from the guide"),
            new TextBlock("Pick one and work through it here at your own pace. You can stop at any point and carry on later. "
                + ExerciseCards.PrivacyNote) { IsSubtle = true, Spacing = "None" },
        ];
        foreach (var exercise in exercises)
        {
            body.Add(MenuEntry(exercise, sessions.Where(s => s.ExerciseId == exercise.Info.Id).ToList()));
        }

        return ExerciseCards.Card(body, fallbackText: "Exercises from the guide");
    }

    private static Container MenuEntry(IExercise exercise, List<ExerciseSession> sessions)
    {
        var info = exercise.Info;
        var inProgress = sessions.FirstOrDefault(s => s.Status == ExerciseSessionStatus.InProgress);
        var done = sessions.Count(s => s.Status == ExerciseSessionStatus.Completed);
        var status = inProgress is not null ? "In progress" : done > 0 ? $"Done {done}×" : $"About {info.Minutes} min";
        List<CardAction> actions = [CardActions.Execute(inProgress is null ? "Open" : "Carry on", ExerciseVerbs.Intro, ExerciseCards.ExerciseData(info.Id))];
        if (done > 0)
        {
            actions.Add(CardActions.Execute("My entries", ExerciseVerbs.History, ExerciseCards.ExerciseData(info.Id)));
        }

        return new Container(
        [
            new ColumnSet(
            [
                new Column([new TextBlock(info.Title) { Weight = "Bolder" }]) { Width = "stretch" },
                new Column([new TextBlock(status) { IsSubtle = true, Size = "Small" }]) { Width = "auto" },
            ]),
            new TextBlock(info.Purpose) { IsSubtle = true, Spacing = "None", MaxLines = 2 },
            new ActionSet(actions),
        ])
        {
            Separator = true,
        };
    }
}
