namespace OutcomesBot.Dialogs.Support;

/// <summary>At most <see cref="Max"/> presses in any stretch of <see cref="Window"/>, counted back from each press.</summary>
public sealed record PressBudget(int Max, TimeSpan Window);
