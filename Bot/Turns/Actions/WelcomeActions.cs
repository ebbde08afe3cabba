using OutcomesBot.Cards.Welcome;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>The buttons of the welcome and help cards; "Check in" belongs to <see cref="CheckIns.CheckInActions"/>.</summary>
public sealed class WelcomeActions : ICardActionHandler
{
    public bool CanHandle(string verb) => verb is WelcomeVerbs.ShowWelcome or WelcomeVerbs.ShowHelp
        or WelcomeVerbs.OpenMomentum or WelcomeVerbs.OpenStories;

    public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var shared = turn.IsSharedConversation;
        var result = request.Verb switch
        {
            WelcomeVerbs.ShowWelcome => CardActionResult.ShowCard(WelcomeCard.Create(shared)),
            WelcomeVerbs.ShowHelp => CardActionResult.ShowCard(HelpCard.Create(shared)),
            WelcomeVerbs.OpenMomentum => CardActionResult.Say(ComingSoon.Momentum),
            _ => CardActionResult.Say(ComingSoon.Stories),
        };
        return Task.FromResult(result);
    }
}
