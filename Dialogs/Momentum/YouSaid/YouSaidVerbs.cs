namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>The "you said, we did" card verbs and data keys.</summary>
public static class YouSaidVerbs
{
    public const string Open = "yousaid.open";
    public const string Team = "yousaid.team";
    public const string Preview = "yousaid.preview";
    public const string Edit = "yousaid.edit";
    public const string Send = "yousaid.send";

    public const string ResponseKey = "response";
    public const string ResponseIdKey = "responseId";

    public const int MaxLength = 1500;

    public static bool IsYouSaidVerb(string verb) => verb is Open or Team or Preview or Edit or Send;
}
