namespace OutcomesBot.Dialogs.Momentum.Themes;

/// <summary>
/// A theme free text can be about. <see cref="Stems"/> are lower-case word starts ("paperwork", "record" for
/// "recording") or short phrases; a text is about the theme when one of its words starts with a stem.
/// </summary>
public sealed record Theme(string Id, string Label, IReadOnlyList<string> Stems);
