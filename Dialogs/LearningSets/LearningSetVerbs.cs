namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>The card verbs of action-learning sets.</summary>
public static class LearningSetVerbs
{
    public const string Open = "learning.open";
    public const string Start = "learning.start";
    public const string Answer = "learning.answer";
    public const string SaveAnswer = "learning.answer.save";
    public const string WithdrawAnswer = "learning.answer.withdraw";
    public const string StartNow = "learning.startnow";
    public const string End = "learning.end";

    public static bool IsLearningVerb(string verb) => verb is Open or Start or Answer or SaveAnswer or WithdrawAnswer or StartNow or End;
}
