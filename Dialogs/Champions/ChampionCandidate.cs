namespace OutcomesBot.Dialogs.Champions;

/// <summary>A team member as the champions card lists them.</summary>
public sealed record ChampionCandidate(string AadObjectId, string Name, bool IsChampion);
