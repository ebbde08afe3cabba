using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// The welcome and help cards' own buttons; "Check in" belongs to <see cref="CheckIns.CheckInActions"/>, "Team momentum"
/// to <see cref="Momentum.LeaderActions"/> and "Share a story" to <see cref="Stories.StoryActions"/>.
/// </summary>
public sealed class WelcomeActions(WelcomeAudience audience) : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is WelcomeVerbs.ShowWelcome or WelcomeVerbs.ShowHelp;

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var shared = turn.IsSharedConversation;
        return request.Verb == WelcomeVerbs.ShowHelp
            ? CardActionResult.ShowCard(HelpCard.Create(shared))
            : CardActionResult.ShowCard(WelcomeCard.Create(shared, await audience.ReachAsync(turn, cancellationToken)));
    }
}
