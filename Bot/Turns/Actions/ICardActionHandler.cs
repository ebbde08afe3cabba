namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>Handles the card verbs of one area (welcome, an exercise, check-ins...).</summary>
public interface ICardActionHandler
{
    /// <summary>True if this handler owns the verb.</summary>
    bool CanHandle(string verb);

    /// <summary>Acts on the press and says what the person should see next.</summary>
    Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken);
}
