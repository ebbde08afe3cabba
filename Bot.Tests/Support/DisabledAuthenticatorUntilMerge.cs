using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.Tests.Support;

// TEMPORARY: stands in until the JWT validator branch is merged; removed then.
internal sealed class DisabledAuthenticatorUntilMerge : IRequestAuthenticator
{
    public ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AuthenticationOutcome.Disabled());
}
