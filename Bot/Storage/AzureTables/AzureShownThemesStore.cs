using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The "you said, we did" themes shown to leaders in Azure Tables: one partition per team, one row per cycle or week it
/// was shown for. Keeping one is an insert: a second for the same cycle gets 409 and false, and the first stays, as on SQLite.
/// </summary>
public sealed class AzureShownThemesStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IShownThemesStore
{
    public const string TableName = "shownthemes";

    public Task<bool> TryAddAsync(string teamId, ShownThemes themes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var entity = AzureData.Entity(AzureKeys.Escape(teamId), AzureKeys.Escape(themes.ShownFor), themes);
        return Table.TryAsync(AzureWrite.Insert(entity), cancellationToken);
    }

    public async Task<ShownThemes?> GetAsync(string teamId, string shownFor, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(teamId), AzureKeys.Escape(shownFor), cancellationToken) is { } entity
            ? AzureData.Read<ShownThemes>(entity) : null;
}
