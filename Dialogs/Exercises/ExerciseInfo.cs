namespace OutcomesBot.Dialogs.Exercises;

/// <summary>What the exercises menu and the intro card say about an exercise.</summary>
/// <param name="Id">Stable id used in card data and storage, e.g. "learning-log".</param>
/// <param name="Title">Short title.</param>
/// <param name="Purpose">What it is for, in a sentence or two.</param>
/// <param name="Minutes">About how long it takes.</param>
/// <param name="GuideSection">Where it comes from in the guide, e.g. "Part two, exercise six".</param>
public sealed record ExerciseInfo(string Id, string Title, string Purpose, int Minutes, string GuideSection)
{
    /// <summary>True for a title that is a question ("What difference has it made?"), which ends its own sentence.</summary>
    public bool IsQuestion => Title.EndsWith('?');

    /// <summary>
    /// The title and one part of it, "Learning log: my entries". A title that is a question ends its own sentence,
    /// "What difference has it made? My entries", rather than "made?: my entries".
    /// </summary>
    public string TitleWith(string part) => IsQuestion ? $"{Title} {char.ToUpperInvariant(part[0])}{part[1..]}" : $"{Title}: {part}";

    /// <summary>The title inside a sentence: a question in quotes, "Stop “What difference has it made?”", not "made??".</summary>
    public string InSentence => IsQuestion ? $"\u201C{Title}\u201D" : Title;

    /// <summary>
    /// <see cref="InSentence"/> after "a" or "an" by its first letter: "an Effective feedback entry", "a Learning log entry".
    /// The title keeps its capital: it is the name on the exercises menu, and some titles read wrongly in lower case
    /// ("an asking the right questions entry").
    /// </summary>
    public string WithArticle => $"{("AEIOU".Contains(Title[0], StringComparison.Ordinal) ? "an" : "a")} {InSentence}";
}
