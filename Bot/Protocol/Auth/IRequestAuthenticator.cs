using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// Decides whether an incoming request to /api/messages may be processed, from its Authorization header
/// and the activity it carries (the token's serviceurl claim must match the activity's serviceUrl).
/// </summary>
public interface IRequestAuthenticator
{
    /// <summary>Validates the bearer token; never throws for a bad token, it answers with the outcome.</summary>
    ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
