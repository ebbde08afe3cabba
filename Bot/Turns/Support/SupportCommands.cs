using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Support;

/// <summary><c>support requests</c>: the open requests sent to the sender, in the 1:1 chat only.</summary>
public sealed class SupportCommands(SupportDialog dialog, IPersonStore people) : ITextCommandHandler
{
    public bool CanHandle(string command) => CommandCatalog.SupportRequests.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await SupportActions.ActionAsync(turn, people, SupportVerbs.List, new Dictionary<string, string>(), cancellationToken) is not { } action)
        {
            await turn.SendTextAsync(SupportActions.PersonalOnly, cancellationToken);
            return;
        }

        turn.KeepReplyPrivate();
        await turn.SendCardAsync(await dialog.HandleAsync(action, cancellationToken), cancellationToken);
    }
}
