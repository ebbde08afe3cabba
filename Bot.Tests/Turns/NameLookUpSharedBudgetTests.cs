using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The name look-up budgets are kept in the store (decision 098), through two real hosts on one SQLite file and a manual
/// clock, as two instances behind a load balancer: Robin's presses on both count against one budget of ten a minute, and
/// a host started again on the same file still knows them. Before, each host counted in its own memory: ten on each, and
/// a restart forgot them.
/// </summary>
[Slow]
public sealed class NameLookUpSharedBudgetTests
{
    [Fact]
    public async Task Six_look_ups_on_one_instance_and_five_on_another_the_eleventh_is_refused_and_a_restart_keeps_the_budget()
    {
        using var folder = new TemporaryDirectory("shared-look-ups");
        var clock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        var first = await LargeTeamPickerTests.LargeTeamAsync(60, Services(clock), folder.Path);
        var second = await LargeTeamPickerTests.LargeTeamAsync(60, Services(clock), folder.Path);
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(first);
        var entry = await LargeTeamPickerTests.EntryOfRobinAsync(first);

        var answered = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answered.Add(StoryBot.Text(await first.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: $"Nobody {i}"), StoryBot.RobinAad)));
        }

        for (var i = 6; i < 10; i++)
        {
            answered.Add(StoryBot.Text(await second.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, $"Nobody {i}"), StoryBot.RobinAad)));
        }

        var eleventh = await second.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Zoe"), StoryBot.RobinAad);
        await first.DisposeAsync();
        await second.DisposeAsync();

        // Started again on the same file, within the same minute: the budget is still spent.
        await using var restarted = await LargeTeamPickerTests.LargeTeamAsync(60, Services(clock), folder.Path);
        var afterRestart = await restarted.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "zoe MARTIN"), StoryBot.RobinAad);
        clock.Advance(NamePressLimit.Window);
        var aMinuteOn = await restarted.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Zoe"), StoryBot.RobinAad);

        Assert.All(answered, (text, i) => Assert.Contains($"is called 'Nobody {i}'", text, StringComparison.Ordinal));
        Assert.Contains(NameLookup.TooMany, StoryBot.Text(eleventh), StringComparison.Ordinal);
        Assert.Equal("Zoe", LargeTeamPickerTests.InputValue(eleventh, EntryShareVerbs.NameKey));
        Assert.DoesNotContain("Zoë", StoryBot.Text(eleventh), StringComparison.Ordinal);
        Assert.Contains(NameLookup.TooMany, StoryBot.Text(afterRestart), StringComparison.Ordinal);
        Assert.Equal("zoe MARTIN", LargeTeamPickerTests.InputValue(afterRestart, SupportVerbs.NameKey));
        await LargeTeamPickerTests.AssertNothingSentAsync(restarted);
        Assert.Contains("Check before you send it to Zoë Martin", StoryBot.Text(aMinuteOn), StringComparison.Ordinal);
    }

    // Quartz is held back on every host: two schedulers on one file are not what this test is about.
    private static Action<IServiceCollection> Services(ManualTimeProvider clock) => services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        StoryBot.NoBackgroundDrain(services);
    };
}
