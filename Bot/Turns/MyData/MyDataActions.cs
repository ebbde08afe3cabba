using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Scheduler.Retention;

namespace OutcomesBot.Bot.Turns.MyData;

/// <summary>
/// The "my data" buttons. Only in the 1:1 chat, and the person is always the sender of the activity: whatever ids a
/// card's data carries are ignored, so a forged submit can only ever reach the sender's own data.
/// </summary>
public sealed class MyDataActions(
    PersonalDataControl control, DownloadLinks links, IPersonStore people, IOptions<RetentionOptions> retention,
    IOptions<PublicUrlOptions> publicUrl, IHttpContextAccessor http, NoteStopChoice noteStops) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("mydata.", MyDataCommands.MyData)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var person = await SenderAsync(turn, people, cancellationToken);

        // Read before the delete, which removes the stored profile: a kept pause's end is said in the person's time.
        var timeZone = turn.StoredSender?.TimeZone ?? turn.Activity.LocalTimezone;

        return request.Verb switch
        {
            MyDataVerbs.Download => CardActionResult.ShowPrivateCard(MyDataCards.DownloadReady(await LinkAsync(person, cancellationToken), DownloadLinks.Lifetime)),
            MyDataVerbs.Delete => CardActionResult.ShowCard(MyDataCards.ConfirmDelete(await control.KeptStopsAsync(person, timeZone, cancellationToken))),
            MyDataVerbs.ConfirmDelete => CardActionResult.ShowCard(await DeleteAsync(person, timeZone, cancellationToken)),
            MyDataVerbs.NotesOn => CardActionResult.ShowCard(await OverviewAsync(person, await NotesOnAsync(request, person, cancellationToken), cancellationToken)),
            _ => CardActionResult.ShowCard(await OverviewAsync(person, "Nothing has been deleted.", cancellationToken)),
        };
    }

    private Task<AdaptiveCard> OverviewAsync(PersonIdentity person, string notice, CancellationToken cancellationToken) =>
        MyDataCommands.OverviewAsync(retention.Value, noteStops, person.AadObjectId, notice, cancellationToken);

    // The group is the only value read from the card, accepted only when it is a known one; the person is the sender.
    private async Task<string> NotesOnAsync(CardActionRequest request, PersonIdentity person, CancellationToken cancellationToken) =>
        person.AadObjectId is { } aadObjectId
            && await noteStops.TurnBackOnAsync(request.TextData().GetValueOrDefault(NoteStopVerbs.GroupKey), aadObjectId, cancellationToken) is { } group
            ? NoteStopCards.BackOnText(group)
            : NoteStopCards.NotTurnedBackOnText;

    // The result card says what the delete kept, read after it: what it says is what is stored (decisions 079, 084).
    private async Task<AdaptiveCard> DeleteAsync(PersonIdentity person, string? timeZone, CancellationToken cancellationToken)
    {
        var removed = await control.DeleteAsync(person, cancellationToken);
        return MyDataCards.Deleted(removed, await control.KeptStopsAsync(person, timeZone, cancellationToken));
    }

    /// <summary>The sender of a 1:1 activity, with the AAD object id Teams sent or, failing that, the one on record.</summary>
    internal static async Task<PersonIdentity> SenderAsync(TurnContext turn, IPersonStore people, CancellationToken cancellationToken)
    {
        var teamsUserId = turn.PersonalSender;
        var aad = await SenderAadObjectId.OfAsync(turn, people, teamsUserId, cancellationToken);
        return new PersonIdentity(teamsUserId, string.IsNullOrWhiteSpace(aad) ? null : aad);
    }

    private async Task<Uri> LinkAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        var token = await links.IssueAsync(person, cancellationToken);
        return new Uri(BaseUrl(), MyDataDownloadEndpoint.Path.TrimStart('/') + token);
    }

    private Uri BaseUrl()
    {
        var configured = publicUrl.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(configured))
        {
            var request = http.HttpContext?.Request;
            configured = request is null ? "http://localhost:3978" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return new Uri(configured.EndsWith('/') ? configured : configured + "/");
    }
}
