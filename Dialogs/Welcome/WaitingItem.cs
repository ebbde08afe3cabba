namespace OutcomesBot.Dialogs.Welcome;

/// <summary>
/// Something that waits for the reader, shown on the welcome card of a 1:1 chat that opens late (decision 099): a line
/// and the button that opens where it is decided. The feature that knows what waits checks who may see it.
/// </summary>
public sealed record WaitingItem(string Text, string ButtonTitle, string Verb, IReadOnlyDictionary<string, string> Data);
