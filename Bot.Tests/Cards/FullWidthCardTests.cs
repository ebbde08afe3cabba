using System.Text.Json.Nodes;
using OutcomesBot.Cards.Kit;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>The kit's short cards, as Teams receives them: full width, with their text where a card cannot be shown.</summary>
public sealed class FullWidthCardTests
{
    [Fact]
    public void A_titled_card_has_the_heading_its_paragraph_and_the_heading_as_fallback_text()
    {
        var card = Json(FullWidthCard.Titled("Not this time", "Nothing was posted."));

        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
        Assert.Equal("Not this time", (string?)card["fallbackText"]);
        Assert.Equal(["Not this time", "Nothing was posted."], card["body"]!.AsArray().Select(block => (string?)block?["text"]));
        Assert.Equal("heading", (string?)card["body"]![0]!["style"]);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void A_titled_card_carries_the_buttons_it_is_given()
    {
        var card = Json(FullWidthCard.Titled("Check-ins switched off", "No more scheduled check-ins.", CardActions.Execute("Set a rhythm", "rhythm.open")));

        Assert.Equal("rhythm.open", (string?)card["actions"]![0]!["verb"]);
    }

    [Fact]
    public void A_card_saying_one_line_shows_that_line_and_falls_back_to_it()
    {
        var card = Json(FullWidthCard.Saying(new TextBlock("This post was taken down.") { IsSubtle = true }));

        Assert.Equal("This post was taken down.", (string?)card["fallbackText"]);
        Assert.Equal(true, (bool?)card["body"]![0]!["isSubtle"]);
        Assert.Single(card["body"]!.AsArray());
    }

    private static JsonNode Json(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!;
}
