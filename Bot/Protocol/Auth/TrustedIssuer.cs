namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>An issuer the bot accepts, with the metadata document that holds its signing keys.</summary>
internal sealed record TrustedIssuer(TokenIssuerKind Kind, string Issuer, string MetadataUrl);
