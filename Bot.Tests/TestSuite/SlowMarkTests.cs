namespace OutcomesBot.Bot.Tests.TestSuite;

/// <summary>
/// scripts/test-fast.sh leaves out the classes marked [Slow]; these tests keep the mark honest, so that the fast set
/// never quietly grows an Azurite, PostgreSQL, Chromium, Playground, child-process or Node test (decision 037).
/// </summary>
public sealed class SlowMarkTests
{
    [Fact]
    public void Every_test_class_that_starts_a_slow_component_is_marked_slow()
    {
        var unmarked = SlowTestScan.Scan()
            .Where(found => found.SlowComponent is not null && !found.MarkedSlow)
            .Select(found => $"{found.File}: {found.Name} uses {found.SlowComponent}; add [Slow] above the class")
            .ToList();

        Assert.True(unmarked.Count == 0, string.Join(Environment.NewLine, unmarked));
    }

    [Fact]
    public void The_scan_tells_the_azurite_half_of_a_store_contract_from_its_sqlite_half()
    {
        var found = SlowTestScan.Scan().ToDictionary(found => found.Name);

        Assert.Equal("Azurite", found["ConversationStoreContractOnAzurite"].SlowComponent);
        Assert.Null(found["ConversationStoreContractOnSqlite"].SlowComponent);
        Assert.Equal("Azurite", found["BrokenMessageDeliveryOnAzurite"].SlowComponent);
        Assert.Equal("Postgres", found["PostgresSchedulerTests"].SlowComponent);
        Assert.Equal("OutcomesBot.TurnBench", found["BotKilledMidBurstTests"].SlowComponent);
        Assert.Equal("FrontedCluster", found["TurnsAcrossInstancesTests"].SlowComponent);
        Assert.Equal("CardValidation", found["EveryExerciseCardTests"].SlowComponent);
        Assert.Equal("TabPage", found["TabBrowserTests"].SlowComponent);
        Assert.Null(found["CommandTests"].SlowComponent);
        Assert.Contains(found.Values, scanned => scanned.SlowComponent is null && !scanned.MarkedSlow);
    }

    [Fact]
    public void The_slow_mark_is_the_trait_the_fast_script_leaves_out()
    {
        var script = File.ReadAllText(Path.Combine(Support.NodeTools.RepositoryRoot, "scripts", "test-fast.sh"));

        Assert.Equal([KeyValuePair.Create("Category", "Slow")], new SlowAttribute().GetTraits());
        Assert.Contains("-trait- Category=Slow", script, StringComparison.Ordinal);
    }
}
