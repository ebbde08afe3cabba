using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// The bot's own secrets (decision 089) on both backends: the first value stored under a name is the one every later
/// call and every instance gets, also when several instances start at once with values of their own.
/// </summary>
public abstract class AppSecretsContract(StoreBackend backend) : StoreContract(backend)
{
    [Fact]
    public async Task The_first_value_stored_is_kept_and_a_later_one_is_not()
    {
        var first = await Store<IAppSecrets>().GetOrAddAsync("logged-id-key", "first", Token);
        var again = await Store<IAppSecrets>().GetOrAddAsync("logged-id-key", "second", Token);
        var other = await Store<IAppSecrets>().GetOrAddAsync("another-key", "third", Token);

        Assert.Equal("first", first);
        Assert.Equal("first", again);
        Assert.Equal("third", other);
    }

    [Fact]
    public async Task Instances_starting_at_once_agree_on_one_value()
    {
        var values = await AtOnceAsync<IAppSecrets, string>(6, (secrets, writer) => secrets.GetOrAddAsync("logged-id-key", "value-" + writer, Token));

        Assert.Single(values.Distinct(StringComparer.Ordinal));
        Assert.StartsWith("value-", values[0], StringComparison.Ordinal);
    }
}

/// <summary>The IAppSecrets contract on SQLite.</summary>
public sealed class AppSecretsContractOnSqlite() : AppSecretsContract(StoreBackend.Sqlite());

/// <summary>The IAppSecrets contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class AppSecretsContractOnAzurite(Azurite azurite) : AppSecretsContract(StoreBackend.Azure(azurite));
