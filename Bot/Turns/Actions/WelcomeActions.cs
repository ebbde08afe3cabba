using OutcomesBot.Cards.Welcome;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// The welcome and help cards' own buttons; "Check in" belongs to <see cref="CheckIns.CheckInActions"/>, "Team momentum"
/// to <see cref="Momentum.LeaderActions"/> and "Stories" to <see cref="Stories.StoryActions"/>.
/// </summary>
public sealed class WelcomeActions : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is WelcomeVerbs.ShowWelcome or WelcomeVerbs.ShowHelp;

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var shared = turn.IsSharedConversation;
        return Task.FromResult(request.Verb == WelcomeVerbs.ShowHelp
            ? CardActionResult.ShowCard(HelpCard.Create(shared))
            : CardActionResult.ShowCard(WelcomeCard.Create(shared)));
    }
}
