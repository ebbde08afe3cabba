namespace OutcomesBot.Dialogs.Welcome;

/// <summary>Who a command is for; the help card groups commands by it and the welcome card shows buttons by it.</summary>
public enum CommandAudience
{
    Everyone,
    LeadersAndChampions,
    Leaders,
}
