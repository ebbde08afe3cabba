namespace OutcomesBot.Dialogs.Support;

/// <summary>Whether a typed name may be looked up now, and if not, which budget is spent (decisions 082 and 085).</summary>
public enum NameLookUpAllowance
{
    Allowed,

    /// <summary>Ten look-ups in the last minute: the next one a minute on.</summary>
    WaitAMinute,

    /// <summary>The hour's budget is spent: the next one within the hour.</summary>
    WaitAnHour,
}
