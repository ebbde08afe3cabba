namespace OutcomesBot.Dialogs.Exercises.TrainingPriorities;

/// <summary>One of the guide's seven team learning needs, and the part of the guide (and the bot's exercises) that address it.</summary>
/// <param name="FieldId">The rating's field id.</param>
/// <param name="Name">The need, as the person rates it.</param>
/// <param name="PrioritySection">Where in the guide it is covered, by the guide's own part, section and exercise numbers.</param>
/// <param name="Topic">What that part of the guide covers, so the pointer can be found.</param>
/// <param name="Exercises">The ids of the bot's exercises for it (their buttons take the title from the catalog).</param>
/// <remarks>
/// The guide's priorities table points at "Part two Exercise 2", "Exercise 3" and "Exercise 9"; its own contents put
/// the challenges at exercise three (2.1), the outcomes conversation at exercise four (2.2) and momentum at 2.5 with
/// exercise eight, and there is no exercise nine. The pointers follow the contents (decision 026).
/// </remarks>
public sealed record LearningNeed(string FieldId, string Name, string PrioritySection, string Topic, IReadOnlyList<string> Exercises)
{
    private const string OutcomesBasics = "outcomes-basics";

    public static IReadOnlyList<LearningNeed> All { get; } =
    [
        new("need-understanding", "Understanding outcomes and what an outcomes-focused approach is", "Part one, exercise one", "defining the approach", [OutcomesBasics]),
        new("need-benefits", "Understanding why the approach is worth it", "Part one, exercises one and two", "promoting the benefits", [OutcomesBasics]),
        new("need-challenges", "Dealing with the challenges", "Part two, 2.1, exercise three", "addressing the challenges", ["challenges-chart"]),
        new("need-listening", "Listening and talking with people so their outcomes come out", "Part two, 2.2, exercise four", "the outcomes conversation", ["asking-questions"]),
        new("need-implementing", "Putting the approach into practice, including supported risk-taking", "Part two, 2.3, exercises five and six", "innovative solutions and risk-taking", ["innovative-solutions", "risk-ratings"]),
        new("need-difference", "Seeing the difference the approach has made", "Part two, 2.4, exercise seven", "reflecting on progress", ["progress-chart"]),
        new("need-momentum", "Keeping progress and momentum going", "Part two, 2.5, exercise eight", "feedback and motivation", ["effective-feedback"]),
    ];
}
