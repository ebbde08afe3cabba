namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>Who issued an incoming token; decides which metadata and which extra checks apply.</summary>
internal enum TokenIssuerKind
{
    BotFramework,
    Entra,
}
