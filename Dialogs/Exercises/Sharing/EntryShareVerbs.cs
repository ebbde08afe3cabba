namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>The Action.Execute verbs of "send this entry to one person" and the data keys they carry.</summary>
public static class EntryShareVerbs
{
    /// <summary>Shows who the entry can be sent to.</summary>
    public const string Pick = "entry.send.pick";

    /// <summary>Shows the preview of exactly what the picked person will get.</summary>
    public const string Preview = "entry.send.preview";

    /// <summary>Sends it (everything is checked again on the server).</summary>
    public const string Send = "entry.send.confirm";

    /// <summary>The input (and, on the preview's Send, the data): the AAD object id of the person picked.</summary>
    public const string ToKey = "entry-to";

    /// <summary>The input on a large team's card: the name of someone not listed, found on the server (decision 064).</summary>
    public const string NameKey = "entry-name";

    public static bool IsEntryShareVerb(string verb) => verb is Pick or Preview or Send;
}
