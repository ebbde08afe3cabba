namespace OutcomesBot.Dialogs.People;

/// <summary>Keeps the people the bot has met.</summary>
public interface IPersonStore
{
    /// <summary>
    /// Records that a person was seen: a new person is added; for a known one, the name, object id, tenant and
    /// time zone are refreshed when given (null keeps the stored value) and the first-seen time is kept
    /// (<see cref="Person.Merge"/>). Returns the person as stored after the sighting.
    /// </summary>
    Task<Person> UpsertAsync(Person person, CancellationToken cancellationToken);

    /// <summary>The person with that Teams user id, or null.</summary>
    Task<Person?> GetAsync(string teamsUserId, CancellationToken cancellationToken);

    /// <summary>
    /// The people with those Teams user ids, by id, read together (decision 092: the check-in fan-out asks for a hundred
    /// members at a time); an id with no person stored is left out, and an id given twice is read once.
    /// </summary>
    Task<IReadOnlyDictionary<string, Person>> GetManyAsync(IReadOnlyCollection<string> teamsUserIds, CancellationToken cancellationToken);

    /// <summary>The person with that AAD object id (the most recently seen one when several match), or null.</summary>
    Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken);
}
