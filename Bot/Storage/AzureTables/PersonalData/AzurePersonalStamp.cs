using Azure.Data.Tables;

namespace OutcomesBot.Bot.Storage.AzureTables.PersonalData;

/// <summary>
/// Marks an entity as being about one person, so that "my data" finds it in any partition with one filtered query per
/// table, and (with <see cref="RetainFromTicks"/>) as a raw answer the retention job removes once it is old enough.
/// Every entity that names a person gets the mark, pointer rows included (docs/decisions/016).
/// </summary>
internal static class AzurePersonalStamp
{
    /// <summary>The person's Teams user id (29:...).</summary>
    public const string PersonId = "PersonId";

    /// <summary>The person's AAD object id, lower-cased.</summary>
    public const string PersonAad = "PersonAad";

    /// <summary>UTC ticks from which the retention period counts; rows without it are never purged by age.</summary>
    public const string RetainFromTicks = "RetainFromTicks";

    /// <summary>Stamps the entity with who it is about (either id may be null) and, for raw answers, when retention starts.</summary>
    public static TableEntity AboutPerson(this TableEntity entity, string? teamsUserId, string? aadObjectId, DateTimeOffset? retainFrom = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!string.IsNullOrWhiteSpace(teamsUserId))
        {
            entity[PersonId] = (teamsUserId);
        }

        if (!string.IsNullOrWhiteSpace(aadObjectId))
        {
            entity[PersonAad] = (aadObjectId.ToLowerInvariant());
        }

        if (retainFrom is { } from)
        {
            entity[RetainFromTicks] = (from.UtcTicks);
        }

        return entity;
    }

    /// <summary>Removes the person marks (after the person is unlinked from a row the team keeps).</summary>
    public static void RemovePersonMarks(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Remove(PersonId);
        entity.Remove(PersonAad);
    }
}
