using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Opens pooled connections one at a time in this process. Microsoft.Data.Sqlite's pool can lend one native handle to
/// two connections opened at the same moment (dotnet/efcore#39008): it marks a handle active before it names the handle's
/// owner, and a checkout that finds the pool empty in between takes the handle back as leaked and lends it again. Two
/// owners of one handle then share its transaction ("cannot start a transaction within a transaction", or one writer's
/// batch seen, committed or rolled back by another). Taking a handle from the pool costs microseconds, so doing it
/// alone costs the turn path nothing it would notice.
/// </summary>
internal static class PooledCheckout
{
    private static readonly Lock Gate = new();

    public static void Open(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        cancellationToken.ThrowIfCancellationRequested();
        lock (Gate)
        {
            connection.Open();
        }
    }
}
