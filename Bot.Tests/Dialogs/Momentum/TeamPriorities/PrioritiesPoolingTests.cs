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

    [Fact]
    public void With_nothing_shown_yet_the_pool_to_keep_is_the_replay()
    {
        List<MemberAudit> audits = [.. Enumerable.Range(0, 5).Select(i => Audit(i, ThisWeek.AddDays(-28), "need-challenges"))];

        Assert.Equal(PrioritiesPooling.Pool(audits, 5, Now)!.AsOf, PrioritiesPooling.Fresh([], audits, 5, Now)!.AsOf);
    }

    [Fact]
    public void A_kept_pool_stands_when_one_member_leaves_one_joins_or_both()
    {
        List<MemberAudit> six = [.. Enumerable.Range(0, 6).Select(i => Audit(i, ThisWeek.AddDays(-28), "need-challenges"))];
        PooledPriorities[] shown = [PrioritiesPooling.Pool(six, 5, Now)!];

        Assert.Null(PrioritiesPooling.Fresh(shown, six[..5], 5, Now));
        Assert.Null(PrioritiesPooling.Fresh(shown, [.. six, Audit(6, ThisWeek.AddDays(-28), "need-momentum")], 5, Now));
        Assert.Null(PrioritiesPooling.Fresh(shown, [.. six[..5], Audit(6, ThisWeek.AddDays(-28), "need-momentum")], 5, Now));
        Assert.Null(PrioritiesPooling.Fresh(shown, [.. six, Audit(0, ThisWeek.AddDays(-3), "need-momentum")], 5, Now));
        Assert.Equal(shown[0], PrioritiesPooling.LastShown(shown, 5));
    }

    [Fact]
    public void A_kept_pool_gives_way_when_the_threshold_of_its_people_are_gone()
    {
        List<MemberAudit> eleven = [.. Enumerable.Range(0, 11).Select(i => Audit(i, ThisWeek.AddDays(-28), i < 5 ? "need-challenges" : "need-momentum"))];
        PooledPriorities[] shown = [PrioritiesPooling.Pool(eleven, 5, Now)!];

        Assert.Null(PrioritiesPooling.Fresh(shown, eleven[..7], 5, Now));
        var fresh = PrioritiesPooling.Fresh(shown, eleven[..6], 5, Now)!;

        Assert.Equal((6, ThisWeek, 5, 1), (fresh.People, fresh.AsOf, fresh.PriorityCounts["need-challenges"], fresh.PriorityCounts["need-momentum"]));
    }

    [Fact]
    public void A_pool_one_person_away_from_any_pool_shown_before_is_not_shown()
    {
        // Shown: six people three weeks ago, then twelve last week; seven of the first are members now (one new among them).
        List<MemberAudit> seven = [.. Enumerable.Range(0, 7).Select(i => Audit(i, ThisWeek.AddDays(-28), "need-challenges"))];
        var sixAgo = new PooledPriorities(6, ThisWeek.AddDays(-21), Counts(6));
        var twelveAgo = new PooledPriorities(12, ThisWeek.AddDays(-7), Counts(12));

        Assert.NotNull(PrioritiesPooling.Fresh([twelveAgo], seven, 5, Now));
        Assert.Null(PrioritiesPooling.Fresh([sixAgo, twelveAgo], seven, 5, Now));
    }

    [Fact]
    public void A_second_pool_in_one_week_waits_and_a_raised_threshold_hides_a_smaller_kept_pool()
    {
        List<MemberAudit> five = [.. Enumerable.Range(0, 5).Select(i => Audit(i, ThisWeek.AddDays(-3), "need-challenges"))];
        var thisWeeks = new PooledPriorities(20, ThisWeek, Counts(20));

        Assert.Null(PrioritiesPooling.Fresh([thisWeeks], five, 5, Now));
        Assert.Null(PrioritiesPooling.LastShown([new PooledPriorities(5, ThisWeek, Counts(5))], 6));
    }

    private static Dictionary<string, int> Counts(int people) => new(StringComparer.Ordinal) { ["need-challenges"] = people };

    private static MemberAudit Audit(int person, DateTimeOffset at, params string[] priorities) =>
        new($"29:p{person}", at, priorities.ToHashSet(StringComparer.Ordinal));
}
