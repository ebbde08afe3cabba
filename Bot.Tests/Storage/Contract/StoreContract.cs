using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.MyData;

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

    /// <summary>The port on <paramref name="count"/> containers over the same data, as that many bot instances would see it.</summary>
    protected List<T> Instances<T>(int count)
        where T : notnull => Enumerable.Range(0, count).Select(_ => Store<T>()).ToList();

    /// <summary>Runs <paramref name="writers"/> calls at once, each on its own instance (as <c>Instances</c> gives); results in writer order.</summary>
    protected Task<TResult[]> AtOnceAsync<T, TResult>(int writers, Func<T, int, Task<TResult>> write)
        where T : notnull
    {
        var instances = Instances<T>(writers);
        return Task.WhenAll(instances.Select((instance, writer) => Task.Run(() => write(instance, writer), Token)));
    }

    /// <summary>Runs <paramref name="writers"/> calls at once, each on its own instance (as <c>Instances</c> gives).</summary>
    protected Task AtOnceAsync<T>(int writers, Func<T, int, Task> write)
        where T : notnull
    {
        var instances = Instances<T>(writers);
        return Task.WhenAll(instances.Select((instance, writer) => Task.Run(() => write(instance, writer), Token)));
    }

    public async ValueTask InitializeAsync() => await backend.StartAsync(Token);

    public async ValueTask DisposeAsync()
    {
        await backend.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
