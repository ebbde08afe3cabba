namespace OutcomesBot.TurnBench;

/// <summary>One minute of the soak: the load figures, and after it the rows of the de-duplication table (claims with
/// their stored replies) and the bot's resident memory.</summary>
public sealed record SoakMinute(int Minute, LoadResult Load, long DedupRows, long StoredReplies, double? RssMebibytes);
