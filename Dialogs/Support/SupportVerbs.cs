namespace OutcomesBot.Dialogs.Support;

/// <summary>The Action.Execute verbs of the support cards and the data keys they carry.</summary>
public static class SupportVerbs
{
    public const string Choose = "support.choose";
    public const string Ask = "support.ask";
    public const string Seen = "support.seen";
    public const string Done = "support.done";
    public const string List = "support.list";

    /// <summary>The check-in cycle whose answer asked for support.</summary>
    public const string CycleKey = "cycle";

    /// <summary>The input: the AAD object id of the person picked, or <see cref="Anonymous"/>.</summary>
    public const string ToKey = "support-to";

    /// <summary>The input: what the person would like support with (optional, personal).</summary>
    public const string AboutKey = "support-about";

    /// <summary>The input on a large team's card: the name of someone not listed, found on the server (decision 064).</summary>
    public const string NameKey = "support-name";

    public const string RequestKey = "request";

    public const string Anonymous = "anonymous";

    public static bool IsSupportVerb(string verb) => verb is Choose or Ask or Seen or Done or List;
}
