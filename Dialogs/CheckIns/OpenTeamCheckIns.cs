namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The team check-ins open now for a person (<see cref="CheckInCycleLookup.TeamCyclesOpenForAsync"/>), newest first, each
/// with its team's name; and how many teams the person is in, open check-in or not (decision 082).
/// </summary>
internal sealed record OpenTeamCheckIns(IReadOnlyList<(CheckInCycle Cycle, string TeamName)> Open, int Teams);
