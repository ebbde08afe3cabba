using OutcomesBot.Cards.Fields;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>A valid answer for any field, to walk any exercise to its end.</summary>
public static class ExerciseSampleAnswers
{
    public static Dictionary<string, string> For(ExerciseStep step) =>
        step.Fields.ToDictionary(field => field.Id, For, StringComparer.Ordinal);

    public static string For(ExerciseField field) => field switch
    {
        ScaleField scale => scale.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ChoiceField choice => choice.Options[0].Value,
        DateField => "2026-11-20",
        ToggleField => "false",
        _ => $"Sample answer to {field.Label}",
    };
}
