using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>Builds the readable page for a redeemed "my data" link: the person's finished runs, dated in their own time zone.</summary>
public sealed class ReadableExportSource(ReadableExport export, IPersonStore people, TimeProvider time)
{
    public async Task<string> RenderAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var profile = await people.GetAsync(person.TeamsUserId, cancellationToken);
        var entries = await export.EntriesAsync(person.TeamsUserId, cancellationToken);
        return ReadableExportPage.Render(profile?.Name, entries, time.GetUtcNow(), CheckInTiming.Zone(profile?.TimeZone, "Europe/London"));
    }
}
