namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// A stop the delete keeps, as its cards say it: <paramref name="Words"/> follow "I keep one thing:", and
/// <paramref name="Undo"/> is the button the words name, which the result card carries (decision 103: it said "Press
/// Resume check-ins" with no such button on it); null when the words name a command to type instead (decision 104).
/// </summary>
public sealed record KeptStop(string Words, ExecuteAction? Undo = null);
