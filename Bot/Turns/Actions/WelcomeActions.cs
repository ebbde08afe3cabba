using OutcomesBot.Cards.Welcome;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>The buttons of the welcome and help cards; "Check in" belongs to <see cref="CheckIns.CheckInActions"/>, "Stories" to <see cref="Stories.StoryActions"/>.</summary>
public sealed class WelcomeActions : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is WelcomeVerbs.ShowWelcome or WelcomeVerbs.ShowHelp
        or WelcomeVerbs.OpenMomentum;

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var shared = turn.IsSharedConversation;
        var result = request.Verb switch
        {
            WelcomeVerbs.ShowWelcome => CardActionResult.ShowCard(WelcomeCard.Create(shared)),
            WelcomeVerbs.ShowHelp => CardActionResult.ShowCard(HelpCard.Create(shared)),
            _ => CardActionResult.Say(ComingSoon.Momentum),
        };
        return Task.FromResult(result);
    }
}
