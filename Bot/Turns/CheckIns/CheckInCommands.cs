using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Turns.CheckIns;

/// <summary>The typed <c>checkin</c> command: the check-in card for the person's open cycle, in the 1:1 chat only.</summary>
public sealed class CheckInCommands(CheckInDialog dialog, IPersonStore people) : ITextCommandHandler
{
    public static BotCommand CheckIn { get; } = new("checkin", "Answer your team's short check-in on how outcomes-focused practice is going.", CommandAudience.Everyone, CommandScopes.Personal, ["checkin", "check-in", "check in"])
    {
        Order = 30,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [CheckIn];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = await CheckInActions.RequestAsync(turn, people, CheckInVerbs.Open, new Dictionary<string, string>(), cancellationToken);
        await turn.SendCardAsync(await dialog.HandleAsync(request, cancellationToken), cancellationToken);
    }
}
