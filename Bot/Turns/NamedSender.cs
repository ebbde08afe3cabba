namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The sender as Teams named them on the activity (their AAD object id), for the story, learning-set and note-stop
/// commands and buttons, which act on that alone: no stored fallback (unlike <see cref="SenderAadObjectId"/>), so a
/// sender Teams did not name is told so and nothing is done.
/// </summary>
public static class NamedSender
{
    /// <summary>What a sender Teams did not name is told.</summary>
    public const string Unknown = "I couldn't tell who pressed that. Please try again in Teams.";

    /// <summary>
    /// The activity's AAD object id for a text command; when Teams left it out, tells the sender (<see cref="Unknown"/>)
    /// and gives null, and the command does nothing more.
    /// </summary>
    public static async Task<string?> AadObjectIdOrSayAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.From?.AadObjectId is { Length: > 0 } aadObjectId)
        {
            return aadObjectId;
        }

        await turn.SendTextAsync(Unknown, cancellationToken);
        return null;
    }
}
