using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.SupportedLeadership;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class SupportedLeadershipTranscriptTests
{
    private const string Exercise = SupportedLeadershipExercise.Id;

    [Fact]
    public async Task Add_another_asks_for_one_more_need_and_the_chart_lists_them_soonest_first()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = Exercise });
        Assert.Contains("Supported leadership", bot.Text, StringComparison.Ordinal);
        Assert.Contains("10 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Support you need", bot.Text, StringComparison.Ordinal);
        Assert.Contains("e.g. time with my manager to reflect", CardJson.Serialize(bot.Card), StringComparison.Ordinal);
        Assert.Equal(["support-1", "from-1", "by-1", "another-1"], bot.InputIds());

        // With "add another" off the card knows only one step; switching it on brings the next.
        await bot.PressAsync("Next", Need(1, "A mentor", "Another service manager", "2027-03-01", another: true));
        Assert.Contains("Support you need (2 of up to 4)", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["support-2", "from-2", "by-2", "another-2"], bot.InputIds());

        await bot.PressAsync("Next", Need(2, "Protected time to reflect", "My manager", "2026-12-15", another: true));
        Assert.Contains("Support you need (3 of up to 4)", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Next", Need(3, "Training in outcomes conversations", "Learning and development", "2027-01-10", another: false));

        Assert.DoesNotContain(bot.Shown, card => CardTitle(card).Contains("(4 of up to 4)", StringComparison.Ordinal));
        var stored = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("2026-12-15", stored.Answers["by-2"]);
        Assert.Equal("false", stored.Answers["another-3"]);
        Assert.Null(stored.Answers["support-4"]);

        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        var table = Assert.Single(bot.Card.Body.OfType<Table>());
        Assert.Equal(
        [
            ["Support I need", "From whom", "By when"],
            ["Protected time to reflect", "My manager", "15 Dec 2026"],
            ["Training in outcomes conversations", "Learning and development", "10 Jan 2027"],
            ["A mentor", "Another service manager", "1 Mar 2027"],
        ], table.Rows.Select(r => r.Cells.Select(c => Assert.IsType<TextBlock>(c.Items[0]).Text).ToArray()).ToArray());
    }

    [Fact]
    public async Task With_add_another_off_the_chart_has_one_need()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);

        await bot.PressAsync("Next", Need(1, "A peer network", "Other team leaders", "2027-02-01", another: false));

        var table = Assert.Single(bot.Card.Body.OfType<Table>());
        Assert.Equal(2, table.Rows.Count);
        var stored = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal(["another-1", "by-1", "from-1", "support-1"], stored.Answers.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_need_saved_before_add_another_was_switched_off_is_left_out_of_the_chart()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        await bot.PressAsync("Next", Need(1, "A mentor", "Another service manager", "2027-03-01", another: true));
        await bot.PressAsync("Save for later", Need(2, "Protected time", "My manager", "2026-12-15", another: false));
        await bot.PressAsync("Carry on now");
        // Back sends what the step shows, as Teams does: the saved second need, untouched.
        await bot.PressAsync("Back", Need(2, "Protected time", "My manager", "2026-12-15", another: false));
        Assert.Equal(["support-1", "from-1", "by-1", "another-1"], bot.InputIds());

        await bot.PressAsync("Next", Need(1, "A mentor", "Another service manager", "2027-03-01", another: false));

        var stored = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("Protected time", stored.Answers["support-2"]);
        var table = Assert.Single(bot.Card.Body.OfType<Table>());
        Assert.Equal(2, table.Rows.Count);
        Assert.DoesNotContain("Protected time", bot.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_gets_the_same_step_back_and_stores_nothing()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        var before = await bot.OnlySessionAsync(Exercise);

        await bot.PressAsync("Next", Need(1, "A mentor", "My manager", "2027-02-31", another: true));

        Assert.DoesNotContain("Please check these", bot.Text, StringComparison.Ordinal);
        Assert.Contains("\"By when?\" must be a date.", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["support-1", "from-1", "by-1", "another-1"], bot.InputIds());
        var after = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.InProgress, after.Status);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Answers.Values);
    }

    private static Dictionary<string, string> Need(int number, string support, string from, string by, bool another) => new()
    {
        [SupportNeed.SupportId(number)] = support,
        [SupportNeed.FromId(number)] = from,
        [SupportNeed.ById(number)] = by,
        [SupportNeed.AnotherId(number)] = another ? "true" : "false",
    };

    private static string CardTitle(AdaptiveCard card) => card.FallbackText ?? string.Empty;
}
