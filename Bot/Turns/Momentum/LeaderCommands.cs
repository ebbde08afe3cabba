using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Momentum;

/// <summary>The typed leader commands: <c>momentum</c> and <c>yousaid</c>, in the 1:1 chat only.</summary>
public sealed class LeaderCommands(MomentumDialog momentum, YouSaidDialog youSaid, IPersonStore people) : ITextCommandHandler
{
    public bool CanHandle(string command) => CommandCatalog.Momentum.Matches(command) || CommandCatalog.YouSaid.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            await turn.SendTextAsync(LeaderActions.PersonalOnly, cancellationToken);
            return;
        }

        var isMomentum = CommandCatalog.Momentum.Matches(command);
        var request = await LeaderActions.RequestAsync(turn, people, personId, isMomentum ? MomentumVerbs.Open : YouSaidVerbs.Open, new Dictionary<string, string>(), cancellationToken);
        var card = isMomentum ? await momentum.HandleAsync(request, cancellationToken) : await youSaid.HandleAsync(request, cancellationToken);
        await turn.SendCardAsync(card, cancellationToken);
    }
}
