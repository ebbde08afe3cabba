using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Action.Submit (clients without Universal Actions) in a channel or group chat, where the card is everyone's: an answer
/// for the presser goes to their 1:1 chat and the shared card stays; an answer that is the same for all still updates it.
/// </summary>
public sealed class SubmitInSharedConversationTests
{
    private const string ChannelThread = "team-id;messageid=1795312126533";
    private const string GroupChat = "c211273b-ef9d-47f4-983a-45397c951187";
    private const string RobinsChat = "personal-user-id-2";
    private const string Identifying = "Mrs Edna Jones at 14 Elm Street refused her insulin again";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_members_answer_checked_with_Submit_in_the_channel_goes_to_their_1_1_chat_and_the_round_card_stays()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await StartSetAsync(bot);

        await SubmitAsync(bot, "message-channel", LearningSetVerbs.Answer, RobinsAnswer(set), replyToId: "round-1-card");

        var sent = bot.App.Connector.Sent.ToList();
        Assert.DoesNotContain(sent, s => s.Operation == "update");
        Assert.DoesNotContain(sent, s => s.ConversationId != RobinsChat && Shows(s, "Edna Jones"));
        var check = Assert.Single(sent, s => s.ConversationId == RobinsChat);
        Assert.Equal("send", check.Operation);
        Assert.Contains("Edna Jones", check.CardText, StringComparison.Ordinal);
        var note = Assert.Single(sent, s => s.ConversationId == ChannelThread);
        Assert.Equal(("reply", "I've opened it in our 1:1 chat, so it stays private."), (note.Operation, note.Activity.Text));
        Assert.Equal("user-id-2", Assert.Single(Assert.Single(bot.App.Connector.Created).Members).Id);
        Assert.Empty(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
    }

    [Fact]
    public async Task When_Teams_will_not_open_the_chat_a_Submit_answer_in_the_channel_says_how_to_open_it_and_shows_nothing_typed()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await StartSetAsync(bot);
        bot.App.Connector.RefuseCreateConversation = true;

        await SubmitAsync(bot, "message-channel", LearningSetVerbs.Answer, RobinsAnswer(set), replyToId: "round-1-card");

        var note = Assert.Single(bot.App.Connector.Sent);
        Assert.Equal(("reply", ChannelThread), (note.Operation, note.ConversationId));
        Assert.Contains("Open a chat with me", note.Activity.Text, StringComparison.Ordinal);
        Assert.False(Shows(note, "Edna Jones"));
    }

    [Fact]
    public async Task A_members_answer_saved_with_Submit_in_the_channel_is_stored_and_confirmed_only_in_their_1_1_chat()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await StartSetAsync(bot);
        var answer = LearningSetTurnTests.Answer(set.SetId, 1, "A family who disagree about risk");

        await SubmitAsync(bot, "message-channel", LearningSetVerbs.SaveAnswer, answer, replyToId: "round-1-card");

        var sent = bot.App.Connector.Sent.ToList();
        Assert.DoesNotContain(sent, s => s.Operation == "update" || (s.ConversationId != RobinsChat && Shows(s, "A family who disagree")));
        var saved = Assert.Single(sent, s => s.ConversationId == RobinsChat);
        Assert.Contains("Saved.", saved.CardText, StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token));
    }

    [Fact]
    public async Task A_members_answer_checked_with_Submit_in_a_group_chat_goes_to_their_1_1_chat_and_the_group_card_stays()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var set = await StartSetAsync(bot);

        await SubmitAsync(bot, "message-groupChat", LearningSetVerbs.Answer, RobinsAnswer(set), replyToId: "group-card");

        var sent = bot.App.Connector.Sent.ToList();
        Assert.DoesNotContain(sent, s => s.Operation == "update");
        Assert.Contains("Edna Jones", Assert.Single(sent, s => s.ConversationId == RobinsChat).CardText, StringComparison.Ordinal);
        var note = Assert.Single(sent, s => s.ConversationId == GroupChat);
        Assert.Contains("1:1 chat", note.Activity.Text, StringComparison.Ordinal);
        Assert.False(Shows(note, "Edna Jones"));
    }

    [Fact]
    public async Task A_champions_start_form_opened_with_Submit_in_the_channel_goes_to_their_1_1_chat()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        await SubmitAsync(bot, "message-channel", LearningSetVerbs.Open, [], aad: StoryBot.AlexAad, replyToId: "welcome-card");

        var sent = bot.App.Connector.Sent.ToList();
        Assert.DoesNotContain(sent, s => s.Operation == "update" || (s.ConversationId == ChannelThread && s.Card is not null));
        Assert.Contains("Sam Baker", Assert.Single(sent, s => s.ConversationId == "personal-user-id-0").CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Celebrate_with_Submit_in_the_channel_still_updates_the_story_for_everyone()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory());
        var post = StoryBot.DataOf(preview, "Post");
        await bot.PressAsync(StoryVerbs.Post, post);
        bot.App.Connector.Sent.Clear();

        await SubmitAsync(bot, "message-channel", StoryVerbs.Celebrate, new() { [StoryDraft.StoryIdKey] = post[StoryDraft.StoryIdKey] }, StoryBot.SamAad, "story-activity");

        var update = Assert.Single(bot.App.Connector.Sent);
        Assert.Equal(("update", ChannelThread, "story-activity"), (update.Operation, update.ConversationId, update.TargetId));
        Assert.Contains("1 person celebrated this.", update.CardText, StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Created);
    }

    [Fact]
    public async Task Help_with_Submit_in_a_group_chat_still_swaps_the_welcome_card_in_place()
    {
        await using var bot = await StoryBot.CreateAsync();

        await SubmitAsync(bot, "message-groupChat", WelcomeVerbs.ShowHelp, [], StoryBot.RobinAad, "welcome-card");

        var update = Assert.Single(bot.App.Connector.Sent);
        Assert.Equal(("update", GroupChat, "welcome-card"), (update.Operation, update.ConversationId, update.TargetId));
        Assert.Contains("What I can do", update.CardText, StringComparison.Ordinal);
    }

    private static async Task<LearningSet> StartSetAsync(StoryBot bot)
    {
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = Assert.Single(await bot.App.Get<ILearningSetStore>().ListForTeamAsync(StoryBot.TeamId, Token));
        bot.App.Connector.Sent.Clear();
        return set;
    }

    private static Dictionary<string, string> RobinsAnswer(LearningSet set)
    {
        var answer = LearningSetTurnTests.Answer(set.SetId, 1, Identifying);
        answer["showName"] = "false";
        return answer;
    }

    /// <summary>Sends what an Action.Submit button sends: a message with no text whose value is the button's data, inputs and verb.</summary>
    private static async Task SubmitAsync(StoryBot bot, string sample, string verb, Dictionary<string, string> data, string aad = StoryBot.RobinAad, string? replyToId = null)
    {
        var submit = Samples.Fresh(sample);
        submit["text"] = "";
        submit["entities"] = new JsonArray();
        submit["from"] = new JsonObject { ["id"] = StoryBot.TeamsIdOf(aad), ["name"] = StoryBot.NameOf(aad), ["aadObjectId"] = aad };
        submit["replyToId"] = replyToId;
        var value = new JsonObject { ["verb"] = verb };
        foreach (var (key, text) in data)
        {
            value[key] = text;
        }

        submit["value"] = value;
        using var response = await bot.App.PostActivityAsync(submit);
        Assert.True(response.IsSuccessStatusCode);
    }

    /// <summary>True when the activity's text or anywhere in its card (texts, inputs, button data) holds <paramref name="text"/>.</summary>
    private static bool Shows(SentActivity sent, string text) =>
        (sent.Activity.Text ?? "").Contains(text, StringComparison.Ordinal) || (sent.Card?.GetRawText() ?? "").Contains(text, StringComparison.Ordinal);
}
