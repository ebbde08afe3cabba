using OutcomesBot.Dialogs.Momentum.Themes;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// What a team said in its last check-in cycle, as anonymous themes only. The themes are empty unless
/// <see cref="Answered"/> reached <see cref="MinimumAnswers"/>.
/// </summary>
public sealed record CycleThemes(string? CycleId, DateTimeOffset? OpenedAt, int Answered, int MinimumAnswers, ThemeSummary WentWell, ThemeSummary Barriers, ThemeSummary Support)
{
    public bool Enough => Answered >= MinimumAnswers;

    /// <summary>The ids of the barrier and support themes shown, which a response answers.</summary>
    public IReadOnlyList<string> AnsweredThemeIds =>
        Barriers.Shown.Concat(Support.Shown).Select(t => t.ThemeId).Distinct(StringComparer.Ordinal).ToList();
}
