namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// Cuts what an activity (or a stored value that came from one) carries before it goes into a log line: ids, types,
/// hosts. A caller controls these strings, and a 200 kB "id" must not become a 200 kB log entry.
/// </summary>
public static class LoggedValue
{
    /// <summary>Longer than any Teams id (a channel thread id with its message id is about 90 characters).</summary>
    public const int MaxLength = 128;

    /// <summary>The value itself when short, else its first <see cref="MaxLength"/> characters and "…(N chars)".</summary>
    public static string? Cut(string? value) =>
        value is null || value.Length <= MaxLength ? value : $"{value[..MaxLength]}…({value.Length} chars)";
}
