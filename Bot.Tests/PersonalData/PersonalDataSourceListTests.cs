using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>The Azure description of each personal-data source against the SQLite one it stands in for.</summary>
public sealed class PersonalDataSourceListTests
{
    // Every source has an Azure description since the stores were all moved; AddBotStorage looks each one up, so a new
    // SQLite source without one fails here, and would stop the bot on start.
    [Fact]
    public void Every_SQLite_source_has_an_Azure_description_by_the_same_name_in_the_same_order()
    {
        var sqlite = SqlitePersonalDataSources.All.Select(source => source.Name).ToList();
        var azure = AzurePersonalDataSources.All.Select(source => source.Name).ToList();

        Assert.Equal(sqlite, azure);
    }

    [Fact]
    public void Every_Azure_export_section_is_named_as_on_SQLite_or_is_a_copy_that_is_not_exported()
    {
        foreach (var (name, parts) in AzurePersonalDataSources.All)
        {
            var sqliteSections = SqlitePersonalDataSources.All.Single(source => source.Name == name).Tables.Select(table => table.ExportName).Append("").ToList();
            Assert.All(parts, part => Assert.Contains(part.ExportName, sqliteSections));
            Assert.Equal(
                sqliteSections.Where(section => section.Length > 0),
                parts.Select(part => part.ExportName).Where(section => section.Length > 0).Distinct());
        }
    }

    [Fact]
    public void Every_table_an_Azure_source_reads_is_a_table_a_store_creates()
    {
        var created = new ServiceCollection().AddBotStorage().Select(service => service.ImplementationInstance).OfType<AzureTableName>().Select(table => table.Name).ToList();

        Assert.All(AzurePersonalDataSources.All.SelectMany(source => source.Tables), part => Assert.Contains(part.Table, created));
    }
}
