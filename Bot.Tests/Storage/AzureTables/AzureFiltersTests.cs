using System.Text.RegularExpressions;
using OutcomesBot.Bot.Storage.AzureTables;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// The Table service takes at most 15 comparisons in a filter; Azurite takes more, so the store contract on Azurite would
/// not notice a filter the real service refuses (decision 083's batched preferences read).
/// </summary>
public sealed class AzureFiltersTests
{
    [Fact]
    public void Any_of_13_partitions_is_15_comparisons_with_each_key_quoted_and_a_14th_is_refused()
    {
        var keys = Enumerable.Range(0, AzureFilters.MostPartitionsAtOnce).Select(i => $"prefs|29:o'brien-{i:D2}").ToList();

        var filter = AzureFilters.AnyPartition(keys);

        Assert.Equal(15, Regex.Count(filter, " (eq|ne|gt|ge|lt|le) "));
        Assert.Contains("PartitionKey ge 'prefs|29:o''brien-00' and PartitionKey le 'prefs|29:o''brien-12'", filter, StringComparison.Ordinal);
        Assert.Contains("PartitionKey eq 'prefs|29:o''brien-07'", filter, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AzureFilters.AnyPartition([.. keys, "prefs|29:z"]));
        Assert.Throws<ArgumentException>(() => AzureFilters.AnyPartition([]));
    }
}
