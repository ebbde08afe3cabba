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
/// through the part holding what they copy.
/// </summary>
public sealed record AzurePersonalRows(
    string Table,
    string ExportName,
    Func<AzureTable, PersonIdentity, CancellationToken, Task<IReadOnlyList<TableEntity>>>? Find = null,
    Func<TableEntity, PersonIdentity, TableEntity?>? Unlink = null);
