namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// Keeps the "you said, we did" themes a team's leaders were shown, one row per team and closed cycle (or finished week),
/// so that every later look shows the same: a deleted answer or the look-back moving on cannot change them.
/// Anonymous aggregates: counts only, nobody's id and nobody's words.
/// </summary>
public interface IShownThemesStore
{
    /// <summary>Keeps the themes, unless the team has some kept for the same cycle or week already (then false, and those stay).</summary>
    Task<bool> TryAddAsync(string teamId, ShownThemes themes, CancellationToken cancellationToken);

    /// <summary>The themes kept for the team and <paramref name="shownFor"/> (<see cref="ShownThemes.ForCycle"/>, <see cref="ShownThemes.ForWeek"/>), or null.</summary>
    Task<ShownThemes?> GetAsync(string teamId, string shownFor, CancellationToken cancellationToken);
}
