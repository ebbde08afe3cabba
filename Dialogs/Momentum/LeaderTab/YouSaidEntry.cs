namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>A "you said, we did" response on the timeline: when, the anonymous themes it answered (labels), and how many it reached. The leader's own words stay in the chat.</summary>
public sealed record YouSaidEntry(DateTimeOffset SentAt, IReadOnlyList<string> Themes, int Recipients);
