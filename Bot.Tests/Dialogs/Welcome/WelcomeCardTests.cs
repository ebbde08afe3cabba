using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Dialogs.Welcome;

/// <summary>Where the welcome card sends staff to check in: the 1:1 chat, whichever conversation the card is read in.</summary>
public sealed class WelcomeCardTests
{
    [Fact]
    public void The_welcome_in_a_channel_sends_staff_to_their_1_1_chat_not_right_here()
    {
        var text = ExerciseDriver.TextOf(WelcomeCard.Create(inSharedConversation: true));

        Assert.Contains("Short check-ins and the guide's exercises, in your 1:1 chat with me.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("right here", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_welcome_in_the_1_1_chat_says_right_here()
    {
        var text = ExerciseDriver.TextOf(WelcomeCard.Create(inSharedConversation: false));

        Assert.Contains("Short check-ins and the guide's exercises, right here in your chat with me.", text, StringComparison.Ordinal);
    }
}
