using System.Text.Json;
using Microsoft.Playwright;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises;

/// <summary>
/// A half-done exercise step, drawn by the adaptivecards renderer in Chromium: every button goes through with a required
/// box still empty, and Save for later, Back and Stop send what is typed. The client's own "required" check used to stop
/// Save for later (it validates with associatedInputs "auto"), and Back and Stop sent no inputs at all; the server is the
/// judge of what is missing, on Next.
/// </summary>
[Slow]
public sealed class HalfDoneStepButtonsInBrowserTests
{
    private const string HalfAThought = "Half a thought";

    [Fact]
    public async Task Save_for_later_sends_a_half_done_step()
    {
        var executed = await PressAsync("Save for later", fillBothRequiredBoxes: false);
        Assert.True(executed.Any(e => e.Title == "Save for later"), "Pressing Save for later with a required box empty sent nothing: the client's validation stopped it.");
    }

    // The control: the same page and press, with both required boxes filled, does send (so the harness itself works).
    [Fact]
    public async Task Control_Save_for_later_with_every_required_box_filled_is_sent()
    {
        var executed = await PressAsync("Save for later", fillBothRequiredBoxes: true);
        Assert.Contains(executed, e => e.Title == "Save for later");
    }

    // Next with a required box empty reaches the server, which lists what is missing (ExerciseTamperTests).
    [Fact]
    public async Task Next_with_a_required_box_empty_is_sent_for_the_server_to_check()
    {
        var executed = await PressAsync("Finish", fillBothRequiredBoxes: false);
        var finish = Assert.Single(executed, e => e.Title == "Finish");
        Assert.Equal(HalfAThought, finish.Data.GetValueOrDefault("learning"));
    }

    [Theory]
    [InlineData("Back")]
    [InlineData("Stop")]
    public async Task Back_and_Stop_send_what_is_typed_on_the_step(string title)
    {
        var executed = await PressAsync(title, fillBothRequiredBoxes: false);
        var pressed = Assert.Single(executed, e => e.Title == title);
        Assert.Equal(HalfAThought, pressed.Data.GetValueOrDefault("learning"));
    }

    private sealed record Executed(string Title, Dictionary<string, string> Data);

    private static async Task<List<Executed>> PressAsync(string title, bool fillBothRequiredBoxes)
    {
        var exercise = new LearningLogExercise();
        var session = new ExerciseSession
        {
            SessionId = "s1", PersonId = "29:alex", ExerciseId = exercise.Info.Id, Status = ExerciseSessionStatus.InProgress,
            StepIndex = 1, Version = 2, StartedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        var card = CardJson.Serialize(ExerciseCards.Step(exercise, session));

        NodeTools.EnsureInstalled();
        var library = await File.ReadAllTextAsync(Path.Combine(NodeTools.NodeModulesDirectory, "adaptivecards", "dist", "adaptivecards.min.js"), TestContext.Current.CancellationToken);
        var html = "<!doctype html><meta charset=utf-8><body><script>" + library + "</script><script>"
            + "window.executed = [];"
            + "const c = new AdaptiveCards.AdaptiveCard(); c.parse(" + card + ");"
            + "c.onExecuteAction = a => window.executed.push(JSON.stringify({ title: a.title, data: a.data || {} }));"
            + "document.body.append(c.render());</script>";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = MyDataBrowserTests.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.SetContentAsync(html);

        // Half a thought in the first box; the second required box ("How will you apply it") left for later.
        await page.Locator("textarea").First.FillAsync(HalfAThought);
        if (fillBothRequiredBoxes)
        {
            await page.Locator("textarea").Nth(1).FillAsync("Book longer reviews");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();
        var executed = await page.EvaluateAsync<string[]>("() => window.executed");
        return executed.Select(json => JsonSerializer.Deserialize<JsonElement>(json))
            .Select(e => new Executed(e.GetProperty("title").GetString()!, e.GetProperty("data").EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)))
            .ToList();
    }
}
