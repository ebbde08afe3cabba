using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Turns.Support;

/// <summary>
/// The support buttons: choosing who to ask, and the recipient's "I have seen this" and "Done". Support is personal, so
/// it runs only in the 1:1 chat; the person is always the authenticated sender, never a value on the card.
/// </summary>
public sealed class SupportActions(SupportDialog dialog, IPersonStore people) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("support.", SupportCommands.SupportRequests)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var action = await ActionAsync(turn, people, request.Verb, request.TextData(), cancellationToken);

        // The cards carry what someone wrote about needing support: never kept for a redelivery.
        return CardActionResult.ShowPrivateCard(await dialog.HandleAsync(action, cancellationToken));
    }

    /// <summary>The sender of a 1:1 activity as a support action, with what Teams sent or, failing that, what is on record.</summary>
    internal static async Task<SupportAction> ActionAsync(TurnContext turn, IPersonStore people, string verb, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var sender = await OneToOneSender.ReadAsync(turn, people, cancellationToken);
        var from = turn.Activity.From;
        var name = string.IsNullOrWhiteSpace(from?.Name) ? sender.Stored?.Name : from.Name;
        return new SupportAction(sender.PersonId, sender.AadObjectId, name, sender.Stored?.TenantId, verb, values) { TimeZone = sender.Stored?.TimeZone };
    }
}
