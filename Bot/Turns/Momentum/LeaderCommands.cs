using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Turns.Momentum;

/// <summary>The typed leader commands: <c>momentum</c> and <c>yousaid</c>, in the 1:1 chat only.</summary>
public sealed class LeaderCommands(MomentumDialog momentum, YouSaidDialog youSaid, IPersonStore people) : ITextCommandHandler
{
    public static BotCommand Momentum { get; } = new("momentum", "See the team's check-ins and exercises, week by week, as anonymous totals.", CommandAudience.Leaders, CommandScopes.Personal, ["momentum", "team momentum"])
    {
        Order = 110,
    };

    public static BotCommand YouSaid { get; } = new("yousaid", "See the themes of the last check-in and send the team your response.", CommandAudience.Leaders, CommandScopes.Personal, ["yousaid", "you said", "you said we did"])
    {
        Order = 120,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Momentum, YouSaid];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var isMomentum = Momentum.Matches(command);
        var request = await LeaderActions.RequestAsync(turn, people, turn.PersonalSender, isMomentum ? MomentumVerbs.Open : YouSaidVerbs.Open, new Dictionary<string, string>(), cancellationToken);
        var card = isMomentum ? await momentum.HandleAsync(request, cancellationToken) : await youSaid.HandleAsync(request, cancellationToken);
        await turn.SendCardAsync(card, cancellationToken);
    }
}
