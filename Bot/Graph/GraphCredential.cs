using Azure.Core;

namespace OutcomesBot.Bot.Graph;

/// <summary>The app's credential for Graph; <see cref="Credential"/> is null in local development (no app id), where Graph is off.</summary>
public sealed record GraphCredential(TokenCredential? Credential);
