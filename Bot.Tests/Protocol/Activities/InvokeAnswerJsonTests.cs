using System.Text.Json;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Cards.Kit;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Tests.Protocol.Activities;

/// <summary>
/// A frozen card (the exercise menu for a state) is the same answer every time it is shown: its invoke answer's JSON is
/// made once and is byte for byte what serialising the answer of the same card unfrozen gives.
/// </summary>
public sealed class InvokeAnswerJsonTests
{
    [Fact]
    public void A_frozen_cards_answer_is_made_once_with_the_same_bytes_as_any_answer()
    {
        var frozen = CardJson.Freeze(FullWidthCard.Titled("Exercises", "Pick one to start."));
        var unfrozen = FullWidthCard.Titled("Exercises", "Pick one to start.");

        var first = AdaptiveCardInvokeResponse.Card(frozen);
        var again = AdaptiveCardInvokeResponse.Card(frozen);
        var perTurn = AdaptiveCardInvokeResponse.Card(unfrozen);

        Assert.Same(first, again);
        Assert.Null(perTurn.Utf8);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(perTurn, ProtocolJson.Options), first.Utf8);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(first, ProtocolJson.Options), first.Utf8);
    }

    /// <summary>Teams shows an invoke's message as a plain pop-up: every one loses markdown's bold marks in one place.</summary>
    [Fact]
    public void A_pop_up_message_is_plain_text()
    {
        var answer = AdaptiveCardInvokeResponse.Message("That card is old: type **help** to see what I can do.");

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, answer.Type);
        Assert.Equal("That card is old: type help to see what I can do.", answer.Value.GetString());
    }
}
