using System.Text.Json;
using OutcomesBot.Cards.Kit;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Momentum;
using OutcomesBot.Scheduler.Notes;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Dialogs.Notes;

/// <summary>
/// The groups of one-off notes and the button each note gets as it goes (decision 096): the kinds 093 listed are each in
/// a group, but for a story to approve; that, a colleague's own request or entry and the repeating kinds are in none; the
/// stop button comes last, in a row of its own below the note's own buttons.
/// </summary>
public sealed class NoteStopsAtSendTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void The_nine_one_off_kinds_are_each_in_one_group_and_a_colleagues_own_request_entry_or_story_to_approve_is_in_none()
    {
        string[] oneOff =
        [
            OutboxYouSaidDelivery.Kind, "learning-set-joined", "learning-set-ended", "champion-named", "champion-removed",
            "champion-back", "story-decision", "support-seen", "shared-entry-delivered",
        ];

        Assert.Equal(NoteGroups.YouSaidKind, OutboxYouSaidDelivery.Kind);
        Assert.Equal(oneOff.Order(StringComparer.Ordinal), NoteGroups.All.SelectMany(group => group.Kinds).Order(StringComparer.Ordinal));
        Assert.All([SupportDialog.RequestKind, SupportDialog.SharedEntryKind, StoryOffers.ApprovalKind, CheckInMessages.CheckInKind, StoryDigestRunner.AskKind], kind => Assert.Null(NoteGroups.OfKind(kind)));
    }

    [Fact]
    public async Task A_note_gets_the_stop_for_its_group_in_a_row_below_its_own_buttons_and_another_kind_is_left_as_it_was()
    {
        var atSend = new NoteStopsAtSend(Mock.Of<IPersonStore>(), Mock.Of<INoteStops>());
        var card = CardJson.Serialize(FullWidthCard.Titled("You're a champion", "Alex named you.", CardActions.Execute("Write a story", "welcome.stories")));
        var now = TimeProvider.System.GetUtcNow();

        var note = await atSend.CardAsync(OutboxMessage.Create("told-x", "29:sam", "tenant", ChampionNaming.NamedKind, card, now), Token);
        var request = await atSend.CardAsync(OutboxMessage.Create("told-x", "29:sam", "tenant", SupportDialog.RequestKind, card, now), Token);

        var root = JsonDocument.Parse(note!).RootElement;
        var ownRow = root.GetProperty("body").EnumerateArray().Last();
        var stop = Assert.Single(root.GetProperty("actions").EnumerateArray());
        Assert.Equal("ActionSet", ownRow.GetProperty("type").GetString());
        Assert.Equal(["Write a story"], ownRow.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(NoteStopCards.StopButton, stop.GetProperty("title").GetString());
        Assert.Equal(NoteStopVerbs.Stop, stop.GetProperty("verb").GetString());
        Assert.Equal(NoteGroups.Roles.Name, stop.GetProperty("data").GetProperty(NoteStopVerbs.GroupKey).GetString());
        Assert.Equal(NoteStopVerbs.Stop, stop.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal(card, request);
    }
}
