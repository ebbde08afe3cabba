namespace OutcomesBot.Dialogs.Momentum.Themes;

/// <summary>How many answers touched on a theme.</summary>
public sealed record ThemeCount(string ThemeId, string Label, int Count);
