using System.Globalization;
using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The rows of the outbox table. A cycle is one partition: a message row "m|{recipient}|{kind}" (its row key is the
/// idempotency key) and one due row "due|{ticks}|{outbox id}" per unfinished message, so a message and its place in the
/// due order change together in one entity group transaction. Partition "open" lists the cycles that have due rows.
/// </summary>
internal static class AzureOutboxRows
{
    public const string OpenPartition = "open";
    public const string DuePrefix = "due|";
    public const string MessagePrefix = "m|";
    public const string StatusProperty = "Status";
    public const string DueKeyProperty = "DueKey";
    public const string MessageKeyProperty = "Message";
    public const string UnreadableProperty = "Unreadable";

    /// <summary>On a waiting message whose card carries someone's words: their Teams user id and lowered AAD object id.</summary>
    public const string WriterIdProperty = "WriterId";
    public const string WriterAadProperty = "WriterAad";

    public static string Partition(string cycleId) => PartitionOfOpenRow(AzureKeys.Escape(cycleId));

    /// <summary>The cycle partition named by a row of the "open" partition (whose key is the escaped cycle id).</summary>
    public static string PartitionOfOpenRow(string openRowKey) => "c" + AzureKeys.Separator + openRowKey;

    public static string MessageKey(OutboxMessage message) => MessagePrefix + AzureKeys.Join(message.RecipientId, message.Kind);

    public static string DueKey(OutboxMessage message) =>
        DuePrefix + AzureKeys.Time(message.NextAttemptAt) + AzureKeys.Separator + AzureKeys.Escape(message.OutboxId);

    /// <summary>Row keys of due rows whose time is at or before <paramref name="now"/> sort before this one.</summary>
    public static string DueAfter(DateTimeOffset now) => DuePrefix + AzureKeys.Time(now) + "}";

    public static DateTimeOffset DueTime(string dueKey) =>
        new(long.Parse(dueKey.AsSpan(DuePrefix.Length, 19), CultureInfo.InvariantCulture), TimeSpan.Zero);

    public static TableEntity Message(OutboxMessage message)
    {
        // A finished message keeps no copy of its card, nor who wrote it, as on SQLite (decisions 047 and 051): a card may
        // carry one person's words to another, and nothing reads it once it is no longer due.
        var entity = AzureData.Entity(
            Partition(message.CycleId), MessageKey(message), IsUnfinished(message.Status) ? message : message with { CardJson = "", WriterId = null, WriterAadObjectId = null });
        entity[StatusProperty] = (message.Status.ToString());
        if (IsUnfinished(message.Status))
        {
            entity[DueKeyProperty] = (DueKey(message));
            StampWriter(entity, message);
        }

        // Retention starts only once the message is finished: one still waiting or being sent is never purged (as SQLite's).
        return entity.AboutPerson(PersonOf(message), null, IsUnfinished(message.Status) ? null : message.CreatedAt);
    }

    // The writer's ids as properties of their own, so that their "delete my data" finds the card with one filter.
    private static void StampWriter(TableEntity entity, OutboxMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.WriterId))
        {
            entity[WriterIdProperty] = message.WriterId;
        }

        if (!string.IsNullOrWhiteSpace(message.WriterAadObjectId))
        {
            entity[WriterAadProperty] = message.WriterAadObjectId.ToLowerInvariant();
        }
    }

    /// <summary>
    /// The unfinished (Pending or Sending) messages whose cards carry the person's words (decision 051). A send already
    /// under way still reaches Teams, but finds no row to record its result in, so it is never retried or sent again;
    /// the due row of a deleted message is dropped by the next claim.
    /// </summary>
    public static async Task<IReadOnlyList<TableEntity>> WrittenByAsync(AzureTable outbox, PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(person);
        var byWriter = AzureFilters.Compare(WriterIdProperty, "eq", person.TeamsUserId);
        if (!string.IsNullOrWhiteSpace(person.AadObjectId))
        {
            byWriter = AzureFilters.Or(byWriter, AzureFilters.Compare(WriterAadProperty, "eq", person.AadObjectId.ToLowerInvariant()));
        }

        var unfinished = AzureFilters.Or(
            AzureFilters.Compare(StatusProperty, "eq", nameof(OutboxStatus.Pending)), AzureFilters.Compare(StatusProperty, "eq", nameof(OutboxStatus.Sending)));
        return await outbox.QueryAsync(AzureFilters.And(unfinished, byWriter), cancellationToken);
    }

    public static TableEntity Due(OutboxMessage message) =>
        new TableEntity(Partition(message.CycleId), DueKey(message)) { [MessageKeyProperty] = MessageKey(message) }
            .AboutPerson(PersonOf(message), null);

    // A channel post's recipient is the channel, which names nobody.
    private static string? PersonOf(OutboxMessage message) => message.ChannelConversationId is null ? message.RecipientId : null;

    public static string? DueKeyOf(TableEntity message) =>
        message.GetString(DueKeyProperty);

    /// <summary>The stored message, or null when its data cannot be read (corrupt JSON, a record that no longer fits).</summary>
    public static OutboxMessage? TryRead(TableEntity stored)
    {
        try
        {
            return AzureData.Read<OutboxMessage>(stored);
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Marks an unreadable message Failed (If-Match the ETag read) and drops its due row; its data stays as it was.</summary>
    public static List<TableTransactionAction> FailUnreadable(TableEntity stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var failed = new TableEntity(stored.PartitionKey, stored.RowKey) { ETag = stored.ETag };
        foreach (var property in stored.Where(property => property.Key != DueKeyProperty && !IsSystemProperty(property.Key)))
        {
            failed[property.Key] = property.Value;
        }

        failed[StatusProperty] = nameof(OutboxStatus.Failed);
        failed[UnreadableProperty] = true;
        var batch = new List<TableTransactionAction> { AzureWrite.Replace(failed) };
        if (DueKeyOf(stored) is { } due)
        {
            batch.Add(AzureWrite.DeleteAny(stored.PartitionKey, due));
        }

        return batch;
    }

    // A TableEntity read back also holds its keys, Timestamp and ETag (odata.etag) as dictionary entries.
    private static bool IsSystemProperty(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" or "ETag";

    public static bool IsUnfinished(OutboxStatus status) => status is OutboxStatus.Pending or OutboxStatus.Sending;

    /// <summary>
    /// The operations that replace <paramref name="stored"/> (If-Match its ETag) with <paramref name="next"/> and move
    /// its due row accordingly: dropped when the message is finished, moved when its time changed.
    /// </summary>
    public static List<TableTransactionAction> Transition(TableEntity stored, OutboxMessage next)
    {
        var replacement = Message(next);
        replacement.ETag = stored.ETag;
        var batch = new List<TableTransactionAction> { AzureWrite.Replace(replacement) };
        var oldDue = DueKeyOf(stored);
        var newDue = DueKeyOf(replacement);
        if (oldDue == newDue && newDue is not null)
        {
            return batch;
        }

        if (oldDue is not null)
        {
            batch.Add(AzureWrite.DeleteAny(stored.PartitionKey, oldDue));
        }

        if (newDue is not null)
        {
            batch.Add(AzureWrite.Insert(Due(next)));
        }

        return batch;
    }
}
