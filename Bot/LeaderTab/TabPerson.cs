using System.Security.Claims;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>The signed-in person, from the validated token only: their AAD object id (oid) and tenant (tid, null in development sign-in).</summary>
public sealed record TabPerson(string AadObjectId, string? TenantId)
{
    public const string ObjectIdClaim = "oid";
    public const string TenantIdClaim = "tid";

    public static TabPerson? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var oid = user.FindFirst(ObjectIdClaim)?.Value;
        return string.IsNullOrWhiteSpace(oid) ? null : new TabPerson(oid, user.FindFirst(TenantIdClaim)?.Value);
    }
}
