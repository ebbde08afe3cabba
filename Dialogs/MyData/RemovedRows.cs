namespace OutcomesBot.Dialogs.MyData;

/// <summary>How many rows one personal-data source removed for a person.</summary>
public sealed record RemovedRows(string Source, int Count);
