namespace OutcomesBot.Dialogs.Exercises.TrainingPriorities;

/// <summary>One of the guide's seven team learning needs, and the part of the guide that addresses it.</summary>
/// <param name="FieldId">The rating's field id.</param>
/// <param name="Name">The need, as the person rates it.</param>
/// <param name="PrioritySection">Where the guide's priorities table points.</param>
/// <param name="Topic">What that part of the guide covers, so the pointer can be found.</param>
public sealed record LearningNeed(string FieldId, string Name, string PrioritySection, string Topic)
{
    public static IReadOnlyList<LearningNeed> All { get; } =
    [
        new("need-understanding", "Understanding outcomes and what an outcomes-focused approach is", "Part one, exercise 1", "defining the approach"),
        new("need-benefits", "Understanding why the approach is worth it", "Part one, exercise 1", "promoting the benefits"),
        new("need-challenges", "Dealing with the challenges", "Part two, exercise 2", "addressing the challenges"),
        new("need-listening", "Listening and talking with people so their outcomes come out", "Part two, exercise 3", "the outcomes conversation"),
        new("need-implementing", "Putting the approach into practice, including supported risk-taking", "Part two, exercises 5 and 6", "innovative solutions and risk-taking"),
        new("need-difference", "Seeing the difference the approach has made", "Part two, exercise 7", "reflecting on progress"),
        new("need-momentum", "Keeping progress and momentum going", "Part two, exercise 9", "sustaining change and momentum"),
    ];
}
