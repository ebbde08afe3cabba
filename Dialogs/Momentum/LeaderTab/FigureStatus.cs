namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// Whether a figure from answers can be shown. <see cref="Hidden"/>: some answered, but fewer than the threshold, so the
/// figure is withheld (and must be shown as hidden, never as zero); <see cref="None"/>: nobody answered at all.
/// </summary>
public static class FigureStatus
{
    public const string Shown = "shown";
    public const string Hidden = "hidden";
    public const string None = "none";
}
