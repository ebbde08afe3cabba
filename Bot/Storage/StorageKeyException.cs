namespace OutcomesBot.Bot.Storage;

/// <summary>
/// An id that cannot become part of a storage key (too long, or characters no key may hold). It comes from outside,
/// typically a card's data, so it is bad input: the person gets a clear answer and nothing is stored.
/// </summary>
public sealed class StorageKeyException : ArgumentException
{
    public StorageKeyException()
    {
    }

    public StorageKeyException(string message)
        : base(message)
    {
    }

    public StorageKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
