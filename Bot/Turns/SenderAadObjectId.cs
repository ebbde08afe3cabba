namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The sender's AAD object id, which the roster, role and membership checks key on: the one on the authenticated
/// activity or, when Teams left it out, the one stored for the person from an earlier activity.
/// </summary>
public static class SenderAadObjectId
{
    /// <summary>The activity's AAD object id, else <paramref name="stored"/>'s.</summary>
    public static string? Of(TurnContext turn, Person? stored)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Activity.From?.AadObjectId is { } sent && !string.IsNullOrWhiteSpace(sent) ? sent : stored?.AadObjectId;
    }

    /// <summary>The activity's AAD object id, else the one stored for <paramref name="personId"/> (read only when needed).</summary>
    public static async Task<string?> OfAsync(TurnContext turn, IPersonStore people, string personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        return Of(turn, stored: null) ?? (await turn.StoredPersonAsync(people, personId, cancellationToken))?.AadObjectId;
    }
}
