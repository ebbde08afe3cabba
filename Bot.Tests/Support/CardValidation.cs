using System.Text.Json;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Writes cards out as files and runs tools/node/validate-cards.mjs (the adaptivecards parser and our Teams rules) over
/// them: the one place the Every*CardTests share. With OUTCOMESBOT_CARD_DUMP set, the files are also copied there, for
/// looking at the cards as a person would (tools/node/render-cards.mjs).
/// </summary>
public static class CardValidation
{
    /// <summary>Validates the cards, named <c>{prefix}-00.json</c>, <c>{prefix}-01.json</c>, ... in order, and asserts they all pass.</summary>
    public static Task<ProcessResult> AssertValidAsync(string prefix, IEnumerable<AdaptiveCard> cards) =>
        AssertValidAsync(prefix, cards.Select(CardJson.Serialize));

    /// <inheritdoc cref="AssertValidAsync(string, IEnumerable{AdaptiveCard})"/>
    public static Task<ProcessResult> AssertValidAsync(string prefix, IEnumerable<JsonElement> cards) =>
        AssertValidAsync(prefix, cards.Select(card => card.GetRawText()));

    /// <inheritdoc cref="AssertValidAsync(string, IEnumerable{AdaptiveCard})"/>
    public static async Task<ProcessResult> AssertValidAsync(string prefix, IEnumerable<string> cardJson)
    {
        var result = await RunAsync(prefix, cardJson.Select((json, i) => KeyValuePair.Create($"{prefix}-{i:00}", json)));
        Assert.True(result.ExitCode == 0, $"{result.StandardOutput}\n{result.StandardError}");
        return result;
    }

    /// <summary>Validates the named cards; the validator's report maps each file name to its problems.</summary>
    public static async Task<(ProcessResult Result, Dictionary<string, string[]> Report)> ReportAsync(IReadOnlyDictionary<string, AdaptiveCard> cards)
    {
        var result = await RunAsync("cards", cards.Select(card => KeyValuePair.Create(card.Key, CardJson.Serialize(card.Value))));
        return (result, JsonSerializer.Deserialize<Dictionary<string, string[]>>(result.StandardOutput)!);
    }

    private static async Task<ProcessResult> RunAsync(string prefix, IEnumerable<KeyValuePair<string, string>> cards)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryDirectory(prefix + "-cards");
        foreach (var (name, json) in cards)
        {
            await File.WriteAllTextAsync(folder.Combine($"{name}.json"), json, cancellationToken);
        }

        var result = await NodeTools.RunScriptAsync("validate-cards.mjs", [folder.Path], cancellationToken);
        if (Environment.GetEnvironmentVariable("OUTCOMESBOT_CARD_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            foreach (var file in Directory.GetFiles(folder.Path))
            {
                File.Copy(file, Path.Combine(dump, Path.GetFileName(file)), overwrite: true);
            }
        }

        return result;
    }
}
