using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.CheckIns;

/// <summary>The typed <c>checkin</c> command: the check-in card for the person's open cycle, in the 1:1 chat only.</summary>
public sealed class CheckInCommands(CheckInDialog dialog, IPersonStore people) : ITextCommandHandler
{
    public bool CanHandle(string command) => CommandCatalog.CheckIn.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            await turn.SendTextAsync(CheckInActions.PersonalOnly, cancellationToken);
            return;
        }

        var request = await CheckInActions.RequestAsync(people, personId, CheckInVerbs.Open, new Dictionary<string, string>(), cancellationToken);
        await turn.SendCardAsync(await dialog.HandleAsync(request, cancellationToken), cancellationToken);
    }
}
