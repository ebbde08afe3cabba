using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The name look-up budgets slide (decision 089), through the real host on SQLite with a manual clock: a window counted
/// back from each press, so a burst across the edge of a minute or an hour is refused. Before, each window was fixed from
/// the person's first look-up, and the presses just after its end found a fresh budget: 10 in the minute's last second
/// and 10 more two seconds later all went through (20 within seconds), and likewise 60 and 60 across the hour's edge.
/// </summary>
[Slow]
public sealed class NameLookUpSlidingWindowTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Ten_look_ups_at_00_59_leave_one_at_01_01_and_the_rest_are_told_to_wait_a_minute()
    {
        var (bot, clock, cycle, entry) = await StartAsync();
        await using var _ = bot;
        var answered = 0;
        answered += await LookUpsAsync(bot, cycle, entry, 1, answered, NameLookup.TooMany);
        clock.Advance(59 * Second);
        answered += await LookUpsAsync(bot, cycle, entry, NamePressLimit.MaxLookUps - 1, answered, NameLookup.TooMany);
        Assert.Equal(NamePressLimit.MaxLookUps, answered);

        // 01:01: the look-up of 00:00 is more than a minute ago, the nine of 00:59 are not: one more, then wait.
        clock.Advance(2 * Second);
        var later = await LookUpsAsync(bot, cycle, entry, NamePressLimit.MaxLookUps, answered, NameLookup.TooMany);

        Assert.Equal(1, later);
    }

    [Fact]
    public async Task Sixty_look_ups_late_in_the_hour_leave_one_just_after_it_and_the_rest_are_told_to_wait_an_hour()
    {
        var (bot, clock, cycle, entry) = await StartAsync();
        await using var _ = bot;
        var answered = await LookUpsAsync(bot, cycle, entry, 1, 0, NameLookup.TooManyThisHour);
        clock.Advance(TimeSpan.FromMinutes(54));
        while (answered < NamePressLimit.MaxLookUpsPerHour)
        {
            answered += await LookUpsAsync(bot, cycle, entry, Math.Min(NamePressLimit.MaxLookUps, NamePressLimit.MaxLookUpsPerHour - answered), answered, NameLookup.TooManyThisHour);
            clock.Advance(NamePressLimit.Window);
        }

        // 01:01: the look-up of 00:00 has left the hour, the 59 of 00:54 to 00:59 have not: one more, then wait an hour.
        clock.Advance(TimeSpan.FromMinutes(61) - (clock.GetUtcNow() - bot.StartedAt));
        var later = await LookUpsAsync(bot, cycle, entry, NamePressLimit.MaxLookUps, answered, NameLookup.TooManyThisHour);

        Assert.Equal(1, later);
        await LargeTeamPickerTests.AssertNothingSentAsync(bot.Bot);
    }

    // Presses count look-ups of names nobody has, alternating the two pickers; each is either answered ("nobody is
    // called") or refused with exactly the expected words. Returns how many were answered.
    private static async Task<int> LookUpsAsync(LimitedBot bot, string cycle, ExerciseSession entry, int count, int first, string refusal)
    {
        var answered = 0;
        for (var i = first; i < first + count; i++)
        {
            var card = await LookUpNobodyAsync(bot.Bot, cycle, entry, i);
            var text = StoryBot.Text(card);
            if (text.Contains($"is called 'Nobody {i}'", StringComparison.Ordinal))
            {
                answered++;
            }
            else
            {
                Assert.Contains(refusal, text, StringComparison.Ordinal);
            }
        }

        return answered;
    }

    private static Task<JsonElement> LookUpNobodyAsync(StoryBot bot, string cycle, ExerciseSession entry, int i) =>
        i % 2 == 0
            ? bot.PressAsync(SupportVerbs.Ask, LargeTeamPickerTests.Cycle(cycle, name: $"Nobody {i}"), StoryBot.RobinAad)
            : bot.PressAsync(EntryShareVerbs.Preview, LargeTeamPickerTests.Entry(entry, $"Nobody {i}"), StoryBot.RobinAad);

    private static async Task<(LimitedBot Bot, ManualTimeProvider Clock, string Cycle, ExerciseSession Entry)> StartAsync()
    {
        var clock = new ManualTimeProvider(TimeProvider.System.GetUtcNow());
        var bot = await LargeTeamPickerTests.LargeTeamAsync(60, services => services.AddSingleton<TimeProvider>(clock));
        var cycle = await LargeTeamPickerTests.SupportAnswerOfRobinAsync(bot);
        var entry = await LargeTeamPickerTests.EntryOfRobinAsync(bot);
        return (new LimitedBot(bot, clock.GetUtcNow()), clock, cycle, entry);
    }

    private sealed record LimitedBot(StoryBot Bot, DateTimeOffset StartedAt) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Bot.DisposeAsync();
    }
}
