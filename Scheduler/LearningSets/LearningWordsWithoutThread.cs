using System.Text.Json.Nodes;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Scheduler.LearningSets;

/// <summary>
/// When a round's post never reached the channel (Teams refused it for good, decision 093), what was to be said in its
/// thread goes to the channel's top level (a summary at once, an end's words when their hold runs out, decision 086).
/// Just before each goes, it is told so: the summary and the end line get a line saying which round's question could not
/// be posted, so neither reads as a reply to a post nobody can see, and a member's note no longer points to a thread that
/// does not exist. Words in a thread, a note with its link, and words about a post still being tried go as queued.
/// </summary>
public sealed class LearningWordsWithoutThread(ILearningSetStore sets, IOutboxStore outbox) : IOutboxCardRefresh
{
    public bool Handles(string kind) => kind is LearningRoundRunner.SummaryKind or LearningRoundRunner.EndedKind or LearningSetEndNotice.EndedKind;

    public OutboxRefreshStage Stage => OutboxRefreshStage.Amend;

    public async Task<string?> CardAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await RoundWithoutPostAsync(message, cancellationToken) is not { } found || JsonNode.Parse(message.CardJson) is not JsonObject card
            || card["body"] is not JsonArray body)
        {
            return message.CardJson;
        }

        var (set, round) = found;
        if (message.Kind == LearningSetEndNotice.EndedKind)
        {
            foreach (var text in body.OfType<JsonObject>())
            {
                if (text["text"]?.GetValue<string>() is { } words)
                {
                    text["text"] = words.Replace(LearningSetMemberCards.SummaryInThread(round), LearningSetMemberCards.SummaryInChannel(round), StringComparison.Ordinal);
                }
            }
        }
        else
        {
            var line = message.Kind == LearningRoundRunner.SummaryKind
                ? $"Round {round}'s question for \"{PlainText.Of(set.Topic)}\" could not be posted in this channel, so these answers come in a post of their own."
                : $"Round {round}'s question could not be posted in this channel, so its summary comes in a post of its own.";
            body.Insert(Math.Min(2, body.Count), new JsonObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true });
        }

        return card.ToJsonString();
    }

    // The set and round a top-level word (or a note with no link) is about, when that round's post has finished unsent.
    private async Task<(LearningSet Set, int Round)?> RoundWithoutPostAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var inThread = message.ChannelConversationId is { } conversation && conversation != OutboxMessage.ChannelOf(conversation);
        var linked = message.Kind == LearningSetEndNotice.EndedKind && message.CardJson.Contains("\"actions\"", StringComparison.Ordinal);
        if (inThread || linked || SetOf(message) is not { } setId || await sets.GetAsync(setId, cancellationToken) is not { } set)
        {
            return null;
        }

        var round = LearningRoundRunner.TryParseCycle(message.CycleId, out _, out var summarised) ? summarised : set.EndedAfterRound;
        var postKey = OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, round), OutboxMessage.ChannelOf(set.ChannelId), LearningRoundRunner.PromptKind);
        return round >= 1 && await outbox.FindAsync(postKey, cancellationToken) is not { Status: OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Sent }
            ? (set, round)
            : null;
    }

    private static string? SetOf(OutboxMessage message) => message.Kind switch
    {
        LearningRoundRunner.SummaryKind when LearningRoundRunner.TryParseCycle(message.CycleId, out var setId, out _) => setId,
        LearningRoundRunner.EndedKind when LearningRoundRunner.TryParseEndCycle(message.CycleId, out var setId) => setId,
        LearningSetEndNotice.EndedKind when message.CycleId.StartsWith(OutboxPersonalCards.CycleOf("learning:"), StringComparison.Ordinal) =>
            message.CycleId[OutboxPersonalCards.CycleOf("learning:").Length..],
        _ => null,
    };
}
