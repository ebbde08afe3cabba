using System.Text.Json.Nodes;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>
/// The red box of what to fix on a form, as each form shows it: a problem is already a request ("Please answer …"), so
/// the box asks nothing on top of it; one problem reads as one sentence, several as a list under one plain line.
/// </summary>
public sealed class ProblemListTests
{
    private const string Missing = "Please answer \"What worked?\".";
    private const string Another = "Please answer \"What didn't work?\".";

    [Fact]
    public void A_step_with_one_missing_answer_says_just_that()
    {
        var step = ExerciseCards.Step(new LearningLogExercise(), Run(), problems: [Missing]);

        Assert.Equal([Missing], Boxes(step));
    }

    [Fact]
    public void A_step_with_two_problems_lists_them_under_one_line_that_asks_nothing_itself()
    {
        var step = ExerciseCards.Step(new LearningLogExercise(), Run(), problems: [Missing, Another]);

        Assert.Equal([$"Some things need another look:\n\n- {Missing}\n\n- {Another}"], Boxes(step));
    }

    [Fact]
    public void Every_form_with_problems_says_please_once_per_problem()
    {
        var now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var team = new Team { TeamId = "team-1", TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Day service", UpdatedAt = now };
        var cycle = new CheckInCycle("team:team-1:20261130T0900Z", "team-1", now, now.AddDays(7), IncludesPulse: false);
        var set = new LearningSet
        {
            SetId = "set-1", TeamId = "team-1", TenantId = "t", ChannelId = "19:general", Topic = "Risk", StarterAadObjectId = "aad-1",
            Members = ["aad-1", "aad-2"], IntervalDays = 7, Rounds = 2, TimeZoneId = "Europe/London", FirstRoundAt = now,
        };
        AdaptiveCard[] forms =
        [
            CheckInCards.Form(cycle, problems: [CheckInDialog.PulseProblem]),
            TeamRhythmCards.Form([team], "team-1", new Dictionary<string, string>(), null, null, ["Please choose a day of the week."]),
            StoryCards.Compose(StoryDraft.From(new Dictionary<string, string>()), [], ["Please add a title.", "Please pick one of the channels listed."]),
            LearningSetCards.Start(new LearningSetDraft(), [], [], ["Please choose weekly or fortnightly."]),
            LearningRoundCards.Prompt(set, 1, problems: ["Please write what you tried (up to 1000 characters).", "Please write what helped (up to 1000 characters)."]),
        ];

        var boxes = forms.Select(form => Assert.Single(Boxes(form))).ToList();

        Assert.Equal(CheckInDialog.PulseProblem, boxes[0]);
        Assert.Equal("Nothing was saved. Please choose a day of the week.", boxes[1]);
        Assert.All(boxes, box => Assert.DoesNotContain("Please check these", box, StringComparison.Ordinal));
        Assert.Equal([1, 1, 2, 1, 2], boxes.Select(box => box.Split("Please").Length - 1));
        Assert.StartsWith(ProblemList.Several, boxes[2], StringComparison.Ordinal);
        Assert.StartsWith(ProblemList.Several, boxes[4], StringComparison.Ordinal);
    }

    private static ExerciseSession Run() => new()
    {
        SessionId = "run-1",
        PersonId = "alex",
        ExerciseId = LearningLogExercise.Id,
        Status = ExerciseSessionStatus.InProgress,
        Version = 1,
    };

    // The text of every red ("attention") box at the top level of the card's body.
    private static List<string> Boxes(AdaptiveCard card) =>
        [.. JsonNode.Parse(CardJson.Serialize(card))!["body"]!.AsArray()
            .Where(element => (string?)element?["style"] == "attention")
            .Select(element => (string)element!["items"]![0]!["text"]!)];
}
