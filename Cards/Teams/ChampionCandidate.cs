namespace OutcomesBot.Cards.Teams;

/// <summary>A team member as the champions card lists them.</summary>
public sealed record ChampionCandidate(string AadObjectId, string Name, bool IsChampion);
