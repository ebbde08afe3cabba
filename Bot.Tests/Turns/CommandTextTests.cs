using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Turns;

namespace OutcomesBot.Bot.Tests.Turns;

public sealed class CommandTextTests
{
    private static readonly ChannelAccount BotAccount = new() { Id = "28:bot", Name = "OutcomesBot" };

    [Theory]
    [InlineData("<at>OutcomesBot</at> help", "help")]
    [InlineData("<at>OutcomesBot</at>&nbsp;my&nbsp;data", "my data")]
    [InlineData("<p><at>OutcomesBot</at> Check In!</p>", "check in")]
    [InlineData("  Momentum?  ", "momentum")]
    [InlineData("<at>OutcomesBot</at>", "")]
    public void Mention_markup_and_punctuation_are_removed(string text, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = BotAccount,
            Entities = [new Entity { Type = "mention", Mentioned = BotAccount, Text = "<at>OutcomesBot</at>" }],
        };

        Assert.Equal(expected, CommandText.From(activity));
    }

    [Fact]
    public void A_mention_of_someone_else_is_kept_as_text()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>OutcomesBot</at> thanks <at>Sam</at>",
            Recipient = BotAccount,
            Entities =
            [
                new Entity { Type = "mention", Mentioned = BotAccount, Text = "<at>OutcomesBot</at>" },
                new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:sam" }, Text = "<at>Sam</at>" },
            ],
        };

        Assert.Equal("thanks sam", CommandText.From(activity));
    }
}
