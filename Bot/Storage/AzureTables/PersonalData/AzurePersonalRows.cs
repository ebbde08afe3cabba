using Azure.Data.Tables;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// One table's part in a personal-data source on Azure Tables. The person's rows are those stamped with their ids
/// (<see cref="AzurePersonalStamp"/>), found with one filtered query over the table, unless <see cref="Find"/> gives a
/// store-specific way (rows that list several people). <see cref="Unlink"/>, when given, returns the row the team keeps
/// without the person (null: delete it after all), as SQLite's UnlinkSet does. Rows stamped with
/// <see cref="AzurePersonalStamp.RetainFromTicks"/> are raw answers, removed by the retention job. An empty
/// <see cref="ExportName"/> marks copies (a team's copy of an answer) that are deleted and purged but exported once,
/// through the part holding what they copy. <see cref="Keep"/>, when given, returns the row a delete leaves in place of
/// one of the person's rows at the given time, bare and still stamped with them (a stop they made, decisions 079 and
/// 084), or null to delete it: the row is replaced, never deleted and written again, so no crash can lose it.
/// </summary>
public sealed record AzurePersonalRows(
    string Table,
    string ExportName,
    Func<AzureTable, PersonIdentity, CancellationToken, Task<IReadOnlyList<TableEntity>>>? Find = null,
    Func<TableEntity, PersonIdentity, TableEntity?>? Unlink = null,
    Func<TableEntity, DateTimeOffset, TableEntity?>? Keep = null);
