using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.RiskRatings;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

public sealed class RiskRatingsTranscriptTests
{
    private const string Exercise = RiskRatingsExercise.Id;

    [Fact]
    public async Task Risks_are_rated_only_where_named_and_land_in_the_right_cells_of_the_matrix()
    {
        await using var bot = await ExerciseDriver.CreateAsync();

        await bot.SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { ["exercise"] = Exercise });
        Assert.Contains("Risk-taking", bot.Text, StringComparison.Ordinal);
        Assert.Contains("20 minutes", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Begin");
        Assert.Contains("Risks to people receiving support", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["people-risk"], bot.InputIds());

        await bot.PressAsync("Next", new Dictionary<string, string> { ["people-risk"] = "Helen falls on her walk to the park" });
        Assert.Contains("Rating: People receiving support", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Helen falls on her walk to the park", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["people-likelihood", "people-impact", "people-response", "people-plan"], bot.InputIds());

        await bot.PressAsync("Next", Rating("people", "high", "high", RiskRatingsExercise.Manage, "Walk with a volunteer at first"));
        Assert.Contains("Risks to unpaid carers", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["carers-risk"] = string.Empty });
        Assert.Contains("Risks to the provider", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["provider-risk"] = "A complaint if Helen is hurt" });
        await bot.PressAsync("Next", Rating("provider", "medium", "high", RiskRatingsExercise.Reduce, "Record the agreed plan with her daughters"));
        Assert.Contains("Risks to the practitioner", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["practitioner-risk"] = " " });
        Assert.Contains("Risks of keeping the status quo", bot.Text, StringComparison.Ordinal);

        // Until a risk is written, the rating step does not count, so this is the last step as far as the card knows.
        await bot.PressAsync("Next", new Dictionary<string, string> { ["status-quo-risk"] = "Helen stops doing what she loves" });
        Assert.Contains("Rating: Keeping the status quo", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Finish", Rating("status-quo", "high", "low", RiskRatingsExercise.Manage, "Review each month"));

        var stored = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(ExerciseSessionStatus.Completed, stored.Status);
        Assert.Equal("high", stored.Answers["people-likelihood"]);
        Assert.Equal(RiskRatingsExercise.Reduce, stored.Answers["provider-response"]);
        Assert.Null(stored.Answers["carers-risk"]);
        Assert.Null(stored.Answers["carers-likelihood"]);
        Assert.Null(stored.Answers["practitioner-risk"]);

        Assert.Contains("your summary", bot.Text, StringComparison.Ordinal);
        Assert.Contains("You named 3 risks.", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Likely and serious: People receiving support.", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Walk with a volunteer at first", bot.Text, StringComparison.Ordinal);

        var matrix = Assert.Single(bot.Card.Body.OfType<Table>(), t => Text(t.Rows[0].Cells[0]) == RiskRatingsSummary.MatrixCorner);
        Assert.Equal(4, matrix.Rows.Count);
        // The entries are numbered in the guide's order and the matrix holds the numbers (names broke words on a phone).
        Assert.Contains("1 · People receiving support", bot.Text, StringComparison.Ordinal);
        Assert.Contains("2 · The provider", bot.Text, StringComparison.Ordinal);
        Assert.Contains("3 · Keeping the status quo", bot.Text, StringComparison.Ordinal);
        Assert.Equal(["High likelihood", "3", RiskRatingsSummary.EmptyCell, "1"], matrix.Rows[1].Cells.Select(Text));
        Assert.Equal(["Medium likelihood", RiskRatingsSummary.EmptyCell, RiskRatingsSummary.EmptyCell, "2"], matrix.Rows[2].Cells.Select(Text));
        Assert.Equal(["Low likelihood", RiskRatingsSummary.EmptyCell, RiskRatingsSummary.EmptyCell, RiskRatingsSummary.EmptyCell], matrix.Rows[3].Cells.Select(Text));
        Assert.Equal("attention", matrix.Rows[1].Cells[3].Style);
        Assert.Null(matrix.Rows[2].Cells[3].Style);

        // The matrix says it all: no bar chart of rating counts beside it.
        Assert.Empty(bot.Card.Body.OfType<BarChart>());
    }

    [Fact]
    public async Task Step_numbers_rise_one_at_a_time_and_no_total_is_shown_that_later_changes()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        List<string> counters = [Counter(bot.Text)];

        await bot.PressAsync("Next", new Dictionary<string, string> { ["people-risk"] = "Helen falls" });
        counters.Add(Counter(bot.Text));
        await bot.PressAsync("Next", Rating("people", "low", "medium", RiskRatingsExercise.Manage, "Walk together"));
        counters.Add(Counter(bot.Text));
        await bot.PressAsync("Next", new Dictionary<string, string> { ["carers-risk"] = string.Empty });
        counters.Add(Counter(bot.Text));
        await bot.PressAsync("Next", new Dictionary<string, string> { ["provider-risk"] = string.Empty });
        counters.Add(Counter(bot.Text));

        Assert.Equal(["step 1", "step 2", "step 3", "step 4", "step 5"], counters.Select(c => c.Split(" of ")[0]));
        Assert.DoesNotContain(counters, c => c.Contains("up to", StringComparison.Ordinal));
        Assert.Single(counters.Where(c => c.Contains(" of ", StringComparison.Ordinal)).Select(c => c.Split(" of ")[1]).Distinct().DefaultIfEmpty("none"));
    }

    private static string Counter(string text) =>
        text.Split('\n').First(line => line.StartsWith("Risk-taking · step ", StringComparison.Ordinal))["Risk-taking · ".Length..];

    [Fact]
    public async Task The_first_category_needs_a_risk_so_that_no_run_ends_empty()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["people-risk"] = string.Empty });

        Assert.DoesNotContain("Please check these", bot.Text, StringComparison.Ordinal);
        Assert.Contains("Risks to people receiving support", bot.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_likelihood_that_is_not_an_option_gets_the_same_step_back_and_stores_nothing()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["people-risk"] = "Helen falls" });
        var before = await bot.OnlySessionAsync(Exercise);

        await bot.PressAsync("Next", Rating("people", "extreme", "high", RiskRatingsExercise.Manage, "Walk together"));

        Assert.Contains("Rating: People receiving support", bot.Text, StringComparison.Ordinal);
        Assert.Contains("\"How likely is it to happen?\" has a value that is not one of its options.", bot.Text, StringComparison.Ordinal);
        var after = await bot.OnlySessionAsync(Exercise);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.StepIndex, after.StepIndex);
        Assert.Equal(before.Answers.Values.OrderBy(v => v.Key, StringComparer.Ordinal), after.Answers.Values.OrderBy(v => v.Key, StringComparer.Ordinal));
        Assert.Null(after.Answers["people-impact"]);
    }

    [Fact]
    public async Task A_risk_cleared_after_it_was_rated_is_left_out_of_the_summary()
    {
        await using var bot = await ExerciseDriver.CreateAsync();
        await bot.BeginAsync(Exercise);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["people-risk"] = "Helen falls" });
        await bot.PressAsync("Next", Rating("people", "low", "medium", RiskRatingsExercise.Manage, "Walk together"));
        await bot.PressAsync("Next", new Dictionary<string, string> { ["carers-risk"] = "Her daughters worry more" });
        await bot.PressAsync("Next", Rating("carers", "high", "high", RiskRatingsExercise.Manage, "Weekly call"));
        await bot.PressAsync("Back");
        await bot.PressAsync("Back");
        Assert.Contains("Risks to unpaid carers", bot.Text, StringComparison.Ordinal);

        await bot.PressAsync("Next", new Dictionary<string, string> { ["carers-risk"] = string.Empty });
        Assert.Contains("Risks to the provider", bot.Text, StringComparison.Ordinal);
        await bot.PressAsync("Next", new Dictionary<string, string> { ["provider-risk"] = string.Empty });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["practitioner-risk"] = string.Empty });
        await bot.PressAsync("Next", new Dictionary<string, string> { ["status-quo-risk"] = string.Empty });

        Assert.Contains("You named 1 risk.", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unpaid carers", bot.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Likely and serious", bot.Text, StringComparison.Ordinal);
        var matrix = Assert.Single(bot.Card.Body.OfType<Table>(), t => Text(t.Rows[0].Cells[0]) == RiskRatingsSummary.MatrixCorner);
        Assert.Equal(["Low likelihood", RiskRatingsSummary.EmptyCell, "1", RiskRatingsSummary.EmptyCell], matrix.Rows[3].Cells.Select(Text));
    }

    private static Dictionary<string, string> Rating(string key, string likelihood, string impact, string response, string plan) => new()
    {
        [$"{key}-likelihood"] = likelihood,
        [$"{key}-impact"] = impact,
        [$"{key}-response"] = response,
        [$"{key}-plan"] = plan,
    };

    private static string Text(TableCell cell) => Assert.IsType<TextBlock>(cell.Items[0]).Text;
}
