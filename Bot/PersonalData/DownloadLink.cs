using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>A stored download link: the SHA-256 of its token (hex), never the token, and whose export it opens.</summary>
public sealed record DownloadLink(string TokenHash, PersonIdentity Person, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
