using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Notes;

namespace OutcomesBot.Bot.Tests.Dialogs.Notes;

/// <summary>The cards of the stop on one-off notes (decision 096) pass the Adaptive Card validator, and stay short.</summary>
[Slow]
public sealed class NoteStopCardValidationTests
{
    [Fact]
    public async Task The_stop_its_answers_a_note_carrying_it_and_my_data_with_every_group_stopped_are_valid_and_short()
    {
        var atSend = new NoteStopsAtSend(Mock.Of<IPersonStore>(), Mock.Of<INoteStops>());
        var note = await atSend.CardAsync(
            OutboxMessage.Create("told-x", "29:sam", "tenant", ChampionNaming.NamedKind, CardJson.Serialize(ChampionNoticeCards.Named("My Team", "Alex Wilber")), TimeProvider.System.GetUtcNow()),
            TestContext.Current.CancellationToken);
        List<AdaptiveCard> answers = [.. NoteGroups.All.Select(NoteStopCards.Stopped), .. NoteGroups.All.Select(NoteStopCards.Resumed), NoteStopCards.Refused()];

        await CardValidation.AssertValidAsync("note-stop", [.. answers.Select(CardJson.Serialize), note!, CardJson.Serialize(MyDataCards.Overview(24, settings: NoteStopCards.StoppedList(NoteGroups.All)))]);
        Assert.All(answers, card => Assert.True(string.Join(' ', CardTexts.Of(CardJson.ToElement(card))).Length < 240, "An answer longer than a phone screen's few lines"));
    }
}
