using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Turns.CheckIns;

/// <summary>
/// The typed <c>rhythm</c> (or <c>delivery</c>) and the rhythm card's buttons, in the 1:1 chat only. Who asks is always
/// the activity's sender (their AAD object id), never a value on the card.
/// </summary>
public sealed class TeamRhythmTurns(TeamRhythmDialog dialog, IPersonStore people) : ITextCommandHandler, ICardActionHandler
{
    public static BotCommand Rhythm { get; } = new("rhythm", "Set when your team's check-ins come round, and see how the last one reached people.", CommandAudience.Leaders, CommandScopes.Personal, ["rhythm", "team rhythm", "delivery"])
    {
        Order = 130,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Rhythm];

    public IReadOnlyList<VerbPrefix> Verbs { get; } = [VerbPrefix.Personal("rhythm.", Rhythm)];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = await RequestAsync(turn, TeamRhythmVerbs.Open, new Dictionary<string, string>(), cancellationToken);
        await turn.SendCardAsync(await dialog.HandleAsync(request, cancellationToken), cancellationToken);
    }

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var rhythmRequest = await RequestAsync(turn, request.Verb, request.TextData(), cancellationToken);
        return CardActionResult.ShowCard(await dialog.HandleAsync(rhythmRequest, cancellationToken));
    }

    private async Task<TeamRhythmRequest> RequestAsync(TurnContext turn, string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var sender = await OneToOneSender.ReadAsync(turn, people, cancellationToken);
        return new TeamRhythmRequest(sender.AadObjectId, sender.Stored?.TimeZone, verb, values);
    }
}
