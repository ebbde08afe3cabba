using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises.OutcomesBasics;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Dialogs.Stories;

/// <summary>A success story can be about what changed for an unpaid carer (the guide's Table 2), not only for the person supported.</summary>
public sealed class CarerOutcomeKindsTests
{
    [Fact]
    public void The_story_form_offers_the_carers_outcomes()
    {
        var form = CardJson.Serialize(StoryCards.Compose(StoryDraft.From(new Dictionary<string, string>()), [], []));

        Assert.Contains("Carer: managing the caring role", form, StringComparison.Ordinal);
        Assert.Contains("Carer: their own life", form, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_about_a_carer_s_outcome_is_accepted_and_a_made_up_kind_is_not()
    {
        StoryChannel channel = new("19:general@thread.tacv2", "team-id", "tenant-1", "My Team › General");
        var values = new Dictionary<string, string>
        {
            ["title"] = "Back to choir",
            ["mattered"] = "Time for herself",
            ["changed"] = "A sitter on Thursdays",
            ["helped"] = "The carers centre",
            ["kinds"] = CarerOutcomeKinds.OwnLife,
            ["agreed"] = "true",
            ["channel"] = channel.ConversationId,
        };

        Assert.Empty(StoryDraft.From(values).Problems([channel]));
        values["kinds"] = "carer-made-up";
        Assert.Contains("Please choose one or more kinds of outcome from the list.", StoryDraft.From(values).Problems([channel]));
    }
}
