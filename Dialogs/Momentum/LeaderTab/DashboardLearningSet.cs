using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// An action-learning set on the team tab (decision 080): when its first round opened, how many rounds it planned and
/// held, and whether it is running, finished or was ended early (<see cref="EndedAt"/>; then <see cref="RoundsHeld"/> is
/// the round it ended after). Dates and counts only: not its topic, which a person wrote.
/// </summary>
public sealed record DashboardLearningSet(DateTimeOffset FirstRoundAt, int Rounds, int RoundsHeld, string Status, DateTimeOffset? EndedAt)
{
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Ended = "ended";

    public static DashboardLearningSet Of(LearningSet set, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.EndedAt is { } ended)
        {
            return new(set.FirstRoundAt, set.Rounds, set.EndedAfterRound, Ended, ended);
        }

        return now >= set.RoundAt(set.Rounds + 1)
            ? new(set.FirstRoundAt, set.Rounds, set.Rounds, Finished, null)
            : new(set.FirstRoundAt, set.Rounds, set.OpenedRound ?? set.RoundsOpenedBy(now), Running, null);
    }
}
