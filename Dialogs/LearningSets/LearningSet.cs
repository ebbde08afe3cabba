namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// An action-learning set: a small group of a team reflecting on practice together in one channel thread per round.
/// <see cref="FirstRoundAt"/> and <see cref="IntervalDays"/> fix every round's time, so a round's number follows from
/// when it fires. Members are AAD object ids.
/// </summary>
public sealed record LearningSet
{
    public required string SetId { get; init; }
    public required string TeamId { get; init; }
    public required string TenantId { get; init; }
    public required string ChannelId { get; init; }
    public required string Topic { get; init; }
    public required string StarterAadObjectId { get; init; }
    public required IReadOnlyList<string> Members { get; init; }
    public required int IntervalDays { get; init; }
    public required int Rounds { get; init; }
    public required string TimeZoneId { get; init; }
    public required DateTimeOffset FirstRoundAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a champion or leader ended the set early (decision 078); null while it runs its rounds.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The last round that opened before the set was ended (0: it ended before its first round).</summary>
    public int EndedAfterRound { get; init; }

    /// <summary>
    /// The last round the runner opened (decision 080): 0 before the first, null for a set started before rounds were
    /// recorded as they opened. An end takes it as the round the set ended after, so both agree on what was posted.
    /// </summary>
    public int? OpenedRound { get; init; }

    /// <summary>How many rounds have opened by <paramref name="now"/> (0 to Rounds).</summary>
    public int RoundsOpenedBy(DateTimeOffset now)
    {
        var opened = 0;
        while (opened < Rounds && RoundAt(opened + 1) <= now)
        {
            opened++;
        }

        return opened;
    }

    public bool IsMember(string aadObjectId) => Members.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>When round <paramref name="round"/> opens (round Rounds + 1 is when the last one closes).</summary>
    public DateTimeOffset RoundAt(int round) => FirstRoundAt.AddDays((round - 1) * IntervalDays);

    /// <summary>The round that opens at <paramref name="firedFor"/> (the nearest), from 1; Rounds + 1 is the closing.</summary>
    public int RoundFor(DateTimeOffset firedFor) =>
        1 + (int)Math.Round((firedFor - FirstRoundAt).TotalDays / IntervalDays, MidpointRounding.AwayFromZero);
}
