namespace OutcomesBot.Dialogs.Champions;

/// <summary>
/// That someone was a champion of a team when they left it (decisions 087, 091): their AAD object id (lower case), whether
/// the team's leaders were told they are back, when they left and when the leaders were told. The times are null on a
/// note written before decision 091.
/// </summary>
public sealed record FormerChampion(string AadObjectId, bool Told, DateTimeOffset? LeftAt, DateTimeOffset? BackAt);
