namespace OutcomesBot.Dialogs.People;

/// <summary>Roles named in configuration, for tenants where Graph cannot be read. Bound from the <c>Roles</c> section.</summary>
public sealed class RoleOptions
{
    public const string Section = "Roles";

    /// <summary>AAD object ids of people who lead every team whose roster holds them (never a team they are not in).</summary>
    public List<string> Leaders { get; set; } = [];
}
