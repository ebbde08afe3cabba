namespace OutcomesBot.Dialogs.Exercises;

/// <summary>What the exercises menu and the intro card say about an exercise.</summary>
/// <param name="Id">Stable id used in card data and storage, e.g. "learning-log".</param>
/// <param name="Title">Short title.</param>
/// <param name="Purpose">What it is for, in a sentence or two.</param>
/// <param name="Minutes">About how long it takes.</param>
/// <param name="GuideSection">Where it comes from in the guide, e.g. "Part two, exercise six".</param>
public sealed record ExerciseInfo(string Id, string Title, string Purpose, int Minutes, string GuideSection);
