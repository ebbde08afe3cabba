namespace OutcomesBot.Bot.Protocol;

/// <summary>The kinds of Azure Bot registration; new registrations are single-tenant or managed identity.</summary>
public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}
