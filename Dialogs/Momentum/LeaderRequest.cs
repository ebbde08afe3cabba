namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// A typed command or button press in someone's 1:1 chat with the bot, for the leader views. <see cref="PersonId"/> is
/// their Teams user id, <see cref="AadObjectId"/> what roles are checked against; <see cref="Values"/> come from the card
/// and are not trusted.
/// </summary>
public sealed record LeaderRequest(string PersonId, string? AadObjectId, string Verb, IReadOnlyDictionary<string, string> Values)
{
    public const string TeamKey = "team";

    public string? Value(string key) => Values.TryGetValue(key, out var value) ? value : null;
}
