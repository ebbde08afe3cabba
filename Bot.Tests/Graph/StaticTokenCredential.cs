using Azure.Core;

namespace OutcomesBot.Bot.Tests.Graph;

/// <summary>A credential that hands out a fixed token, so the real Graph client can talk to the fake Graph without Entra.</summary>
public sealed class StaticTokenCredential : TokenCredential
{
    private static readonly AccessToken Token = new("fake-graph-token", DateTimeOffset.MaxValue);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => Token;

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => ValueTask.FromResult(Token);
}
