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
        return request.Verb == WelcomeVerbs.ShowHelp
            ? CardActionResult.ShowCard(HelpCard.Create(commands.Listed, shared))
            : CardActionResult.ShowCard(WelcomeCard.Create(shared, await audience.ReachAsync(turn, cancellationToken)));
    }
}
