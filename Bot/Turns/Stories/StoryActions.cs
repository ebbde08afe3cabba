using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// The story buttons. Writing a story happens in the author's 1:1 chat; "Celebrate" is pressed in the channel. The
/// person is always the sender of the activity (their AAD object id), never anyone named in the card's data.
/// </summary>
public sealed class StoryActions(StoryDialog dialog, StoryTakeDown takeDown, StoryOffers offers, StoryOffersWaiting waiting, StoryAskChoice askChoice, IPersonStore people) : ICardActionHandler
{
    internal const string StoryGone = "That story is no longer here.";

    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("story.", StoryCommands.Stories), VerbPrefix.Everywhere(StoryVerbs.Celebrate), VerbPrefix.Opens(WelcomeVerbs.OpenStories, StoryCommands.Stories)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return CardActionResult.Say(NamedSender.Unknown);
        }

        if (request.Verb == StoryVerbs.Celebrate)
        {
            return await CelebrateAsync(turn, request, aadObjectId, cancellationToken);
        }

        if (request.Verb == StoryVerbs.TakeDownAsk)
        {
            return CardActionResult.ShowCard(await takeDown.AskAsync(request.TextData().GetValueOrDefault(StoryDraft.StoryIdKey), aadObjectId, cancellationToken));
        }

        // "Keep it": the list again, as `my stories` shows it; nothing changed.
        if (request.Verb == StoryVerbs.KeepUp)
        {
            return CardActionResult.ShowCard(await MyStoriesCommands.ListAsync(turn, people, takeDown, aadObjectId, cancellationToken));
        }

        if (request.Verb == StoryVerbs.TakeDown)
        {
            return CardActionResult.ShowCard(await takeDown.TakeDownAsync(request.TextData().GetValueOrDefault(StoryDraft.StoryIdKey), aadObjectId, cancellationToken));
        }

        // A champion's own stop of the weekly ask, and its undo (decision 079): the team is checked against the roster at the press.
        if (request.Verb == StoryVerbs.AskStop)
        {
            return CardActionResult.ShowCard(await askChoice.StopAsync(request.TextData().GetValueOrDefault(StoryVerbs.TeamKey), aadObjectId, turn.Activity.From.Id, cancellationToken));
        }

        if (request.Verb == StoryVerbs.AskStopAll)
        {
            return CardActionResult.ShowCard(await askChoice.StopInAllAsync(aadObjectId, turn.Activity.From.Id, cancellationToken));
        }

        if (request.Verb == StoryVerbs.AskAgain)
        {
            return CardActionResult.ShowCard(await askChoice.AskAgainAsync(request.TextData().GetValueOrDefault(StoryVerbs.TeamKey), aadObjectId, cancellationToken));
        }

        if (request.Verb is StoryVerbs.Approve or StoryVerbs.NotThisTime)
        {
            var data = request.TextData();
            return CardActionResult.ShowCard(await offers.DecideAsync(
                data.GetValueOrDefault(StoryDraft.StoryIdKey), aadObjectId, turn.Activity.From.Name, TenantOf(turn), request.Verb == StoryVerbs.Approve,
                data.GetValueOrDefault(StoryVerbs.KindWordKey), cancellationToken));
        }

        // The welcome's "Read and decide" (decision 101): the team is checked at the press; each decision card is a message of
        // its own, so its Approve replaces only that card, and the answer replaces the welcome card.
        if (request.Verb == StoryVerbs.Waiting)
        {
            var (answer, decisionCards) = await waiting.ShowAsync(request.TextData().GetValueOrDefault(StoryVerbs.TeamKey), aadObjectId, TenantOf(turn), cancellationToken);
            foreach (var card in decisionCards)
            {
                await turn.SendCardAsync(card, cancellationToken);
            }

            return CardActionResult.ShowCard(answer);
        }

        var verb = request.Verb == WelcomeVerbs.OpenStories ? StoryVerbs.Compose : request.Verb;
        var storyRequest = new StoryRequest(aadObjectId, turn.Activity.From.Name, TenantOf(turn), verb, request.TextData());
        // A draft card holds what the author wrote, with what looked identifying highlighted: never kept for a redelivery.
        return CardActionResult.ShowPrivateCard(await dialog.HandleAsync(storyRequest, cancellationToken));
    }

    internal static string? TenantOf(TurnContext turn) =>
        turn.Activity.Conversation?.TenantId ?? turn.Activity.ChannelData?.Tenant?.Id;

    private async Task<CardActionResult> CelebrateAsync(TurnContext turn, CardActionRequest request, string aadObjectId, CancellationToken cancellationToken)
    {
        var storyId = request.TextData().GetValueOrDefault(StoryDraft.StoryIdKey);
        var channel = turn.IsSharedConversation ? ConversationReferences.BaseConversationId(turn.ConversationId) : null;
        if (await dialog.CelebrateAsync(storyId, aadObjectId, channel, cancellationToken) is not { } card)
        {
            return CardActionResult.SayToEveryone(StoryGone);
        }

        // The invoke answer changes the card for the person who pressed; updating the message shows the count to everyone.
        // The posted story with its count is the same whoever pressed, so a Submit updates the message itself.
        if (request.IsInvoke && request.CardActivityId is { Length: > 0 } cardId)
        {
            await turn.UpdateCardAsync(cardId, card, cancellationToken);
        }

        return CardActionResult.ShowCardToEveryone(card);
    }
}
