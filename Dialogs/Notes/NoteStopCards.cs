using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Notes;

/// <summary>The stop on one-off notes, its answer with its undo, and the list of stopped groups on "my data" (decision 096).</summary>
public static class NoteStopCards
{
    public const string StopButton = "Stop notes like this";
    public const string UndoButton = "Undo";
    public const string TurnBackOnButton = "Turn back on";
    public const string StoppedTitle = "No more notes like this";
    public const string ListTitle = "Notes you stopped";

    public const string RefusedText =
        "I don't know that kind of note, so I stopped nothing. Use **Stop notes like this** on a note I sent you.";

    /// <summary>The small button every note of <paramref name="group"/> carries as it goes.</summary>
    public static ExecuteAction StopAction(NoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return CardActions.Execute(StopButton, NoteStopVerbs.Stop, Data(group));
    }

    public static AdaptiveCard Stopped(NoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return FullWidthCard.Titled(StoppedTitle,
            $"I won't send you notes about {group.About} any more. Check-ins and what you ask for still come. "
                + $"Changed your mind? Press **{UndoButton}**, or type **my data**.",
            CardActions.Execute(UndoButton, NoteStopVerbs.Resume, Data(group)));
    }

    public static AdaptiveCard Resumed(NoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return FullWidthCard.Titled("Notes back on", $"I'll send you notes about {group.About} again.", StopAction(group));
    }

    public static AdaptiveCard Refused() => FullWidthCard.Saying(RefusedText);

    /// <summary>What the "my data" card says after <see cref="TurnBackOnButton"/>.</summary>
    public static string BackOnText(NoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"Notes about {group.About} are back on.";
    }

    public const string NotTurnedBackOnText = "I don't know that kind of note, so nothing was changed.";

    /// <summary>The groups the person stopped, each with its own <see cref="TurnBackOnButton"/>; nothing when none.</summary>
    public static IReadOnlyList<CardElement> StoppedList(IReadOnlyList<NoteGroup> stopped)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        if (stopped.Count == 0)
        {
            return [];
        }

        List<CardElement> list = [new TextBlock(ListTitle) { Weight = "Bolder" }];
        list.AddRange(stopped.Select(group => LineWithButton.Of(group.Title, CardActions.Execute(TurnBackOnButton, MyDataVerbs.NotesOn, Data(group)))));
        return list;
    }

    private static Dictionary<string, string> Data(NoteGroup group) => new() { [NoteStopVerbs.GroupKey] = group.Name };
}
