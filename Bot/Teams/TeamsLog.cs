namespace OutcomesBot.Bot.Teams;

// Roster sync logging: counts, statuses and sources; never names, ids of people or tokens.
internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Warning, Message = "The connector's team roster could not be read ({Status}).")]
    public static partial void ConnectorRosterFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Information, Message = "Roster synced from {Source}: {Members} member(s), {Owners} owner(s); {Installed} app install(s).")]
    public static partial void Synced(ILogger logger, string source, int members, int owners, int installed);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Warning, Message = "No roster could be read for a team; the stored one is kept.")]
    public static partial void NoRoster(ILogger logger);

    [LoggerMessage(EventId = 8104, Level = LogLevel.Warning, Message = "A permission notice could not be sent ({Status}).")]
    public static partial void NoticeFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 8105, Level = LogLevel.Information, Message = "Permission notice sent to {Recipients} conversation(s).")]
    public static partial void NoticeSent(ILogger logger, int recipients);
}
