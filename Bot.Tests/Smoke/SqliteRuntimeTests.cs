using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Tests.Smoke;

public sealed class SqliteRuntimeTests
{
    [Fact]
    public async Task Sqlite_native_library_loads_and_round_trips_a_row()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('ok'); SELECT v FROM t;";
        var value = await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        Assert.Equal("ok", value);
    }
}
