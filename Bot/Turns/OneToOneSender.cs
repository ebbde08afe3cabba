namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The sender of a 1:1 activity, as the personal handlers build their dialog requests from it: their Teams id, what is
/// stored for them (time zone, tenant, name; read once a turn, see <see cref="TurnContext.StoredPersonAsync"/>) and their
/// AAD object id, the one on the activity or, when Teams left it out, the stored one (<see cref="SenderAadObjectId"/>).
/// </summary>
public sealed record OneToOneSender(string PersonId, Person? Stored, string? AadObjectId)
{
    public static async Task<OneToOneSender> ReadAsync(TurnContext turn, IPersonStore people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var personId = turn.PersonalSender;
        var stored = await turn.StoredPersonAsync(people, personId, cancellationToken);
        return new OneToOneSender(personId, stored, SenderAadObjectId.Of(turn, stored));
    }
}
