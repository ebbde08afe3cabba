namespace OutcomesBot.Dialogs.Stories;

/// <summary>A press on a story card by a person known by their AAD object id (never by anything the card says).</summary>
public sealed record StoryRequest(string AuthorAadObjectId, string? AuthorName, string? TenantId, string Verb, IReadOnlyDictionary<string, string> Values);
