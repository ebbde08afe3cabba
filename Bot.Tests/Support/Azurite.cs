using OutcomesBot.Fakes;

[assembly: AssemblyFixture(typeof(OutcomesBot.Bot.Tests.Support.Azurite))]

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// One <see cref="AzuriteServer"/> per test run: started on first use, so runs that touch no Azure test never start it,
/// and killed when the run ends. When it is missing or will not start, the Azure tests fail with the reason; they never skip.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AzuriteServer? _server;
    private string? _failure;

    public async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_failure is not null)
            {
                Assert.Fail(_failure);
            }

            if (_server is null)
            {
                NodeTools.EnsureInstalled();
                _server = await AzuriteServer.StartAsync(NodeTools.NodeModulesDirectory, cancellationToken);
            }

            return _server.ConnectionString;
        }
        catch (Exception exception) when (_server is null && _failure is null)
        {
            // Remember why, so that every other Azure test fails at once with the same reason instead of waiting again.
            _failure = exception.Message;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The settings that put the bot on this Azurite, on tables of its own: a fresh prefix starting with <paramref name="prefix"/>.</summary>
    public async Task<Dictionary<string, string?>> StorageSettingsAsync(string prefix, CancellationToken cancellationToken) => new()
    {
        ["Storage:Provider"] = "AzureTables",
        ["Storage:AzureTables:ConnectionString"] = await GetConnectionStringAsync(cancellationToken),
        ["Storage:AzureTables:TablePrefix"] = prefix + Guid.NewGuid().ToString("N")[..12],
    };

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _gate.Dispose();
    }
}
