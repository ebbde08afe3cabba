namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// A change-readiness condition: the pulse statement, what a leader can do about it, its mean over the range's shown
/// months (null when no month could be shown) and whether it is one of the weakest.
/// </summary>
public sealed record PulseCondition(string Id, string Statement, string Advice, double? RangeMean, bool Weakest);
