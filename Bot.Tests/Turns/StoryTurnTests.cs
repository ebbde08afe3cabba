using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>Leaders and champions write, check, preview and post stories; the team celebrates them; nobody else can post.</summary>
public sealed class StoryTurnTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Dictionary<string, string> GoodStory() => new()
    {
        ["title"] = "Back to the allotment",
        ["mattered"] = "Getting back to his allotment and seeing his friends from the bowling club.",
        ["changed"] = "He goes twice a week now, with a neighbour, and says he feels like himself again.",
        ["helped"] = "Moving visits to the afternoon and asking the neighbour to join in.",
        ["kinds"] = "quality-of-life,change",
        ["agreed"] = "true",
        ["channel"] = StoryBot.Channel,
    };

    [Fact]
    public async Task A_leader_previews_and_posts_a_story_and_it_appears_in_the_channel_once()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);

        var preview = await bot.PressAsync(StoryVerbs.Check, GoodStory());
        Assert.Contains("Preview: this is how your story will look in My Team › General.", StoryBot.Text(preview), StringComparison.Ordinal);
        var post = StoryBot.DataOf(preview, "Post");
        var sent = await bot.PressAsync(StoryVerbs.Post, post);
        await bot.PressAsync(StoryVerbs.Post, post);
        await bot.DrainAsync();

        Assert.Contains("Your story is on its way", StoryBot.Text(sent), StringComparison.Ordinal);
        var posted = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Equal("send", posted.Operation);
        Assert.Contains("Back to the allotment", posted.CardText, StringComparison.Ordinal);
        Assert.Contains("Quality of life, Change", posted.CardText, StringComparison.Ordinal);
        var story = await bot.App.Get<IStoryStore>().GetAsync(post[StoryDraft.StoryIdKey], Token);
        Assert.Equal((StoryBot.TeamId, StoryBot.AlexAad), (story?.TeamId, story?.AuthorAadObjectId));
        var outbox = await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(OutboxStoryPublisher.CycleOf(story!.StoryId), StoryBot.Channel, "story"), Token);
        Assert.Equal(OutboxStatus.Sent, outbox?.Status);
    }

    [Fact]
    public async Task A_story_post_still_waiting_when_its_author_deletes_their_data_is_not_posted_and_the_team_keeps_the_story_without_them()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        var post = StoryBot.DataOf(await bot.PressAsync(StoryVerbs.Check, GoodStory()), "Post");
        await bot.PressAsync(StoryVerbs.Post, post);

        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.AlexAad), StoryBot.AlexAad), Token);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        var story = await bot.App.Get<IStoryStore>().GetAsync(post[StoryDraft.StoryIdKey], Token);
        Assert.Equal(("Back to the allotment", "", null), (story?.Title, story?.AuthorAadObjectId, story?.AuthorName));
        Assert.Null(await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(OutboxStoryPublisher.CycleOf(story!.StoryId), StoryBot.Channel, "story"), Token));
    }

    [Fact]
    public async Task A_champion_can_post_a_story()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        var preview = await bot.PressAsync(StoryVerbs.Check, GoodStory());
        await bot.PressAsync(StoryVerbs.Post, StoryBot.DataOf(preview, "Post"));
        await bot.DrainAsync();

        Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
    }

    [Fact]
    public async Task Staff_cannot_post_a_story_as_the_team_even_with_a_crafted_post()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Staff);
        var crafted = GoodStory();
        crafted[StoryDraft.StoryIdKey] = Guid.NewGuid().ToString("N");

        var compose = await bot.PressAsync(StoryVerbs.Compose, new Dictionary<string, string>());
        var post = await bot.PressAsync(StoryVerbs.Post, crafted);
        await bot.DrainAsync();

        // Staff get the card to offer a story for approval (StoryOfferTests), never a way to post it themselves.
        Assert.Contains(StoryCards.ForApprovalText, StoryBot.Text(compose), StringComparison.Ordinal);
        Assert.Contains("go to a leader or champion first", StoryBot.Text(post), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(crafted[StoryDraft.StoryIdKey], Token));
    }

    [Theory]
    [InlineData("kinds", "quality-of-life,wellbeing", "Please choose one or more kinds of outcome from the list.")]
    [InlineData("channel", "19:another-team@thread.tacv2", "Please pick one of the channels listed.")]
    [InlineData("agreed", "false", "Please confirm that the person agreed")]
    [InlineData("helped", "", "Please add what helped.")]
    public async Task Tampered_or_missing_values_get_a_card_with_the_problem_and_nothing_is_stored(string key, string value, string problem)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var values = GoodStory();
        values[key] = value;
        values[StoryDraft.StoryIdKey] = Guid.NewGuid().ToString("N");

        var card = await bot.PressAsync(StoryVerbs.Post, values);
        await bot.DrainAsync();

        Assert.Contains(problem, StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(values[StoryDraft.StoryIdKey], Token));
    }

    [Fact]
    public async Task Identifying_details_are_shown_highlighted_and_the_author_confirms_or_edits_before_the_preview()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var values = GoodStory();
        values["changed"] = "Margaret Thompson now calls 07700 900123 when she wants a lift.";

        var check = await bot.PressAsync(StoryVerbs.Check, values);
        var post = await bot.PressAsync(StoryVerbs.Post, values);
        var confirmed = await bot.PressAsync(StoryVerbs.Check, StoryBot.DataOf(check, "Nothing here identifies anyone, continue").Concat(values).ToDictionary());

        var text = StoryBot.Text(check);
        Assert.Contains("Some words look as if they could identify someone", text, StringComparison.Ordinal);
        Assert.Contains("\"Margaret Thompson\" looks like a person's name; \"07700 900123\" looks like a phone number", text, StringComparison.Ordinal);
        Assert.Contains(Highlighted(check), h => h == "Margaret Thompson");
        Assert.Contains("Some words look as if they could identify someone", StoryBot.Text(post), StringComparison.Ordinal);
        Assert.Contains("Preview:", StoryBot.Text(confirmed), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task Celebrations_are_counted_once_per_person_and_update_the_card_for_everyone()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var preview = await bot.PressAsync(StoryVerbs.Check, GoodStory());
        var id = StoryBot.DataOf(preview, "Post")[StoryDraft.StoryIdKey];
        await bot.PressAsync(StoryVerbs.Post, StoryBot.DataOf(preview, "Post"));
        var celebrate = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = id };

        await bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.SamAad, inChannel: true, cardActivityId: "story-activity");
        await bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.SamAad, inChannel: true, cardActivityId: "story-activity");
        var card = await bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.RobinAad, inChannel: true, cardActivityId: "story-activity");

        Assert.Contains("2 people celebrated this.", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal(2, await bot.App.Get<IStoryStore>().CountCelebrationsAsync(id, Token));
        var update = bot.App.Connector.Sent.Last(s => s.Operation == "update");
        Assert.Equal(("story-activity", StoryBot.Channel), (update.TargetId, update.ConversationId));
        Assert.Contains("2 people celebrated this.", update.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Celebrate_acts_only_in_the_conversation_where_the_story_was_posted()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var preview = await bot.PressAsync(StoryVerbs.Check, GoodStory());
        var id = StoryBot.DataOf(preview, "Post")[StoryDraft.StoryIdKey];
        await bot.PressAsync(StoryVerbs.Post, StoryBot.DataOf(preview, "Post"));
        var celebrate = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = id };

        var elsewhere = await bot.PressAsync(StoryVerbs.Celebrate, celebrate, StoryBot.SamAad, inChannel: false);

        Assert.Contains("That story is no longer here.", elsewhere.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.App.Get<IStoryStore>().CountCelebrationsAsync(id, Token));
    }

    [Fact]
    public async Task In_the_channel_a_leader_gets_the_story_card_in_their_1to1_chat_and_staff_are_told_how_to_offer_one()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);

        await bot.SayAsync("story", StoryBot.AlexAad, inChannel: true);
        await bot.SayAsync("story", StoryBot.RobinAad, inChannel: true);
        await bot.DrainAsync();

        var replies = bot.App.Connector.Sent.Where(s => s.ConversationId.StartsWith(StoryBot.Channel, StringComparison.Ordinal)).Select(s => s.Activity.Text).ToList();
        Assert.Contains("<at>Alex Wilber</at> I've sent you the story form in our 1:1 chat.", replies);
        Assert.Contains(replies, r => r?.Contains("You can offer one: open a chat with me and type **story**", StringComparison.Ordinal) == true);
        var card = Assert.Single(bot.App.Connector.Sent, s => s.Card is not null && !s.ConversationId.StartsWith(StoryBot.Channel, StringComparison.Ordinal));
        Assert.Contains("Share a success story", card.CardText, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"team-id\"", card.Card!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_channel_when_Teams_will_not_open_the_chat_the_leader_is_told_how_to_ask_there_and_nothing_waits_to_be_sent()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        bot.App.Connector.RefuseCreateConversation = true;

        await bot.SayAsync("story", StoryBot.AlexAad, inChannel: true);
        await bot.DrainAsync();

        // Told at once, in the channel, that the chat could not be reached: not "sent" while a card waits to fail later.
        var note = Assert.Single(bot.App.Connector.Sent);
        Assert.StartsWith(StoryBot.Channel, note.ConversationId, StringComparison.Ordinal);
        Assert.Null(note.Card);
        Assert.Equal("<at>Alex Wilber</at> I couldn't send you the story form, because I can't reach our 1:1 chat. Find OutcomesBot in your Chat list (or add it from Apps), then type story there.", note.Activity.Text);
    }

    private static IEnumerable<string> Highlighted(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "TextRun"
            && element.TryGetProperty("highlight", out var highlight) && highlight.GetBoolean() => [element.GetProperty("text").GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Highlighted(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Highlighted),
        _ => [],
    };
}
