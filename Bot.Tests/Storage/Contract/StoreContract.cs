using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.PersonalData;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// Base of the storage contract suite: each port's contract is an abstract class of tests deriving from this, run once
/// by a sealed "...OnSqlite" subclass and once by a sealed "...OnAzurite" subclass, with the same test bodies.
/// </summary>
public abstract class StoreContract(StoreBackend backend) : IAsyncLifetime
{
    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The port as the bot resolves it on this backend.</summary>
    protected T Store<T>()
        where T : notnull => backend.Build(TimeProvider.System, null).GetRequiredService<T>();

    /// <summary>The port over the same data, with its own clock and turn options.</summary>
    protected T Store<T>(TimeProvider clock, TurnOptions? turns = null)
        where T : notnull => backend.Build(clock, turns).GetRequiredService<T>();

    /// <summary>The personal-data source of this name, as "my data" and the retention job resolve it.</summary>
    protected IPersonalDataSource PersonalDataSource(string name) => Store<IEnumerable<IPersonalDataSource>>().Single(source => source.Name == name);

    public async ValueTask InitializeAsync() => await backend.StartAsync(Token);

    public async ValueTask DisposeAsync()
    {
        await backend.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
