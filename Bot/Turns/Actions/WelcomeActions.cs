namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// The welcome and help cards' own buttons; "Check in" belongs to <see cref="CheckIns.CheckInActions"/>, "Team momentum"
/// to <see cref="Momentum.LeaderActions"/> and "Share a story" to <see cref="Stories.StoryActions"/>.
/// </summary>
public sealed class WelcomeActions(WelcomeAudience audience, CommandTable commands) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Everywhere(WelcomeVerbs.ShowWelcome), VerbPrefix.Everywhere(WelcomeVerbs.ShowHelp)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var shared = turn.IsSharedConversation;
        var card = request.Verb == WelcomeVerbs.ShowHelp
            ? HelpCard.Create(commands.Listed, shared)
            : await audience.CardAsync(turn, cancellationToken);
        // In a channel or group chat both cards are drawn for everyone (no role is read there), so a Submit may swap them in place.
        return shared ? CardActionResult.ShowCardToEveryone(card) : CardActionResult.ShowCard(card);
    }
}
