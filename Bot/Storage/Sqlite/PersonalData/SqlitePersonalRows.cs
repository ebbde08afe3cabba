namespace OutcomesBot.Bot.Storage.Sqlite.PersonalData;

/// <summary>
/// One table's part in a personal-data source. <see cref="PersonFilter"/> selects the person's rows with the
/// parameters <c>$teams</c> (Teams user id) and <c>$aad</c> (AAD object id, may be null); <see cref="RetentionFilter"/>,
/// when the table holds raw answers, selects the rows older than <c>$cutoff</c>. Both are fixed SQL written in
/// <see cref="SqlitePersonalDataSources"/>, never built from input. <see cref="UnlinkSet"/>, when given, is the SET clause
/// that removes the person from a row the team keeps (a rhythm, a learning set) instead of deleting the row. An empty
/// <see cref="ExportName"/> marks copies of what another part exports (a card waiting to carry the person's words):
/// deleted with the person, never exported twice. <see cref="KeepWhere"/>, when given, selects among the person's rows
/// those a delete leaves, bared by the SET clause <see cref="KeepSet"/> in the same transaction (a stop the person made,
/// decisions 079 and 084), or left as they are when there is no SET clause (a row that holds the stop alone, decision
/// 104); both may use <c>$now</c>.
/// </summary>
public sealed record SqlitePersonalRows(
    string Table, string ExportName, string PersonFilter, string? RetentionFilter = null, string? UnlinkSet = null, string? KeepWhere = null, string? KeepSet = null);
