using Azure.Data.Tables;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Each person's recent presses, one entity per person (partition: the person's key, row <c>presses</c>; decision 098).
/// A press reads the entity and, when let through, writes it back If-Match the ETag read (an insert when there was none):
/// of two instances taking a person's last press at once, one write fails (412, or 409 for two inserts), is read again
/// and decided again, so only one gets through (<see cref="AzureTable.ChangeAsync{T}"/>, a bounded number of tries). A
/// refused press is one read and no write.
/// </summary>
public sealed class AzurePressBudgetStore(AzureTableSet tables) : AzureTableStore(tables, TableName), IPressBudgetStore
{
    public const string TableName = "pressbudgets";
    private const string Row = "presses";
    private const string Passed = "Passed";
    private const string LastAt = "LastAt";

    public Task<int?> TryPressAsync(string personKey, IReadOnlyList<PressBudget> budgets, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(
            AzureKeys.Escape(personKey),
            Row,
            stored =>
            {
                var passed = PressTimes.Parse(stored?.GetString(Passed));
                return PressTimes.FirstFull(passed, budgets, at) is { } full
                    ? new AzureChange<int?>(null, full)
                    : new AzureChange<int?>(new TableEntity { [Passed] = PressTimes.Format(PressTimes.With(passed, budgets, at)), [LastAt] = at.ToUniversalTime() }, null);
            },
            cancellationToken);

    // Each delete is If-Match the ETag listed, so a person who pressed again since is kept.
    public Task<int> ForgetIdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(AzureFilters.Compare(LastAt, "lt", before.ToUniversalTime()), cancellationToken);
}
