using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace OutcomesBot.Dialogs.Exercises;

/// <summary>The exercises menu: every exercise with its status (about N min, in progress, done N times).</summary>
public static class ExerciseMenuCard
{
    // The menu depends only on each exercise's status, so most people see one of a few menus: each is drawn and
    // serialised once (decision 033). Bounded, as "done N times" makes the states many over the years.
    private const int MaxKept = 256;
    private static readonly ConcurrentDictionary<string, AdaptiveCard> Kept = new(StringComparer.Ordinal);

    // Each exercise's description by its identity, so that two sets of exercises never share a menu.
    private static readonly ConditionalWeakTable<ExerciseInfo, string> Tokens = [];
    private static int _lastToken;

    public static AdaptiveCard Create(IReadOnlyList<IExercise> exercises, IReadOnlyList<ExerciseSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        ArgumentNullException.ThrowIfNull(sessions);
        var state = StateOf(exercises, sessions);
        if (Kept.TryGetValue(state, out var kept))
        {
            return kept;
        }

        if (Kept.Count >= MaxKept)
        {
            Kept.Clear();
        }

        return Kept.GetOrAdd(state, _ => CardJson.Freeze(Draw(exercises, sessions)));
    }

    // Which exercises, in order, and for each what the menu shows: in progress, and how many times done.
    private static string StateOf(IReadOnlyList<IExercise> exercises, IReadOnlyList<ExerciseSession> sessions)
    {
        var state = new StringBuilder();
        foreach (var exercise in exercises)
        {
            var id = exercise.Info.Id;
            state.Append(Tokens.GetValue(exercise.Info, _ => Interlocked.Increment(ref _lastToken).ToString(CultureInfo.InvariantCulture))).Append(':');
            var inProgress = sessions.Any(s => s.ExerciseId == id && s.Status == ExerciseSessionStatus.InProgress);
            var done = sessions.Count(s => s.ExerciseId == id && s.Status == ExerciseSessionStatus.Completed);
            state.Append(id).Append(inProgress ? '+' : '-').Append(done).Append(';');
        }

        return state.ToString();
    }

    private static AdaptiveCard Draw(IReadOnlyList<IExercise> exercises, IReadOnlyList<ExerciseSession> sessions)
    {
        List<CardElement> body =
        [
            Heading.Of("Exercises from the guide"),
            new TextBlock("Pick one and work through it here at your own pace. You can stop at any point and carry on later. "
                + ExerciseCards.PrivacyNote) { IsSubtle = true, Spacing = "None" },
        ];
        foreach (var exercise in exercises)
        {
            body.Add(MenuEntry(exercise, sessions.Where(s => s.ExerciseId == exercise.Info.Id).ToList()));
        }

        return FullWidthCard.Create(body, fallbackText: "Exercises from the guide");
    }

    private static Container MenuEntry(IExercise exercise, List<ExerciseSession> sessions)
    {
        var info = exercise.Info;
        var inProgress = sessions.FirstOrDefault(s => s.Status == ExerciseSessionStatus.InProgress);
        var done = sessions.Count(s => s.Status == ExerciseSessionStatus.Completed);
        var status = inProgress is not null ? "In progress" : done > 0 ? $"Done {done}×" : $"About {info.Minutes} min";
        List<CardAction> actions = [inProgress is null
            ? CardActions.Execute("Open", ExerciseVerbs.Intro, ExerciseCards.ExerciseData(info.Id))
            : CardActions.Execute("Carry on", ExerciseVerbs.CarryOn, ExerciseCards.ExerciseData(info.Id))];
        if (done > 0)
        {
            actions.Add(CardActions.Execute("My entries", ExerciseVerbs.History, ExerciseCards.ExerciseData(info.Id)));
        }

        return new Container(
        [
            new ColumnSet(
            [
                new Column([new TextBlock(info.Title) { Weight = "Bolder" }]) { Width = "stretch" },
                new Column([Notice.Of(status)]) { Width = "auto" },
            ]),
            new TextBlock(info.Purpose) { IsSubtle = true, Spacing = "None", MaxLines = 2 },
            new ActionSet(actions),
        ])
        {
            Separator = true,
        };
    }
}
