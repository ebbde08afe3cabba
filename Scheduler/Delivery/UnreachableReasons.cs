namespace OutcomesBot.Scheduler.Delivery;

/// <summary>
/// The reason codes the bot itself records with an unreachable mark (<see cref="IReachability"/>), beside the connector's
/// own codes: here, so that the turn that sees the app removed (Bot/Turns) and the sender that finds the chat removed
/// (Bot/Delivery) name one code without either depending on the other.
/// </summary>
public static class UnreachableReasons
{
    /// <summary>The person removed the app from their 1:1 chat.</summary>
    public const string Uninstalled = "Uninstalled";
}
