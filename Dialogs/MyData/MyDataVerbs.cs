namespace OutcomesBot.Dialogs.MyData;

/// <summary>The "my data" card verbs. None of them carries data the bot trusts: the person is the sender.</summary>
public static class MyDataVerbs
{
    public const string Open = "mydata.open";
    public const string Download = "mydata.download";
    public const string Delete = "mydata.delete";
    public const string ConfirmDelete = "mydata.delete.confirm";

    public static bool IsMyDataVerb(string verb) => verb is Open or Download or Delete or ConfirmDelete;
}
