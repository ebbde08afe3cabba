using System.Net;
using System.Text.Json.Nodes;
using OutcomesBot.Bot.DemoData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.TrainingPriorities;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.DemoData;

/// <summary>The demo-data command on a temp SQLite store, read back through the bot's own views.</summary>
public sealed class DemoDataCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_data_gives_the_momentum_view_12_finished_weeks_with_figures_and_makes_alex_a_leader()
    {
        using var data = new TemporaryDirectory();
        using var output = new StringWriter();

        var code = await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}"], output, Token);

        Assert.True(code == 0, output.ToString());
        using var app = new BotAppFactory(dataDirectory: data.Path);
        var weeks = await app.Get<MomentumView>().WeeksAsync(DemoTeam.TeamId, Token);
        Assert.Equal(12, weeks.Count);
        Assert.All(weeks, week => Assert.True(week.HasTotals && week.Answered >= 5 && week.AverageConfidence is > 1 and < 5, $"{week.WeekStart:d}: {week.Answered} answered"));
        Assert.Equal(6, weeks.Count(week => week.ReadinessIndex is not null));
        Assert.All(weeks, week => Assert.True(week.ExercisesCompleted >= 5, $"{week.WeekStart:d}: {week.ExercisesCompleted} exercises"));
        Assert.Contains(weeks, week => week.LearningLogEntries > 0);
        Assert.True(weeks[^1].AverageConfidence > weeks[0].AverageConfidence);
        Assert.Equal(MomentumWeeks.StartOf(TimeProvider.System.GetUtcNow()).AddDays(-7), weeks[^1].WeekStart);
        var roles = app.Get<TeamRoles>();
        Assert.Equal(TeamRole.Leader, await roles.RoleOfAsync(DemoTeam.TeamId, "00000000-0000-0000-0000-0000000000020", Token));
        Assert.Equal(TeamRole.Champion, await roles.RoleOfAsync(DemoTeam.TeamId, "00000000-0000-0000-0000-0000000000021", Token));
        var lastWeek = await app.Get<ICheckInStore>().ListAnswersAsync(DemoTeam.TeamId, weeks[^1].WeekStart, weeks[^1].WeekStart.AddDays(7), Token);
        Assert.Contains(lastWeek, answer => answer.Barrier!.Contains("time", StringComparison.Ordinal) || answer.Barrier.Contains("paperwork", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_demo_team_has_a_champion_who_came_back_and_its_leader_is_asked_about_them_on_the_champions_card()
    {
        using var data = new TemporaryDirectory();
        Assert.Equal(0, await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}"], TextWriter.Null, Token));

        using var app = new BotAppFactory(dataDirectory: data.Path);
        var message = Samples.Fresh("message-personal");
        message["text"] = "champions";
        await app.PostActivityAsync(message);

        var card = Assert.Single(app.Connector.Sent);
        Assert.Contains("Isaiah Langer was a champion here before they left. Make them one again?", string.Join('\n', CardTexts.Of(card.Card!.Value)), StringComparison.Ordinal);
        Assert.Equal(TeamRole.Staff, await app.Get<TeamRoles>().RoleOfAsync(DemoTeam.TeamId, DemoTeam.FormerChampion.AadObjectId, Token));
        Assert.Equal(TeamRole.Champion, await app.Get<TeamRoles>().RoleOfAsync(DemoTeam.TeamId, DemoTeam.Champion.AadObjectId, Token));
        Assert.DoesNotContain((await app.Get<IFormerChampions>().ListAsync(DemoTeam.TeamId, Token)), former => !former.Told);
    }

    [Fact]
    public async Task The_demo_leader_is_told_a_story_offer_waits_and_read_and_decide_shows_its_decision_card()
    {
        using var data = new TemporaryDirectory();
        Assert.Equal(0, await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}"], TextWriter.Null, Token));
        Assert.Equal(0, await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}", DemoDataCommand.Force], TextWriter.Null, Token));

        using var app = new BotAppFactory(dataDirectory: data.Path);
        var waiting = await app.Get<IStoryOfferStore>().ListWaitingAsync([DemoTeam.TeamId], Token);
        Assert.Equal(DemoDataSeeder.DemoOfferId, Assert.Single(waiting).StoryId);

        var hi = Samples.Fresh("message-personal");
        hi["text"] = "hi";
        await app.PostActivityAsync(hi);
        var welcome = Assert.Single(app.Connector.Sent).Card!.Value;
        Assert.Contains($"1 story waits for your OK in {DemoTeam.TeamName}.", CardTexts.Of(welcome));

        var press = Samples.Fresh("invoke-adaptiveCard_action-personal");
        press["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = StoryVerbs.Waiting, ["data"] = CardJsonButtons.Find(welcome, StoryOffersWaiting.Show)["data"]!.DeepClone() },
        };
        using var response = await app.PostActivityAsync(press);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = Assert.Single(app.Connector.Sent.Skip(1)).Card!.Value;
        Assert.Contains("A walk to the shop on her own", string.Join('\n', CardTexts.Of(decision)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_run_answers_each_required_field_so_my_entries_shows_no_empty_headings()
    {
        using var data = new TemporaryDirectory();
        Assert.Equal(0, await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}"], TextWriter.Null, Token));

        using var app = new BotAppFactory(dataDirectory: data.Path);
        var sessions = app.Get<IExerciseSessionStore>();
        foreach (var person in DemoTeam.People.Take(6))
        {
            foreach (var run in await sessions.ListAsync(person.TeamsUserId, null, ExerciseSessionStatus.Completed, Token))
            {
                var exercise = ExerciseCatalog.All.Single(e => e.Info.Id == run.ExerciseId);
                var unanswered = exercise.Steps.SelectMany(step => step.Fields).Where(field => field.Required && string.IsNullOrEmpty(run.Answers[field.Id]));
                Assert.True(!unanswered.Any(), $"{run.SessionId} ({run.ExerciseId}) leaves {string.Join(", ", unanswered.Select(f => f.Id))} empty");
            }
        }
    }

    [Fact]
    public async Task The_demo_team_s_training_priorities_show_some_areas_wanted_more_than_others()
    {
        using var data = new TemporaryDirectory();
        Assert.Equal(0, await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}"], TextWriter.Null, Token));

        using var app = new BotAppFactory(dataDirectory: data.Path);
        var sessions = app.Get<IExerciseSessionStore>();
        var audits = new List<MemberAudit>();
        foreach (var person in DemoTeam.People)
        {
            audits.AddRange((await sessions.ListAsync(person.TeamsUserId, TrainingPrioritiesExercise.Id, ExerciseSessionStatus.Completed, Token))
                .Select(run => new MemberAudit(person.TeamsUserId, run.CompletedAt!.Value, PrioritiesPooling.PrioritiesOf(run.Answers))));
        }

        // What a leader's Training priorities card pools: with every rating the scale's middle, every area showed 0 people.
        var pool = PrioritiesPooling.Pool(audits, app.Get<MomentumCalculator>().MinimumAnswers, TimeProvider.System.GetUtcNow());
        Assert.NotNull(pool);
        Assert.Contains(pool.PriorityCounts.Values, count => count > 0);
        Assert.True(pool.PriorityCounts.Values.Distinct().Count() > 1, $"every area: {string.Join(", ", pool.PriorityCounts.Values)}");
    }

    [Fact]
    public async Task A_store_that_already_holds_a_team_is_refused_without_force_and_nothing_is_written()
    {
        using var data = new TemporaryDirectory();
        using (var app = new BotAppFactory(dataDirectory: data.Path))
        {
            await app.AddSampleSenderTeamAsync("19:real-team@thread.tacv2", "Real team", owner: true);
        }

        using var refusedOutput = new StringWriter();
        var refused = await DemoDataCommand.RunAsync(["demo-data", $"--Storage:DataDirectory={data.Path}"], refusedOutput, Token);

        Assert.Equal(2, refused);
        Assert.Contains("already holds 1 team(s)", refusedOutput.ToString(), StringComparison.Ordinal);
        using (var app = new BotAppFactory(dataDirectory: data.Path))
        {
            Assert.Null(await app.Get<ITeamStore>().GetTeamAsync(DemoTeam.TeamId, Token));
        }

        var forced = await DemoDataCommand.RunAsync(["demo-data", "--force", $"--Storage:DataDirectory={data.Path}"], TextWriter.Null, Token);
        Assert.Equal(0, forced);
        using var after = new BotAppFactory(dataDirectory: data.Path);
        Assert.Equal(2, (await after.Get<ITeamStore>().ListTeamsAsync(Token)).Count);
    }

    [Fact]
    public async Task It_never_runs_on_azure_tables()
    {
        using var output = new StringWriter();

        var code = await DemoDataCommand.RunAsync(["demo-data", "--force", "--Storage:Provider=AzureTables", "--Storage:AzureTables:ConnectionString=UseDevelopmentStorage=true"], output, Token);

        Assert.Equal(2, code);
        Assert.Contains("runs only on SQLite", output.ToString(), StringComparison.Ordinal);
    }
}
