using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>Typed commands that open the exercises: <c>exercises</c>, and <c>my log</c> for the learning log.</summary>
public sealed class ExerciseCommands(ExerciseEngine engine) : ITextCommandHandler
{
    public bool CanHandle(string command) =>
        CommandCatalog.Exercises.Matches(command) || CommandCatalog.MyLog.Matches(command) || CommandCatalog.MyQuestions.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            await turn.SendTextAsync(ExerciseActions.PersonalOnly, cancellationToken);
            return;
        }

        var history = CommandCatalog.MyLog.Matches(command) ? "learning-log" : CommandCatalog.MyQuestions.Matches(command) ? "asking-questions" : null;
        var request = history is null
            ? new ExerciseRequest(personId, ExerciseVerbs.Menu, new Dictionary<string, string>())
            : new ExerciseRequest(personId, ExerciseVerbs.History, new Dictionary<string, string> { [ExerciseVerbs.ExerciseKey] = history });
        await turn.SendCardAsync(await engine.HandleAsync(request, cancellationToken), cancellationToken);
    }
}
