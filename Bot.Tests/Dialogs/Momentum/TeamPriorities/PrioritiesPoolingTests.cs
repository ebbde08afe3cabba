using OutcomesBot.Dialogs.Momentum.TeamPriorities;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities;

/// <summary>The pooling rule on its own: finished weeks only, each person's latest, and a pool moves only by the threshold of people.</summary>
public sealed class PrioritiesPoolingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero); // a Wednesday
    private static readonly DateTimeOffset ThisWeek = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nothing_is_pooled_below_the_threshold_or_from_the_week_under_way()
    {
        List<MemberAudit> audits = [.. Enumerable.Range(0, 4).Select(i => Audit(i, ThisWeek.AddDays(-10), "need-challenges"))];
        audits.Add(Audit(4, ThisWeek.AddHours(1), "need-challenges"));

        Assert.Null(PrioritiesPooling.Pool(audits, 5, Now));
        Assert.Equal(4, PrioritiesPooling.PeopleSoFar(audits, Now));
    }

    [Fact]
    public void A_pool_moves_on_only_when_the_threshold_of_people_have_new_audits()
    {
        List<MemberAudit> audits = [.. Enumerable.Range(0, 5).Select(i => Audit(i, ThisWeek.AddDays(-28), "need-challenges"))];
        var first = PrioritiesPooling.Pool(audits, 5, Now)!;
        Assert.Equal((5, 5, ThisWeek.AddDays(-21)), (first.People, first.PriorityCounts["need-challenges"], first.AsOf));

        // Person 0 redoes it and person 5 joins, in two different finished weeks: two changes, so the pool stays.
        audits.Add(Audit(0, ThisWeek.AddDays(-20), "need-momentum"));
        audits.Add(Audit(5, ThisWeek.AddDays(-13), "need-momentum"));
        var again = PrioritiesPooling.Pool(audits, 5, Now)!;
        Assert.Equal((first.People, first.AsOf), (again.People, again.AsOf));
        Assert.Equal(first.PriorityCounts, again.PriorityCounts);

        // Three more by last week: five people changed since the pool shown, so it moves on to the end of last week.
        audits.AddRange(Enumerable.Range(6, 3).Select(i => Audit(i, ThisWeek.AddDays(-3), "need-momentum")));
        var second = PrioritiesPooling.Pool(audits, 5, Now)!;
        Assert.Equal((9, 4, 5, ThisWeek), (second.People, second.PriorityCounts["need-challenges"], second.PriorityCounts["need-momentum"], second.AsOf));
    }

    private static MemberAudit Audit(int person, DateTimeOffset at, params string[] priorities) =>
        new($"29:p{person}", at, priorities.ToHashSet(StringComparer.Ordinal));
}
