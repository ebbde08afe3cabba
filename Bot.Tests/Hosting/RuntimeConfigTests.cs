using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// The runtime settings the bot's memory and CPU figures depend on (docs/performance.md) are in the runtimeconfig file
/// the build writes next to the bot, which is what <c>dotnet OutcomesBot.Bot.dll</c> and a publish run with.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_bot_runs_workstation_GC_with_gen0_capped_at_4_MiB()
    {
        var properties = BotRuntimeProperties();

        Assert.False((bool)properties["System.GC.Server"]!);
        Assert.Equal(4L * 1024 * 1024, (long)properties["System.GC.Gen0MaxBudget"]!);
    }

    [Fact]
    public void Idle_thread_pool_workers_do_not_spin()
    {
        Assert.Equal(0, (int)BotRuntimeProperties()["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]!);
    }

    private static JsonObject BotRuntimeProperties()
    {
        var file = Path.ChangeExtension(BuiltBot.Dll(), ".runtimeconfig.json");
        var config = JsonNode.Parse(File.ReadAllText(file))!;
        return config["runtimeOptions"]!["configProperties"]!.AsObject();
    }
}
