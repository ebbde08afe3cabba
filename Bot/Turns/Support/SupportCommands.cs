using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Turns.Support;

/// <summary><c>support requests</c>: the open requests sent to the sender, in the 1:1 chat only.</summary>
public sealed class SupportCommands(SupportDialog dialog, IPersonStore people) : ITextCommandHandler
{
    public static BotCommand SupportRequests { get; } = new("support requests", "See the support requests colleagues sent you, and follow them up.", CommandAudience.Everyone, CommandScopes.Personal, ["support requests", "support", "my support requests"])
    {
        Order = 80,
        InManifest = false,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [SupportRequests];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = await SupportActions.ActionAsync(turn, people, SupportVerbs.List, new Dictionary<string, string>(), cancellationToken);

        turn.KeepReplyPrivate();
        await turn.SendCardAsync(await dialog.HandleAsync(action, cancellationToken), cancellationToken);
    }
}
