using OutcomesBot.Fakes;

[assembly: AssemblyFixture(typeof(OutcomesBot.Bot.Tests.Support.Postgres))]

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// One throwaway <see cref="PostgresServer"/> per test run, started on first use (runs that touch no PostgreSQL test
/// never start it) and killed, with its folder deleted, when the run ends. Each test takes an empty database of its
/// own. When PostgreSQL is missing or will not start, those tests fail with the reason; they never skip.
/// </summary>
public sealed class Postgres : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresServer? _server;
    private string? _failure;

    /// <summary>What the server logged about the database of <paramref name="connectionString"/> (errors such as "deadlock detected").</summary>
    public IReadOnlyList<string> LogOf(string connectionString) =>
        _server?.LogOf(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!) ?? [];

    /// <summary>A fresh, empty database on the shared server.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var server = await ServerAsync(cancellationToken);
        return await server.CreateDatabaseAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<PostgresServer> ServerAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_failure is not null)
            {
                Assert.Fail(_failure);
            }

            return _server ??= await PostgresServer.StartAsync(cancellationToken);
        }
        catch (Exception exception) when (_server is null && _failure is null)
        {
            // Remember why, so that every other PostgreSQL test fails at once with the same reason.
            _failure = exception.Message;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }
}
