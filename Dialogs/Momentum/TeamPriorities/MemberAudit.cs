namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>One member's finished training-priorities audit: who (only to keep each person's latest), when, and which areas they rated a priority.</summary>
public sealed record MemberAudit(string MemberId, DateTimeOffset CompletedAt, IReadOnlySet<string> Priorities);
