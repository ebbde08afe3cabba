using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Turns.LearningSets;

/// <summary>A team's time zone is the one its leader chose on the rhythm card.</summary>
public sealed class RhythmTeamTimeZone(ITeamRhythmStore rhythms) : ITeamTimeZone
{
    public async Task<string?> GetAsync(string teamId, CancellationToken cancellationToken) =>
        (await rhythms.GetAsync(teamId, cancellationToken))?.TimeZoneId;
}
