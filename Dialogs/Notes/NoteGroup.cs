namespace OutcomesBot.Dialogs.Notes;

/// <summary>
/// A kind of one-off 1:1 note a person can stop (decision 096): its name on the wire and in the store, the words a card
/// uses for it ("notes about ..."), and the outbox kinds it covers.
/// </summary>
public sealed record NoteGroup(string Name, string Title, string About, IReadOnlyList<string> Kinds);
