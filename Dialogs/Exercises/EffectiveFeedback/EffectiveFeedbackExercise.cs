namespace OutcomesBot.Dialogs.Exercises.EffectiveFeedback;

/// <summary>
/// The guide's effective feedback exercise: which of the four marks of effective feedback the team's feedback has,
/// when feedback fits best, how satisfied the person is with the ways it happens now, and what should change.
/// </summary>
public sealed class EffectiveFeedbackExercise : IExercise
{
    public const string Id = "effective-feedback";

    public const string OtherMoment = "other";

    public static IReadOnlyList<Choice> Moments { get; } =
    [
        new("Team meetings", "team-meetings"),
        new("Supervision", "supervision"),
        new("Group presentations", "presentations"),
        new("Staff development days", "development-days"),
        new("One-to-one conversations", "one-to-one"),
        new("Somewhere else", OtherMoment),
    ];

    public static IReadOnlyList<Choice> AdaptingChoices { get; } =
    [
        new("Yes, a lot", "yes"),
        new("A little", "partly"),
        new("No, they work as they are", "no"),
    ];

    public ExerciseInfo Info { get; } = new(
        Id,
        "Effective feedback",
        "Look at how feedback flows between your team and managers today: what makes it work, when it fits best, and what would need to change to keep an outcomes approach going.",
        Minutes: 10,
        GuideSection: "Part two, 2.5.1 feedback and exercise eight: what makes for effective feedback?");

    public IReadOnlyList<ExerciseStep> Steps { get; } =
    [
        new("qualities", "What makes feedback work",
        [
            new ChoiceField("qualities", "Which of these does your team's feedback have today?",
                [.. FeedbackQuality.All.Select(q => new Choice(q.Title, q.Value))], Required: false) { Multiple = true },
            new TextField("else", "What else makes feedback work for you?", Required: false, MaxLength: 600),
        ])
        {
            Guidance = "Feedback helps people see what works and what gets in the way. Tick only what is true most of the time; leaving all four unticked is an answer too.",
        },
        new("moments", "Good moments for feedback",
        [
            new ChoiceField("moments", "When does feedback fit best in your team?", Moments) { Multiple = true },
            new TextField("moments-other", "Anywhere else?", Required: false, MaxLength: 200)
            {
                Placeholder = "e.g. a lunchtime session, a shared channel",
                Multiline = false,
            },
        ])
        {
            Guidance = "Think of both directions: staff telling managers what works, and managers telling staff what they did with it.",
        },
        new("mechanisms", "The ways feedback happens now",
        [
            new ScaleField("satisfaction", "How satisfied are you with the ways feedback happens today?", "not at all", "completely"),
            new ChoiceField("adapting", "Do they need to change to suit an outcomes approach?", AdaptingChoices),
            new TextField("how", "If so, how?", Required: false, MaxLength: 800),
        ]),
    ];

    public IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers) => EffectiveFeedbackSummary.Build(answers);
}
