namespace OutcomesBot.Dialogs.Notes;

/// <summary>The verbs of the stop on one-off notes and its undo (decision 096). The person is always the sender.</summary>
public static class NoteStopVerbs
{
    public const string Prefix = "notes.";
    public const string Stop = "notes.stop";
    public const string Resume = "notes.resume";

    /// <summary>The group's name, the only value the buttons carry; checked against <see cref="NoteGroups"/> at the press.</summary>
    public const string GroupKey = "group";
}
