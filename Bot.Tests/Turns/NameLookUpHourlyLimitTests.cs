using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The hourly budget of name look-ups on the pickers (decision 085), through the real host on SQLite with a manual clock:
/// <see cref="NamePressLimit.MaxLookUpsPerHour"/> look-ups an hour, both pickers together, on top of 082's ten a minute.
/// A press the minute's limit refused does not use the hour's budget. Over it, the card says to try again in an hour,
/// keeps what was typed and reads and sends nothing; an hour after the first look-up it works again.
/// </summary>
[Slow]
public sealed class NameLookUpHourlyLimitTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task After_sixty_look_ups_in_an_hour_the_next_waits_for_the_hour_and_then_works()
    {
        var clock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        var first = clock.GetUtcNow();
        await using var bot = await LargeTeamPickerTests.LargeTeamAsync(60, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<ILoggerProvider>(_logs);
        });
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        var entry = await LargeTeamPickerTests.EntryOfRobinAsync(bot);

        // Minute 0: twelve presses, the last two refused by the minute's limit (082); they do not count for the hour.
        var answered = 0;
        for (var i = 0; i < NamePressLimit.MaxLookUps + 2; i++)
        {
            var card = await LookUpNobodyAsync(bot, cycle, entry, i);
            answered += StoryBot.Text(card).Contains("is called 'Nobody", StringComparison.Ordinal) ? 1 : 0;
        }

        // Minutes 1 to 5: ten a minute, every one answered, up to the hour's budget.
        while (answered < NamePressLimit.MaxLookUpsPerHour)
        {
            clock.Advance(NamePressLimit.Window);
            for (var i = 0; i < NamePressLimit.MaxLookUps; i++)
            {
                var card = await LookUpNobodyAsync(bot, cycle, entry, answered);
                Assert.Contains($"is called 'Nobody {answered}'", StoryBot.Text(card), StringComparison.Ordinal);
                answered++;
            }
        }

        // A new minute, but the hour's budget is spent: both pickers refuse, keeping what was typed, sending nothing.
        clock.Advance(NamePressLimit.Window);
        var support = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "zoe MARTIN"), StoryBot.RobinAad);
        var share = await bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, "Zoe"), StoryBot.RobinAad);

        Assert.Equal(NamePressLimit.MaxLookUpsPerHour, answered);
        Assert.Contains(NameLookup.TooManyThisHour, StoryBot.Text(support), StringComparison.Ordinal);
        Assert.DoesNotContain("Zoë", StoryBot.Text(support), StringComparison.Ordinal);
        Assert.Equal("zoe MARTIN", LargeTeamPickerTests.InputValue(support, SupportVerbs.NameKey));
        Assert.Contains(NameLookup.TooManyThisHour, StoryBot.Text(share), StringComparison.Ordinal);
        Assert.Equal("Zoe", LargeTeamPickerTests.InputValue(share, EntryShareVerbs.NameKey));
        await LargeTeamPickerTests.AssertNothingSentAsync(bot);
        var refusals = _logs.Lines.Where(line => line.Contains("[1460]", StringComparison.Ordinal) && line.Contains("hour", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, line => Assert.Contains(bot.App.Get<LoggedIdHash>().Of(StoryBot.RobinAad.ToLowerInvariant()), line, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("zoe", StringComparison.OrdinalIgnoreCase) || line.Contains(StoryBot.RobinAad, StringComparison.Ordinal));

        // An hour after the first look-up, the same press finds Zoë and sends the request.
        clock.Advance(first.Add(NamePressLimit.HourWindow) - clock.GetUtcNow());
        var sent = await bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: "zoe MARTIN"), StoryBot.RobinAad);

        Assert.Contains("I have sent it to Zoë Martin", StoryBot.Text(sent), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(LargeTeamPickerTests.Zoe, Token));
    }

    private static Task<JsonElement> LookUpNobodyAsync(StoryBot bot, string cycle, ExerciseSession entry, int i) =>
        i % 2 == 0
            ? bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: $"Nobody {i}"), StoryBot.RobinAad)
            : bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, $"Nobody {i}"), StoryBot.RobinAad);
}
