namespace OutcomesBot.Scheduler.Delivery;

/// <summary>A claimed message's lease was ending before it could be sent; it is left for the next claim.</summary>
public sealed class LeaseExpiredException : Exception
{
    public LeaseExpiredException()
        : base("The outbox claim's lease was ending before the message could be sent.")
    {
    }

    public LeaseExpiredException(string message)
        : base(message)
    {
    }

    public LeaseExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
