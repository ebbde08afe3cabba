using System.Text.Json;
using System.Text.Json.Nodes;
using OutcomesBot.Dialogs.Notes;

namespace OutcomesBot.Scheduler.Notes;

/// <summary>
/// The stop on one-off 1:1 notes, held as each note goes (decision 096): a note of a group its recipient stopped is
/// skipped (<see cref="StoppedCode"/>), also when it was queued before the stop; any other note of a stoppable kind gets
/// the small <see cref="NoteStopCards.StopButton"/> as its last button, in a row of its own. At send time rather than where each card is
/// built, so notes already waiting, and notes whose buttons are set later (a learning set's end, decision 093), carry it too.
/// </summary>
public sealed class NoteStopsAtSend(IPersonStore people, INoteStops stops) : IOutboxPrecondition, IOutboxCardRefresh
{
    /// <summary>The reason a stopped note is recorded Skipped with; a code, naming nobody.</summary>
    public const string StoppedCode = "NoteStopped";

    public bool Handles(string kind) => NoteGroups.OfKind(kind) is not null;

    /// <summary>After the card is built and worded: a learning set's end note is amended by what buttons it has (093).</summary>
    public OutboxRefreshStage Stage => OutboxRefreshStage.Controls;

    public async Task<string?> SkipReasonAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Notes go to a person's 1:1 chat by their Teams id; the stop is theirs by AAD object id, read through the profile a
        // press records (every turn records its sender). With no profile, the stops are read by the Teams id they pressed
        // with: "delete my data" removes the profile and keeps the stops (decision 104), and a note can still open a chat
        // with them through a team (decision 027).
        if (NoteGroups.OfKind(message.Kind) is not { } group)
        {
            return null;
        }

        var stopped = await people.GetAsync(message.RecipientId, cancellationToken) is { AadObjectId: { Length: > 0 } aadObjectId }
            ? await stops.ListForPersonAsync(aadObjectId, cancellationToken)
            : await stops.ListForTeamsUserAsync(message.RecipientId, cancellationToken);
        return stopped.Any(stop => stop.Group == group.Name) ? StoppedCode : null;
    }

    public Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (NoteGroups.OfKind(message.Kind) is not { } group || JsonNode.Parse(message.CardJson) is not JsonObject card)
        {
            return Task.FromResult<string?>(message.CardJson);
        }

        // The note's own buttons move to a row of their own at the foot of its body, and the stop is the card's one action
        // below them: three buttons in one row ran off a phone's card (the champion note, drawn at 360 px).
        if (card["actions"] is JsonArray { Count: > 0 } own)
        {
            card.Remove("actions");
            if (card["body"] is not JsonArray body)
            {
                body = [];
                card["body"] = body;
            }

            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = own });
        }

        card["actions"] = new JsonArray(JsonSerializer.SerializeToNode<CardAction>(NoteStopCards.StopAction(group), CardJson.Options));
        return Task.FromResult<string?>(card.ToJsonString());
    }
}
