using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Tests.Dialogs.Stories;

/// <summary>
/// The "set is on" card counts its rounds in plain English: "1 round", "3 rounds", never "round(s)"; the start card does
/// not promise names in the summary that a member has not agreed to; the "set is on" card's end confirmation, shown before
/// round 1 as well as during the rounds, speaks of an open round only as "if" (decision 078).
/// </summary>
public sealed class LearningSetWordingTests
{
    [Theory]
    [InlineData(1, "1 round, every week")]
    [InlineData(3, "3 rounds, every week")]
    public void The_started_card_says_round_or_rounds(int rounds, string expected)
    {
        var set = Set(rounds);

        var json = CardJson.Serialize(LearningSetCards.Started(set, "General", set.FirstRoundAt));

        Assert.Contains(expected, json, StringComparison.Ordinal);
        Assert.DoesNotContain("round(s)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_start_card_says_names_show_in_the_summary_only_for_members_who_choose()
    {
        var json = CardJson.Serialize(LearningSetCards.Start(new LearningSetDraft(), [], []));

        Assert.Contains("name only if they choose", json, StringComparison.Ordinal);
        Assert.DoesNotContain("(with names)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_confirmation_on_the_started_card_is_true_before_the_first_round()
    {
        var set = Set(3);

        var json = CardJson.Serialize(LearningSetCards.Started(set, "General", set.FirstRoundAt));

        Assert.Contains("If a round is open, its answers go into its summary straight away.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("the round that is open now", json, StringComparison.Ordinal);
    }

    private static LearningSet Set(int rounds) => new LearningSet
    {
        SetId = "set-1",
        TeamId = "team-id",
        TenantId = "tenant-1",
        ChannelId = "19:general@thread.tacv2",
        Topic = "Reviews that start from goals",
        StarterAadObjectId = "aad-1",
        Members = ["aad-1", "aad-2"],
        IntervalDays = 7,
        Rounds = rounds,
        TimeZoneId = "Europe/London",
        FirstRoundAt = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero),
    };
}
