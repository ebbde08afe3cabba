using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Teams;

/// <summary>The typed <c>champions</c> command: a leader's champions card, in the 1:1 chat only.</summary>
public sealed class ChampionCommands(ChampionNaming naming) : ITextCommandHandler
{
    internal const string PersonalOnly = "I look after champions in our 1:1 chat: open a chat with me and type **champions**.";

    public bool CanHandle(string command) => CommandCatalog.Champions.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is null)
        {
            await turn.SendTextAsync(PersonalOnly, cancellationToken);
            return;
        }

        await turn.SendCardAsync(await naming.OpenAsync(turn.Activity.From?.AadObjectId, null, cancellationToken), cancellationToken);
    }
}
