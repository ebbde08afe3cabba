using OutcomesBot.Cards.Fields;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// <c>digest</c> in a team channel, for its leaders: <c>digest</c> turns the weekly story digest on (Monday 09:00),
/// <c>digest friday 15:30</c> moves it, <c>digest off</c> stops it. Times are read in the team's rhythm time zone
/// (set on the rhythm card), or <c>LearningSets:TimeZone</c> while the team has no rhythm.
/// </summary>
public sealed class DigestCommands(TeamRoles roles, IStoryDigestSchedule digests, ITeamRhythmStore rhythms, LearningSetOptions options) : ITextCommandHandler
{
    internal const string LeadersOnly = "The story digest is set by the team's leaders, in the team's channel: type **@OutcomesBot digest** there.";
    /// <summary>Only a leader in the team's channel gets this far, so every answer tells them to @mention the bot.</summary>
    internal static readonly string Usage = CommandHint.Type("**digest** (weekly, Monday 09:00), **digest friday 15:30**, or **digest off**.", inSharedConversation: true);

    public static BotCommand Digest { get; } = new("digest", "Turn the weekly story digest on, move it (digest friday 15:30) or stop it (digest off).", CommandAudience.Leaders, CommandScopes.Channel, ["digest"])
    {
        Order = 150,
        TakesArguments = true,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Digest];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        var teamId = turn.IsSharedConversation ? turn.Activity.ChannelData?.Team?.Id : null;
        if (teamId is null || await roles.RoleOfAsync(teamId, turn.Activity.From?.AadObjectId, cancellationToken) != TeamRole.Leader)
        {
            await turn.SendTextAsync(LeadersOnly, cancellationToken);
            return;
        }

        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is [_, "off"])
        {
            await digests.StopAsync(teamId, cancellationToken);
            await turn.SendTextAsync($"The weekly story digest is off for this team. {CommandHint.Type("**digest**", turn.IsSharedConversation)} to turn it on again.", cancellationToken);
            return;
        }

        var day = DayOfWeek.Monday;
        var time = new TimeOnly(9, 0);
        if (words.Length != 1 && (words.Length != 3 || !ScheduleText.TryParseDay(words[1], out day) || !ScheduleText.TryParseTime(words[2], out time)))
        {
            await turn.SendTextAsync(Usage, cancellationToken);
            return;
        }

        var zone = (await rhythms.GetAsync(teamId, cancellationToken))?.TimeZoneId ?? options.TimeZone;
        await digests.ScheduleWeeklyAsync(teamId, day, time, TimeZoneInfo.FindSystemTimeZoneById(zone), cancellationToken);
        await turn.SendTextAsync($"The story digest will come every {day} at {time:HH\\:mm} ({ZoneChoices.Label(zone)} time). {CommandHint.Type("**digest off**", turn.IsSharedConversation)} to stop it.", cancellationToken);
    }
}
