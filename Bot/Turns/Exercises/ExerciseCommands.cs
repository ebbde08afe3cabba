using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>Typed commands that open the exercises: <c>exercises</c>, and <c>my log</c> for the learning log.</summary>
public sealed class ExerciseCommands(ExerciseEngine engine, IPersonStore people) : ITextCommandHandler
{
    public static BotCommand Exercises { get; } = new("exercises", "Pick an exercise from the guide and work through it at your own pace.", CommandAudience.Everyone, CommandScopes.Personal, ["exercises", "exercise"])
    {
        Order = 20,
    };

    public static BotCommand MyLog { get; } = new("my log", "Read the entries of your learning log.", CommandAudience.Everyone, CommandScopes.Personal, ["my log", "learning log", "log"])
    {
        Order = 40,
    };

    public static BotCommand MyQuestions { get; } = new("my questions", "Read your question bank from the asking-questions exercise.", CommandAudience.Everyone, CommandScopes.Personal, ["my questions", "question bank"])
    {
        Order = 50,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Exercises, MyLog, MyQuestions];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var personId = turn.PersonalSender;
        var history = MyLog.Matches(command) ? "learning-log" : MyQuestions.Matches(command) ? "asking-questions" : null;
        var timeZone = (await turn.StoredPersonAsync(people, personId, cancellationToken))?.TimeZone;
        var request = history is null
            ? new ExerciseRequest(personId, ExerciseVerbs.Menu, new Dictionary<string, string>())
            : new ExerciseRequest(personId, ExerciseVerbs.History, new Dictionary<string, string> { [ExerciseVerbs.ExerciseKey] = history }) { TimeZone = timeZone };
        await turn.SendCardAsync(await engine.HandleAsync(request, cancellationToken), cancellationToken);
    }
}
