namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>Handles the card verbs of one area (welcome, an exercise, check-ins...), and declares them.</summary>
public interface ICardActionHandler
{
    /// <summary>
    /// The verb prefixes this handler owns and where their buttons work. A prefix that overlaps another handler's stops
    /// the host at start-up (<see cref="VerbTable"/>).
    /// </summary>
    IReadOnlyList<VerbPrefix> Verbs { get; }

    /// <summary>Acts on the press and says what the person should see next. A personal-only verb reaches it only in the 1:1 chat.</summary>
    Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken);
}
