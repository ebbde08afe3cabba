namespace OutcomesBot.Dialogs.Welcome;

/// <summary>
/// The one list of commands: the help card, the manifest's command lists (held to it by a test) and the text handlers
/// (which match through it) all read it. Descriptions say only what the bot does today.
/// </summary>
public static class CommandCatalog
{
    private const CommandScopes PersonalOnly = CommandScopes.Personal;

    public static BotCommand Help { get; } = new("help", "Show this list of commands.", CommandAudience.Everyone, CommandScopes.Everywhere, ["help", "?", "commands", "menu"]);

    public static BotCommand Exercises { get; } = new("exercises", "Pick an exercise from the guide and work through it at your own pace.", CommandAudience.Everyone, PersonalOnly, ["exercises", "exercise"]);

    public static BotCommand MyLog { get; } = new("my log", "Read the entries of your learning log.", CommandAudience.Everyone, PersonalOnly, ["my log", "learning log", "log"]);

    public static BotCommand MyQuestions { get; } = new("my questions", "Read your question bank from the asking-questions exercise.", CommandAudience.Everyone, PersonalOnly, ["my questions", "question bank"]);

    public static BotCommand CheckIn { get; } = new("checkin", "Answer your team's short check-in on how outcomes-focused practice is going.", CommandAudience.Everyone, PersonalOnly, ["checkin", "check-in", "check in"]);

    public static BotCommand MyData { get; } = new("my data", "See, download or delete what the bot keeps about you.", CommandAudience.Everyone, PersonalOnly, ["my data", "mydata"]);

    public static BotCommand MyStories { get; } = new("my stories", "See the stories you shared, and take one down.", CommandAudience.Everyone, PersonalOnly, ["my stories", "my story"])
    {
        InManifest = false,
    };

    public static BotCommand SupportRequests { get; } = new("support requests", "See the support requests colleagues sent you, and follow them up.", CommandAudience.Everyone, PersonalOnly, ["support requests", "support", "my support requests"])
    {
        InManifest = false,
    };

    public static BotCommand Stories { get; } = new("stories", "Write a success story: leaders and champions post it after a preview; team members send it to them for approval.", CommandAudience.Everyone, CommandScopes.Personal | CommandScopes.Channel, ["stories", "story", "share a story", "success story"]);

    public static BotCommand LearningSet { get; } = new("learning set", "Start an action-learning set: a question for a group, answered in rounds.", CommandAudience.LeadersAndChampions, CommandScopes.Personal | CommandScopes.Channel, ["learning set", "learning sets", "action learning", "action-learning set"]);

    public static BotCommand Momentum { get; } = new("momentum", "See the team's check-ins and exercises, week by week, as anonymous totals.", CommandAudience.Leaders, PersonalOnly, ["momentum", "team momentum"]);

    public static BotCommand YouSaid { get; } = new("yousaid", "See the themes of the last check-in and send the team your response.", CommandAudience.Leaders, PersonalOnly, ["yousaid", "you said", "you said we did"]);

    public static BotCommand Rhythm { get; } = new("rhythm", "Set when your team's check-ins come round, and see how the last one reached people.", CommandAudience.Leaders, PersonalOnly, ["rhythm", "team rhythm", "delivery"]);

    public static BotCommand Champions { get; } = new("champions", "Name or remove the champions of a team you lead.", CommandAudience.Leaders, PersonalOnly, ["champions", "champion"]);

    public static BotCommand Digest { get; } = new("digest", "Turn the weekly story digest on, move it (digest friday 15:30) or stop it (digest off).", CommandAudience.Leaders, CommandScopes.Channel, ["digest"])
    {
        TakesArguments = true,
    };

    /// <summary>The most command suggestions Teams takes for one scope in the manifest.</summary>
    public const int ManifestLimitPerScope = 12;

    /// <summary>Every command, in the order the help card and the manifest list them.</summary>
    public static IReadOnlyList<BotCommand> All { get; } =
        [Help, Exercises, CheckIn, MyLog, MyQuestions, MyData, MyStories, SupportRequests, Stories, LearningSet, Momentum, YouSaid, Rhythm, Champions, Digest];

    /// <summary>Greetings and thanks: answered, but not commands the help card lists.</summary>
    public static IReadOnlyList<string> Greetings { get; } = ["hi", "hello", "hey", "hiya", "start", "welcome", "good morning", "good afternoon"];

    public static IReadOnlyList<string> Thanks { get; } = ["thanks", "thank you", "thankyou", "cheers", "ta", "thanks a lot", "thank you so much", "great thanks"];

    /// <summary>The command one of whose wordings is <paramref name="command"/>, or null.</summary>
    public static BotCommand? Find(string command) => All.FirstOrDefault(c => c.Matches(command));
}
