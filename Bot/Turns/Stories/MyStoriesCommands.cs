using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// The <c>my stories</c> command, in the 1:1 chat only: the stories the person shared (and, for a leader, their team's),
/// each with a "Take it down" button.
/// </summary>
public sealed class MyStoriesCommands(StoryTakeDown takeDown) : ITextCommandHandler
{
    internal const string PersonalOnly = "Your stories are listed in our 1:1 chat: open a chat with me and type **my stories**.";

    public bool CanHandle(string command) => CommandCatalog.MyStories.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            await turn.SendTextAsync(StoryActions.UnknownPerson, cancellationToken);
            return;
        }

        if (turn.PersonalSenderId is null)
        {
            await turn.SendTextAsync(PersonalOnly, cancellationToken);
            return;
        }

        await turn.SendCardAsync(await takeDown.ListAsync(aadObjectId, cancellationToken), cancellationToken);
    }
}
