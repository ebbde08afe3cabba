namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>The activity types and invoke names the bot handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>True for the types the bot acts on; every other type is acknowledged and ignored.</summary>
    public static bool IsHandled(string? type) =>
        type is Message or Invoke or ConversationUpdate or InstallationUpdate;
}
