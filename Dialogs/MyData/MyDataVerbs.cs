namespace OutcomesBot.Dialogs.MyData;

/// <summary>The "my data" card verbs. None of them carries data the bot trusts: the person is the sender.</summary>
public static class MyDataVerbs
{
    public const string Open = "mydata.open";
    public const string Download = "mydata.download";
    public const string Delete = "mydata.delete";
    public const string ConfirmDelete = "mydata.delete.confirm";

    /// <summary>
    /// <b>Turn back on</b> beside a group of notes the person stopped: answered with the "my data" card again, not the
    /// note's own "Notes back on" card, which left the person outside "my data" with no way back (decision 103).
    /// </summary>
    public const string NotesOn = "mydata.noteson";

    public static bool IsMyDataVerb(string verb) => verb is Open or Download or Delete or ConfirmDelete or NotesOn;
}
