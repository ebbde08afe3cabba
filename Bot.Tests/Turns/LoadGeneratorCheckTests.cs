using System.Net;
using System.Text;
using System.Text.Json;
using OutcomesBot.TurnBench;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The load generator's answer check reads bytes with a JSON reader (no string, no document), and its activities are
/// built once per person around the activity id. Both must still refuse what the old string-and-document check refused.
/// </summary>
/// <remarks>Marked slow with everything that reaches into the benchmark, though these start no process.</remarks>
[Slow]
public sealed class LoadGeneratorCheckTests
{
    private const string Card = """{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Pick one"}]}}""";

    [Fact]
    public void An_invoke_answer_with_an_adaptive_card_and_a_body_passes()
    {
        Assert.Null(LoadGenerator.Check(TurnKind.Menu, HttpStatusCode.OK, Encoding.UTF8.GetBytes(Card)));
        Assert.Null(LoadGenerator.Check(TurnKind.CheckIn, HttpStatusCode.OK, Card));
    }

    [Theory]
    [InlineData("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Thanks"}""")]
    [InlineData("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard"}}""")]
    [InlineData("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"actions":{"body":[]}}}""")]
    [InlineData("""{"body":[],"type":"application/vnd.microsoft.card.adaptive"}""")]
    public void An_invoke_answer_without_a_card_body_in_its_value_is_refused(string answer)
    {
        var problem = LoadGenerator.Check(TurnKind.Menu, HttpStatusCode.OK, Encoding.UTF8.GetBytes(answer));

        Assert.StartsWith("invoke answered without a card", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_answer_cut_short_is_not_json()
    {
        var problem = LoadGenerator.Check(TurnKind.Menu, HttpStatusCode.OK, Encoding.UTF8.GetBytes(Card[..^3]));

        Assert.StartsWith("invoke answer is not JSON", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_status_but_200_is_refused_with_its_code_for_every_kind()
    {
        Assert.StartsWith("500 ", LoadGenerator.Check(TurnKind.Help, HttpStatusCode.InternalServerError, "boom"u8), StringComparison.Ordinal);
        Assert.Null(LoadGenerator.Check(TurnKind.Help, HttpStatusCode.OK, ReadOnlySpan<byte>.Empty));
    }

    [Theory]
    [InlineData(TurnKind.Help)]
    [InlineData(TurnKind.Menu)]
    [InlineData(TurnKind.CheckIn)]
    public void A_templated_activity_is_the_built_one_with_its_own_id(TurnKind kind)
    {
        var templates = new ActivityTemplates("http://127.0.0.1:1/");

        var first = templates.With(kind, 7, "run-1-0");
        var second = templates.With(kind, 7, "run-1-12345");

        Assert.Equal(TurnActivities.Build(kind, "http://127.0.0.1:1/", "run-1-12345", 7), Encoding.UTF8.GetString(second));
        using var document = JsonDocument.Parse(first);
        Assert.Equal("run-1-0", document.RootElement.GetProperty("id").GetString());
    }
}
