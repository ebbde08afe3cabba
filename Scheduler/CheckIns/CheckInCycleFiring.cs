namespace OutcomesBot.Scheduler.CheckIns;

/// <summary>One firing of a team's check-in cycle: the slot it was scheduled for and when it actually ran.</summary>
public sealed record CheckInCycleFiring(string TeamId, DateTimeOffset ScheduledFor, DateTimeOffset FiredAt, string FireInstanceId);
