using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>A person named a champion, or stepped down, hears it in their 1:1 chat, once per change, through the outbox.</summary>
public sealed class ChampionNoticeTests
{
    private const string SamChat = "personal-user-id-1";

    [Fact]
    public async Task A_newly_named_champion_is_told_what_they_can_do_who_named_them_and_how_to_step_down()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var sam = new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad };

        await bot.PressAsync(ChampionVerbs.Name, sam);
        await bot.PressAsync(ChampionVerbs.Name, sam);
        await bot.DrainAsync();

        var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == SamChat);
        Assert.Contains("You're a champion in My Team", told.CardText, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber named you.", told.CardText, StringComparison.Ordinal);
        Assert.Contains("post success stories in the team's channel", told.CardText, StringComparison.Ordinal);
        Assert.Contains("step you down", told.CardText, StringComparison.Ordinal);

        // Its buttons lead to what a champion can now do, pressed by the new champion in their chat.
        var story = await bot.PressAsync(CardJsonButtons.Find(told.Card!.Value, "Write a story")["verb"]!.GetValue<string>(), new Dictionary<string, string>(), StoryBot.SamAad);
        var learning = await bot.PressAsync(CardJsonButtons.Find(told.Card!.Value, "Start a learning set")["verb"]!.GetValue<string>(), new Dictionary<string, string>(), StoryBot.SamAad);
        Assert.Contains("Share a success story", StoryBot.Text(story), StringComparison.Ordinal);
        Assert.DoesNotContain(StoryCards.ForApprovalText, StoryBot.Text(story), StringComparison.Ordinal);
        Assert.Contains("Start an action-learning set", StoryBot.Text(learning), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_champion_who_is_stepped_down_is_told_kindly_and_someone_not_changed_is_told_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion);
        var sam = new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad };
        var robin = new Dictionary<string, string> { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.RobinAad };

        await bot.PressAsync(ChampionVerbs.Remove, sam);
        await bot.PressAsync(ChampionVerbs.Remove, robin);
        await bot.PressAsync(ChampionVerbs.Name, sam, StoryBot.RobinAad);
        await bot.DrainAsync();

        var told = Assert.Single(bot.App.Connector.Sent, s => s.Card is not null);
        Assert.Equal(SamChat, told.ConversationId);
        Assert.Contains("You're no longer a champion in My Team", told.CardText, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber changed it. Thank you", told.CardText, StringComparison.Ordinal);
    }
}
