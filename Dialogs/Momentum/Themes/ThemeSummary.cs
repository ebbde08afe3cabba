namespace OutcomesBot.Dialogs.Momentum.Themes;

/// <summary>
/// Anonymous themes of a set of answers. Each answer counts at most once per theme. A theme fewer than
/// <see cref="MinimumPerTheme"/> answers touched is not named: those answers join <see cref="Other"/> (answers with text
/// that fit no named theme), so that one or two people cannot be singled out by what they wrote about.
/// </summary>
public sealed record ThemeSummary(IReadOnlyList<ThemeCount> Shown, int Other, int AnswersWithText)
{
    public const int MinimumPerTheme = 3;

    public static ThemeSummary Empty { get; } = new([], 0, 0);

    public static ThemeSummary From(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var classified = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(ThemeClassifier.Classify).ToList();
        var counts = ThemeCatalog.All
            .Select(theme => new ThemeCount(theme.Id, theme.Label, classified.Count(ids => ids.Contains(theme.Id))))
            .Where(count => count.Count >= MinimumPerTheme)
            .OrderByDescending(count => count.Count)
            .ToList();
        var shownIds = counts.Select(c => c.ThemeId).ToHashSet(StringComparer.Ordinal);
        var other = classified.Count(ids => !ids.Any(shownIds.Contains));
        return new ThemeSummary(counts, other, classified.Count);
    }
}
