using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns.LearningSets;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// <c>@OutcomesBot learning set</c> typed in a channel: the start form goes to the sender's 1:1 chat with that channel
/// chosen, and the channel gets one line for the sender; nothing of the form is posted in the channel (decision 066).
/// </summary>
public sealed class LearningSetFromChannelTests
{
    private const string AlexChat = "personal-user-id-0";

    [Fact]
    public async Task A_champion_gets_the_form_in_the_1_1_chat_with_the_channel_chosen_and_one_line_in_the_channel()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        await bot.SayAsync("learning set", inChannel: true);

        var created = Assert.Single(bot.App.Connector.Created);
        Assert.Equal("user-id-0", Assert.Single(created.Members).Id);
        var sent = bot.App.Connector.Sent.ToList();
        Assert.Equal(2, sent.Count);
        var form = Assert.Single(sent, s => s.ConversationId == AlexChat).Card!.Value;
        var channelInput = Input(form, LearningSetDraft.ChannelKey);
        Assert.Equal(StoryBot.Channel, channelInput.GetProperty("value").GetString());
        Assert.Equal([StoryBot.Channel], channelInput.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Contains("Sam Baker", StoryBot.Text(form), StringComparison.Ordinal);
        var note = Assert.Single(sent, s => s.ConversationId != AlexChat);
        Assert.StartsWith(StoryBot.Channel, note.ConversationId, StringComparison.Ordinal);
        Assert.Null(note.Card);
        Assert.Equal("<at>Alex Wilber</at> " + LearningSetCommands.SentToChat, note.Activity.Text);
        var mention = Assert.Single(note.Activity.Entities!);
        Assert.Equal(("mention", "<at>Alex Wilber</at>", "user-id-0"), (mention.Type, mention.Text, mention.Mentioned!.Id));
    }

    [Fact]
    public async Task The_form_sent_to_the_chat_starts_the_set_in_the_channel_it_was_asked_for_in()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        await bot.SayAsync("learning set", inChannel: true);
        var form = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == AlexChat).Card!.Value;
        var values = LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad);
        values[LearningSetDraft.ChannelKey] = Input(form, LearningSetDraft.ChannelKey).GetProperty("value").GetString()!;

        var started = await bot.PressAsync(LearningSetVerbs.Start, values);

        Assert.Contains("The action-learning set is on", StoryBot.Text(started), StringComparison.Ordinal);
        var set = await LearningSetTurnTests.OnlySetAsync(bot);
        Assert.Equal((StoryBot.Channel, StoryBot.TeamId, StoryBot.AlexAad), (set.ChannelId, set.TeamId, set.StarterAadObjectId));
    }

    [Fact]
    public async Task When_Teams_will_not_open_the_chat_the_channel_is_told_what_to_do_and_gets_no_form()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        bot.App.Connector.RefuseCreateConversation = true;

        await bot.SayAsync("learning set", inChannel: true);

        var note = Assert.Single(bot.App.Connector.Sent);
        Assert.StartsWith(StoryBot.Channel, note.ConversationId, StringComparison.Ordinal);
        Assert.Null(note.Card);
        Assert.Equal("<at>Alex Wilber</at> " + LearningSetCommands.ChatUnreachable, note.Activity.Text);
        Assert.Contains("type learning set there", note.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Baker", note.Activity.Text, StringComparison.Ordinal);
    }

    /// <summary>A guard, not a fix: staff are refused where they asked, as before, and no chat is opened for them.</summary>
    [Fact]
    public async Task Staff_still_get_the_refusal_in_the_channel_and_no_chat_is_opened()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        await bot.SayAsync("learning set", StoryBot.RobinAad, inChannel: true);

        var refusal = Assert.Single(bot.App.Connector.Sent);
        Assert.StartsWith(StoryBot.Channel, refusal.ConversationId, StringComparison.Ordinal);
        Assert.Contains("Champions and team leaders start action-learning sets", refusal.CardText, StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Created);
    }

    private static JsonElement Input(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var found) && found.GetString() == id);
}
