namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// How a team's check-in cycle reached people, as a leader may see it: numbers only, never who. Waiting is queued or
/// being sent; Skipped was not sent because it was no longer wanted (the person paused, opted out or answered).
/// </summary>
public sealed record CheckInCycleCounts(int Sent, int Waiting, int Unreachable, int Failed, int Skipped);
