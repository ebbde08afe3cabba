using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>Typed commands that open the exercises: <c>exercises</c>, and <c>my log</c> for the learning log.</summary>
public sealed class ExerciseCommands(ExerciseEngine engine) : ITextCommandHandler
{
    private static readonly HashSet<string> MenuCommands = ["exercises", "exercise"];
    private static readonly Dictionary<string, string> HistoryCommands = new(StringComparer.Ordinal)
    {
        ["my log"] = "learning-log",
        ["learning log"] = "learning-log",
        ["my questions"] = "asking-questions",
    };

    public bool CanHandle(string command) => MenuCommands.Contains(command) || HistoryCommands.ContainsKey(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            await turn.SendTextAsync(ExerciseActions.PersonalOnly, cancellationToken);
            return;
        }

        var request = MenuCommands.Contains(command)
            ? new ExerciseRequest(personId, ExerciseVerbs.Menu, new Dictionary<string, string>())
            : new ExerciseRequest(personId, ExerciseVerbs.History, new Dictionary<string, string> { [ExerciseVerbs.ExerciseKey] = HistoryCommands[command] });
        await turn.SendCardAsync(await engine.HandleAsync(request, cancellationToken), cancellationToken);
    }
}
