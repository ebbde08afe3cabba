namespace OutcomesBot.Dialogs.Welcome;

/// <summary>The Action.Execute verbs on the welcome and help cards.</summary>
public static class WelcomeVerbs
{
    public const string ShowWelcome = "welcome.show";
    public const string ShowHelp = "help.show";
    public const string OpenExercises = "exercises.open";
    public const string OpenCheckIn = "checkin.open";
    public const string OpenMomentum = "momentum.open";
    public const string OpenStories = "stories.open";
}
