using System.Globalization;
using OutcomesBot.Cards.Fields;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Bot.DemoData;

/// <summary>
/// What a demo run of an exercise answered: the learning log in a care worker's words; any other exercise one plain
/// answer to each required field (the first option, a point on a scale), so that "my entries" and "my log" show
/// answers under every heading, as a real finished run does, rather than empty headings and bullets. A scale's point
/// differs by field and by person, so the team's training priorities show some areas wanted more than others, as a real
/// team's do (the middle for all made every area 0 people).
/// </summary>
public static class DemoExerciseAnswers
{
    private static readonly ExerciseAnswers LearningLog = ExerciseAnswers.Empty.With([
        new("worked", "Asking what a good day looks like before talking about tasks"),
        new("didnt-work", "Rushing the review at the end of the visit"),
        new("learning", "People open up when the conversation starts with what matters to them"),
        new("application", "Book longer first visits and start with the person's goals"),
    ]);

    public static ExerciseAnswers For(IExercise exercise, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        return exercise.Info.Id == LearningLogExercise.Id
            ? LearningLog
            : ExerciseAnswers.Empty.With(exercise.Steps.SelectMany(step => step.Fields).Where(field => field.Required)
                .Select(field => new KeyValuePair<string, string?>(field.Id, For(field, at))));
    }

    private static string For(ExerciseField field, DateTimeOffset at) => field switch
    {
        ScaleField scale => (scale.Min + (int)(Spread(field.Id, at) % (uint)(scale.Max - scale.Min + 1))).ToString(CultureInfo.InvariantCulture),
        ChoiceField choice => choice.Options[0].Value,
        DateField => at.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => $"Demo answer to \"{field.Label}\"",
    };

    // FNV-1a over the field and the run's hour (the seeder gives each person their own hour), not its date: the same
    // ratings whatever day the demo data is seeded, but no pattern shared by every field.
    private static uint Spread(string fieldId, DateTimeOffset at)
    {
        var hash = 2166136261u;
        foreach (var c in $"{fieldId}|{at.Hour.ToString(CultureInfo.InvariantCulture)}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
