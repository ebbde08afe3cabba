namespace OutcomesBot.Bot.Storage;

/// <summary>
/// Secrets the bot makes for itself and keeps in its store, so that they survive a restart and every instance on the same
/// store uses the same one (decision 089: the key of the hashed ids in logs). Never personal data, never logged.
/// </summary>
public interface IAppSecrets
{
    /// <summary>
    /// The secret stored under <paramref name="name"/>; when there is none yet, stores <paramref name="valueIfNew"/> and
    /// returns it. Of two callers at once with different values, both get the one stored first.
    /// </summary>
    Task<string> GetOrAddAsync(string name, string valueIfNew, CancellationToken cancellationToken);
}
