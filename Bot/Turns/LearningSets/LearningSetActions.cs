using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Turns.LearningSets;

/// <summary>
/// The learning-set buttons: starting a set (in the channel or the 1:1 chat) and answering a round (in its thread).
/// The person is the activity's sender (AAD object id); an answer's card goes back to that person only.
/// </summary>
public sealed class LearningSetActions(LearningSetDialog dialog, LearningAnswerWithdrawal withdrawal, LearningSetFirstRound firstRound, LearningSetEnding ending) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Everywhere("learning.")];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            return CardActionResult.Say(NamedSender.Unknown);
        }

        var tenantId = StoryActions.TenantOf(turn);
        var channel = turn.IsSharedConversation ? ConversationReferences.BaseConversationId(turn.ConversationId) : null;
        if (request.Verb == LearningSetVerbs.StartNow)
        {
            return CardActionResult.ShowCard(await firstRound.StartNowAsync(aadObjectId, tenantId, request.TextData().GetValueOrDefault(LearningAnswerDraft.SetKey), cancellationToken));
        }

        if (request.Verb == LearningSetVerbs.End)
        {
            return CardActionResult.ShowCard(await ending.EndAsync(aadObjectId, request.TextData().GetValueOrDefault(LearningAnswerDraft.SetKey), cancellationToken));
        }

        var reply = request.Verb switch
        {
            LearningSetVerbs.Start => await dialog.StartAsync(aadObjectId, tenantId, request.TextData(), cancellationToken),
            LearningSetVerbs.Answer => await dialog.AnswerAsync(aadObjectId, turn.Activity.From.Name, request.TextData(), save: false, cancellationToken),
            LearningSetVerbs.WithdrawAnswer => await withdrawal.WithdrawAsync(aadObjectId, request.TextData(), cancellationToken),
            LearningSetVerbs.SaveAnswer => await dialog.AnswerAsync(aadObjectId, turn.Activity.From.Name, request.TextData(), save: true, cancellationToken),
            _ => await dialog.OpenAsync(aadObjectId, tenantId, channel, cancellationToken),
        };
        return reply.Card is { } card ? CardActionResult.ShowCard(card) : CardActionResult.Say(reply.Message ?? string.Empty);
    }
}
