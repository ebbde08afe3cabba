namespace OutcomesBot.Dialogs.Champions;

/// <summary>
/// Who was a champion of a team when they left it (decision 087): the team, the person's AAD object id (lower case),
/// whether the team's leaders have been told they are back, and when (decision 091), nothing else. The team store writes
/// it when it takes a champion off the roster (a sync, or Teams saying they left); it is the person's data (their team
/// memberships).
/// </summary>
public interface IFormerChampions
{
    /// <summary>Every former champion of the team, told or not, by AAD object id.</summary>
    Task<IReadOnlyList<FormerChampion>> ListAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Records that the team's leaders were told <paramref name="at"/> that the person is back; false when it was recorded already.</summary>
    Task<bool> MarkToldAsync(string teamId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Forgets that the person was a champion of the team (they were named again, or a leader chose not to).</summary>
    Task ForgetAsync(string teamId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets, in every team, the notes whose last event (the leaving, or the leaders told of the return) is before
    /// <paramref name="cutoff"/>; a note with no time yet (written before decision 091) is dated now, so it goes one period
    /// later. Returns how many were forgotten.
    /// </summary>
    Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
