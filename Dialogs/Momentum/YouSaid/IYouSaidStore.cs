namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>Keeps the leaders' "you said, we did" responses.</summary>
public interface IYouSaidStore
{
    /// <summary>Adds the response; false (and nothing changed) when a response with that id is already stored.</summary>
    Task<bool> TryAddAsync(YouSaidResponse response, CancellationToken cancellationToken);

    /// <summary>The response with that id, or null.</summary>
    Task<YouSaidResponse?> GetAsync(string responseId, CancellationToken cancellationToken);

    /// <summary>A team's responses, newest first.</summary>
    Task<IReadOnlyList<YouSaidResponse>> ListForTeamAsync(string teamId, CancellationToken cancellationToken);
}
