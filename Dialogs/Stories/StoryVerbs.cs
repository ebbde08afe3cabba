namespace OutcomesBot.Dialogs.Stories;

/// <summary>The card verbs of success stories.</summary>
public static class StoryVerbs
{
    public const string Compose = "story.compose";
    public const string Check = "story.check";
    public const string Post = "story.post";
    public const string Celebrate = "story.celebrate";
    public const string TakeDown = "story.takedown";

    /// <summary>A row of <c>my stories</c>: asks before taking the story down (decision 106); the story is checked at the press.</summary>
    public const string TakeDownAsk = "story.takedown.ask";

    /// <summary>"Keep it" on that question: back to the list, nothing changed.</summary>
    public const string KeepUp = "story.takedown.keep";
    public const string Offer = "story.offer";
    public const string Approve = "story.approve";
    public const string NotThisTime = "story.notthistime";
    public const string AskStop = "story.askstop";
    public const string AskAgain = "story.askagain";

    /// <summary>Shows the decision cards of the offers waiting in a team (decision 101); its team is checked at the press.</summary>
    public const string Waiting = "story.waiting";

    /// <summary>Stops the ask in every team the presser champions at the press (decision 084); carries no team.</summary>
    public const string AskStopAll = "story.askstopall";

    /// <summary>The team an ask for a story was for, on its stop and ask-again buttons, and on <see cref="Waiting"/> (checked at the press).</summary>
    public const string TeamKey = "team";

    /// <summary>The input on a leader's "Not this time": an optional kind word back to the author.</summary>
    public const string KindWordKey = "kindWord";

    public static bool IsStoryVerb(string verb) => verb is Compose or Check or Post or Celebrate or TakeDown or Offer or Approve or NotThisTime;
}
