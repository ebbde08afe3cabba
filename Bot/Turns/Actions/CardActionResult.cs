using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// What a button press leads to: a card that replaces the pressed one, or a short message. It is the presser's alone
/// unless it is marked for everyone (<see cref="IsForEveryone"/>).
/// </summary>
public sealed record CardActionResult(AdaptiveCard? Card, string? Message)
{
    /// <summary>True when the answer must not be kept for a redelivery (see <see cref="TurnContext.KeepReplyPrivate"/>).</summary>
    public bool IsPrivate { get; init; }

    /// <summary>
    /// True when the answer is the same whoever pressed and holds nothing of theirs (a story's celebration count, the
    /// help card in a channel, a fixed note). Only such an answer to an Action.Submit is shown in a channel or group
    /// chat, where the message is everyone's; any other goes to the presser's 1:1 chat (<see cref="CardActionDispatcher"/>).
    /// </summary>
    public bool IsForEveryone { get; init; }

    /// <summary>A card that holds something only this person may see again by asking again: a link, a draft's highlighted details.</summary>
    public static CardActionResult ShowPrivateCard(AdaptiveCard card) => new(card, null) { IsPrivate = true };

    public static CardActionResult ShowCard(AdaptiveCard card) => new(card, null);

    /// <summary>A card that is the same for everyone who sees the message it replaces, so a Submit may replace a shared one.</summary>
    public static CardActionResult ShowCardToEveryone(AdaptiveCard card) => new(card, null) { IsForEveryone = true };

    public static CardActionResult Say(string message) => new(null, message);

    /// <summary>A fixed message that says nothing of the presser's, so a Submit may answer with it in a shared conversation.</summary>
    public static CardActionResult SayToEveryone(string message) => new(null, message) { IsForEveryone = true };
}
