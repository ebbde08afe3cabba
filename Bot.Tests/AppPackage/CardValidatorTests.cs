using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.AppPackage;

[Slow]
public sealed class CardValidatorTests
{
    private const string GoodCard = """
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "How did this week go?" },
            { "type": "Input.Text", "id": "note", "label": "Your note", "isRequired": true, "errorMessage": "Write a few words" },
            { "type": "Chart.Line", "title": "Momentum", "fallback": { "type": "TextBlock", "text": "Momentum: 3 weeks" } }
          ],
          "actions": [ { "type": "Action.Execute", "title": "Send", "verb": "checkin.submit" } ]
        }
        """;

    private const string BadCard = """
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "How did this week go?" },
            { "type": "Input.Text", "id": "note" }
          ],
          "actions": [ { "type": "Action.Execute", "title": "Send" } ]
        }
        """;

    [Fact]
    public async Task Validator_passes_a_good_card_and_reports_exactly_a_missing_verb_and_a_missing_label()
    {
        using var folder = new TemporaryDirectory();
        await File.WriteAllTextAsync(folder.Combine("good.json"), GoodCard, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(folder.Combine("bad.json"), BadCard, TestContext.Current.CancellationToken);

        var result = await NodeTools.RunScriptAsync("validate-cards.mjs", [folder.Path], TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = JsonSerializer.Deserialize<Dictionary<string, string[]>>(result.StandardOutput)!;
        Assert.Empty(report["good.json"]);
        Assert.Equal(
            ["$.body[1]: Input.Text has no label", "$.actions[0]: Action.Execute has no verb"],
            report["bad.json"]);
    }

    [Fact]
    public async Task Validator_exits_zero_when_every_card_is_valid()
    {
        using var folder = new TemporaryDirectory();
        await File.WriteAllTextAsync(folder.Combine("good.json"), GoodCard, TestContext.Current.CancellationToken);

        var result = await NodeTools.RunScriptAsync("validate-cards.mjs", [folder.Path], TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
