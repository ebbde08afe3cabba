namespace OutcomesBot.Dialogs.Welcome;

/// <summary>
/// The card the bot sends when it is installed: what it does for staff, leaders and champions. Its buttons are the
/// reader's: reach is the widest audience the person belongs to (a leader of any team reaches
/// <see cref="CommandAudience.Leaders"/>). A card in a channel is seen by everyone, so it carries everyone's buttons only.
/// A 1:1 chat that opens late shows first what waits for the reader (decision 099), each with the button that opens it.
/// </summary>
public static class WelcomeCard
{
    /// <summary>The heading above what waits for a leader.</summary>
    public const string WaitingHeading = "Waiting for you as a leader";

    /// <summary>The heading above what waits for someone who champions a team and leads none (decision 101).</summary>
    public const string WaitingHeadingForChampions = "Waiting for you as a champion";

    public static AdaptiveCard Create(bool inSharedConversation, CommandAudience reach = CommandAudience.Everyone, IReadOnlyList<WaitingItem>? waiting = null)
    {
        List<CardElement> body = [new TextBlock("Welcome to OutcomesBot") { Size = "Large", Weight = "Bolder", Style = "heading" }];
        if (!inSharedConversation && waiting is { Count: > 0 })
        {
            body.Add(Waiting(reach == CommandAudience.Leaders ? WaitingHeading : WaitingHeadingForChampions, waiting));
        }

        body.AddRange(
        [
            new TextBlock("The training day was the start. I help your team keep working in an outcomes-focused way: "
                + "small regular steps, honest feedback, and a clear view of what is changing for the people you support."),
            // In a channel "right here" would be the channel, where nobody should answer a check-in.
            Audience("For staff", $"Short check-ins and the guide's exercises, {(inSharedConversation ? "in your 1:1 chat with me" : "right here in your chat with me")}. "
                + "Your answers stay yours: leaders only ever see team totals."),
            Audience("For team leaders", "Share success stories, set the team's check-in rhythm and see the team's momentum over time."),
            Audience("For champions", "Run action-learning prompts in your team's channels and gather stories worth celebrating."),
        ]);
        if (inSharedConversation)
        {
            body.Add(new TextBlock("In a channel or group chat, @mention me before a command, for example @OutcomesBot help.")
            {
                IsSubtle = true,
                Spacing = "Medium",
            });
        }

        body.Add(Notice.Of("Based on IRISS's guide *Leading for outcomes* (CC BY-NC-SA 2.5 Scotland).") with { Spacing = "Medium" });

        return FullWidthCard.Create(
            body,
            Buttons(inSharedConversation ? CommandAudience.Everyone : reach),
            $"Welcome to OutcomesBot. {CommandHint.Type("help", inSharedConversation)} to see what I can do.");
    }

    private static List<CardAction> Buttons(CommandAudience reach)
    {
        List<CardAction> actions =
        [
            new ExecuteAction("Start an exercise", WelcomeVerbs.OpenExercises) { Style = "positive" },
            new ExecuteAction("Check in", WelcomeVerbs.OpenCheckIn),
        ];
        if (reach == CommandAudience.Leaders)
        {
            actions.Add(new ExecuteAction("Team momentum", WelcomeVerbs.OpenMomentum));
        }

        if (reach != CommandAudience.Everyone)
        {
            actions.Add(new ExecuteAction("Share a story", WelcomeVerbs.OpenStories));
        }

        actions.Add(new ExecuteAction("All commands", WelcomeVerbs.ShowHelp));
        return actions;
    }

    // Above the rest, in a tinted box: what a leader came to the chat late for, not what the bot does in general.
    private static Container Waiting(string heading, IReadOnlyList<WaitingItem> waiting)
    {
        List<CardElement> items = [new TextBlock(heading) { Weight = "Bolder" }];
        foreach (var item in waiting)
        {
            // A line after another's button starts a little lower, so each line reads with its own button on a phone.
            items.Add(new TextBlock(item.Text) { Spacing = items.Count == 1 ? "Small" : "Medium" });
            items.Add(new ActionSet([CardActions.Execute(item.ButtonTitle, item.Verb, item.Data)]));
        }

        return new Container(items) { Style = "accent", Spacing = "Medium" };
    }

    private static Container Audience(string title, string text) => LabelledText.Of(title, text) with { Spacing = "Medium" };
}
