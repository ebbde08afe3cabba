using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Storage;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// Decision 102's guard on 099's setting: <c>Storage:AzureTables:BatchReadConcurrency</c> outside 1 to 16 stops the host at
/// start, so no configuration gives a batch read no query at a time (0), unbounded queries (-1 means "no limit" to
/// <c>Parallel.ForEachAsync</c>) or thousands at once; the two ends are taken.
/// </summary>
public sealed class BatchReadConcurrencyOptionsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("17")]
    [InlineData("2147483647")]
    public void Guard_a_concurrency_outside_one_to_sixteen_stops_the_host_at_start(string configured)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(configured));

        Assert.Contains("BatchReadConcurrency must be from 1 to 16", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("16", 16)]
    public void Guard_one_and_sixteen_are_taken(string configured, int expected) =>
        Assert.Equal(expected, Options(configured).AzureTables.BatchReadConcurrency);

    private static StorageOptions Options(string concurrency)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:AzureTables:BatchReadConcurrency"] = concurrency,
        }).Build());
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<StorageOptions>>().Value;
    }
}
