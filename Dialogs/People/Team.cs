namespace OutcomesBot.Dialogs.People;

/// <summary>A Microsoft Teams team the app is installed in. <see cref="ServiceUrl"/> is where its connector lives.</summary>
public sealed record Team
{
    public required string TeamId { get; init; }
    public required string TenantId { get; init; }
    public required string ServiceUrl { get; init; }
    public string? Name { get; init; }

    /// <summary>The Graph group id (the team's AAD group), when known; Graph calls need it, the connector does not.</summary>
    public string? AadGroupId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
