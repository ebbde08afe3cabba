using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A limit on the name look-ups of a large team's pickers (decision 082), through the real host on SQLite with a manual
/// clock: a person's support picker and entry share share one budget of <see cref="NamePressLimit.MaxLookUps"/> a
/// minute; the next press gets a card saying to wait a minute, with what they typed kept, reading and sending nothing;
/// after the minute it works again; another person is not held back; the log names the person by a hash only. Before,
/// every press looked the name up, however many came.
/// </summary>
public sealed class NameLookUpLimitTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task The_look_up_after_the_limit_is_refused_keeping_what_was_typed_and_works_again_after_a_minute()
    {
        var clock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        await using var bot = await LimitedTeamAsync(clock);
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        var entry = await LargeTeamPickerTests.EntryOfRobinAsync(bot);

        // Robin looks up names that nobody has, on both pickers: every one is answered.
        for (var i = 0; i < NamePressLimit.MaxLookUps; i++)
        {
            var card = i % 2 == 0
                ? await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: $"Nobody {i}"), StoryBot.RobinAad)
                : await bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, $"Nobody {i}"), StoryBot.RobinAad);
            Assert.Contains($"is called 'Nobody {i}'", StoryBot.Text(card), StringComparison.Ordinal);
        }

        var support = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "zoe MARTIN"), StoryBot.RobinAad);
        var share = await bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Zoe"), StoryBot.RobinAad);

        Assert.Contains(NameLookup.TooMany, StoryBot.Text(support), StringComparison.Ordinal);
        Assert.DoesNotContain("Zoë", StoryBot.Text(support), StringComparison.Ordinal);
        Assert.Equal("zoe MARTIN", LargeTeamPickerTests.InputValue(support, SupportVerbs.NameKey));
        Assert.Equal(LargeTeamPickerTests.About, LargeTeamPickerTests.InputValue(support, SupportVerbs.AboutKey));
        Assert.Contains(NameLookup.TooMany, StoryBot.Text(share), StringComparison.Ordinal);
        Assert.DoesNotContain("Zoë", StoryBot.Text(share), StringComparison.Ordinal);
        Assert.Equal("Zoe", LargeTeamPickerTests.InputValue(share, EntryShareVerbs.NameKey));
        await LargeTeamPickerTests.AssertNothingSentAsync(bot);

        // The refusals are logged with a hash of Robin's id only: nothing typed, no name, no id.
        var refusals = _logs.Lines.Where(line => line.Contains("[1460]", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, line => Assert.Contains(bot.App.Get<LoggedIdHash>().Of(StoryBot.RobinAad.ToLowerInvariant()), line, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("zoe", StringComparison.OrdinalIgnoreCase) || line.Contains("Nobody", StringComparison.Ordinal));
        Assert.DoesNotContain(refusals, line => line.Contains("Robin", StringComparison.Ordinal) || line.Contains(StoryBot.RobinAad, StringComparison.Ordinal));

        // A minute on, the same press finds Zoë and sends the request.
        clock.Advance(NamePressLimit.Window);
        var sent = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "zoe MARTIN"), StoryBot.RobinAad);

        Assert.Contains("I have sent it to Zoë Martin", StoryBot.Text(sent), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(LargeTeamPickerTests.Zoe, Token));
    }

    [Fact]
    public async Task Someone_over_the_limit_does_not_hold_anyone_else_back()
    {
        var clock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        await using var bot = await LimitedTeamAsync(clock);
        var entry = await LargeTeamPickerTests.EntryOfRobinAsync(bot);
        for (var i = 0; i <= NamePressLimit.MaxLookUps; i++)
        {
            await bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Nobody Here"), StoryBot.RobinAad);
        }

        var robins = await bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Zoe"), StoryBot.RobinAad);
        var alexs = LearningLogNote.Entry(StoryBot.TeamsIdOf(StoryBot.AlexAad), "Sat with Mr Okafor while he chose his own breakfast", clock.GetUtcNow().AddDays(-1));
        Assert.True(await bot.App.Get<IExerciseSessionStore>().TryAddAsync(alexs, Token));
        var alexes = await bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(alexs, "Zoe"), StoryBot.AlexAad);

        Assert.Contains(NameLookup.TooMany, StoryBot.Text(robins), StringComparison.Ordinal);
        Assert.Contains("Check before you send it to Zoë Martin", StoryBot.Text(alexes), StringComparison.Ordinal);
    }

    private async Task<StoryBot> LimitedTeamAsync(ManualTimeProvider clock) =>
        await LargeTeamPickerTests.LargeTeamAsync(60, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<ILoggerProvider>(_logs);
        });
}
