namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>Finds where a person may share an exercise summary: team channels the bot is installed in.</summary>
public interface IShareDestinations
{
    /// <summary>The channels open to <paramref name="personId"/>, in a stable order.</summary>
    Task<IReadOnlyList<ShareDestination>> ListAsync(string personId, CancellationToken cancellationToken);
}
