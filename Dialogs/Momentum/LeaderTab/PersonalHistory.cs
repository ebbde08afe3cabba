namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>A person's own history page: their check-ins and finished exercises over the range, oldest first.</summary>
public sealed record PersonalHistory(string Range, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<HistoryCheckIn> CheckIns, IReadOnlyList<HistoryExercise> Exercises);
