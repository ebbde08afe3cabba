namespace OutcomesBot.Dialogs.Exercises.AskingQuestions;

/// <summary>
/// The guide's "asking the right questions": the person's own key questions for an outcomes conversation with
/// someone receiving support and with an unpaid carer. Listed together, the entries become a question bank.
/// </summary>
public sealed class AskingQuestionsExercise : IExercise
{
    public const string Id = "asking-questions";

    public const int QuestionsPerGroup = 4;

    private const string DifferenceField = "difference";

    public ExerciseInfo Info { get; } = new(
        Id,
        "Asking the right questions",
        "Write the questions you find most useful for finding out what matters to a person receiving support, and to an unpaid carer. Your entries build up into a personal question bank (type \"my questions\" to see it).",
        Minutes: 15,
        GuideSection: "Part two, exercise four: asking the right questions");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("person", "Questions for the person receiving support", Questions("person", "What would a good week look like for you?"))
        {
            Guidance = "Open questions help people talk about what matters to them, what they can already do and what they hope for. These are prompts for a conversation, not a form to fill in. One question is enough; add up to four.",
        },
        new("carer", "Questions for an unpaid carer", Questions("carer", "What would help you keep caring in the way you want to?"))
        {
            Guidance = "A carer can tell you about the person's history, likes and dislikes, and has outcomes of their own: their health, a life of their own, and how much caring they can take on.",
        },
        new("differences", "How do the two sets differ?",
        [
            new TextField(DifferenceField, "How your questions for the person and for the carer differ (optional)", Required: false, MaxLength: 1000),
        ])
        {
            Guidance = "Look back over both lists. What do you ask a carer that you wouldn't ask the person, and the other way round?",
        },
    ];

    public static string QuestionField(string group, int n) => $"{group}-q{n}";

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        List<CardElement> body =
        [
            .. QuestionList("For the person receiving support", answers, "person"),
            .. QuestionList("For an unpaid carer", answers, "carer"),
        ];
        if (answers.Has(DifferenceField))
        {
            body.Add(new TextBlock("How they differ") { Weight = "Bolder", Spacing = "Small" });
            body.Add(new TextBlock(answers[DifferenceField]!) { Spacing = "None", IsSubtle = true });
        }

        return body;
    }

    private static List<ExerciseField> Questions(string group, string example) =>
    [
        .. Enumerable.Range(1, QuestionsPerGroup).Select(n => new TextField(
            QuestionField(group, n),
            n == 1 ? "Question 1" : $"Question {n} (optional)",
            Required: n == 1,
            MaxLength: 300)
        {
            Multiline = false,
            Placeholder = n == 1 ? $"e.g. {example}" : null,
        }),
    ];

    private static IEnumerable<CardElement> QuestionList(string heading, ExerciseAnswers answers, string group)
    {
        var questions = Enumerable.Range(1, QuestionsPerGroup)
            .Select(n => answers[QuestionField(group, n)])
            .OfType<string>()
            .ToList();
        yield return new TextBlock(heading) { Weight = "Bolder", Spacing = "Small" };
        yield return new TextBlock(questions.Count == 0 ? "No questions written." : string.Join("\n", questions.Select(q => "- " + q))) { Spacing = "None" };
    }
}
