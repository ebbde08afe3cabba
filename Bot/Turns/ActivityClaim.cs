namespace OutcomesBot.Bot.Turns;

/// <summary>The answer to a claim: this request processes the activity, another already did, or is doing it now.</summary>
public sealed record ActivityClaim(ActivityClaimStatus Status, string? StoredResponseJson = null)
{
    public static ActivityClaim Claimed { get; } = new(ActivityClaimStatus.Claimed);

    public static ActivityClaim InProgress { get; } = new(ActivityClaimStatus.InProgress);

    public static ActivityClaim Completed(string? responseJson) => new(ActivityClaimStatus.Completed, responseJson);
}
