using Microsoft.Data.Sqlite;

namespace OutcomesBot.Bot.Storage;

/// <summary>
/// Tells a storage failure (SQLite busy or failing, Azure Tables refusing or unreachable, an id no key can hold) from
/// other faults, so that a turn it stops gets a clear "try again" answer instead of a 500. The text never says more.
/// </summary>
public static class StorageFailures
{
    internal const string Unavailable = "I couldn't reach my storage just now, so that may not have been saved. Please try again in a moment.";
    /// <summary>
    /// In a channel or group chat the way to help names the @mention the bot needs there. It is read as a pop-up (plain
    /// text, see <see cref="Protocol.Activities.AdaptiveCardInvokeResponse.Message"/>), so the command is in quotes.
    /// </summary>
    internal static string BadKey(bool inSharedConversation) => inSharedConversation
        ? $"That card holds data I can't use, so nothing was saved. Please start again from a fresh card: {CommandHint.InSentence("\"help\"", inSharedConversation: true)}."
        : "That card holds data I can't use, so nothing was saved. Please start again from a fresh card (type \"help\").";

    public static bool IsStorageFailure(Exception exception) => Find(exception) is not null;

    /// <summary>The sentence the person sees for this failure.</summary>
    public static string MessageFor(Exception exception, bool inSharedConversation) =>
        Find(exception) is StorageKeyException ? BadKey(inSharedConversation) : Unavailable;

    // The Azure adapters' client exception (Azure.Data.Tables: a refusal or, with status 0, no answer at all; retries that
    // all failed come wrapped in an AggregateException, whose InnerException is the first of them).
    private static Exception? Find(Exception? exception) => exception switch
    {
        null => null,
        StorageKeyException or SqliteException or Azure.RequestFailedException or AzureTables.AzureConcurrencyException => exception,
        _ => Find(exception.InnerException),
    };
}
