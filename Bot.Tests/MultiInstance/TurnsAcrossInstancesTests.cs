using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// Turns that reach two instances: Teams' redelivery of an activity landing on the other instance, and one person's two
/// devices pressing the same card at once, each press on a different instance. The instances share only Azure Tables
/// (the activity claims and the stores) and the Quartz cluster; the load balancer is a <c>LoopbackFront</c>.
/// </summary>
[Slow]
public sealed class TurnsAcrossInstancesTests(FrontedCluster cluster) : IClassFixture<FrontedCluster>
{
    private const string OutOfDate = "out of date";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_check_in_redelivered_to_the_other_instance_updates_the_card_once_and_is_stored_once()
    {
        const string person = "29:front-redelivered";
        const string conversation = "a:conv-front-redelivered";
        var cycle = await OpenCycleAsync("team-front-redelivered", person);
        var submit = CheckInSubmit(conversation, person, cycle, confidence: 4);

        var first = await cluster.Front.SendAsync(submit, Token);
        var delivered = cluster.Connector.DeliveredPerConversation.GetValueOrDefault(conversation);
        var answered = await AnswerAsync(cycle, person);
        var again = await cluster.Front.RedeliverAsync(submit, Token);

        Assert.Equal((200, 200), (first.StatusCode, again.StatusCode));
        Assert.NotEqual(first.Instance, again.Instance);
        Assert.Equal(1, delivered);
        Assert.Equal(1, cluster.Connector.DeliveredPerConversation.GetValueOrDefault(conversation));
        var stored = await AnswerAsync(cycle, person);
        Assert.Equal(4, stored.Confidence);
        Assert.Equal(answered.AnsweredAt, stored.AnsweredAt);
    }

    [Fact]
    public async Task One_check_in_delivered_to_both_instances_at_once_is_processed_by_one()
    {
        const string person = "29:front-twice";
        const string conversation = "a:conv-front-twice";
        var cycle = await OpenCycleAsync("team-front-twice", person);
        var submit = CheckInSubmit(conversation, person, cycle, confidence: 2);

        var answers = await Task.WhenAll(cluster.Front.SendToAsync(0, submit, Token), cluster.Front.SendToAsync(1, submit, Token));

        Assert.All(answers, answer => Assert.Equal(200, answer.StatusCode));
        Assert.Equal(1, cluster.Connector.DeliveredPerConversation.GetValueOrDefault(conversation));
        Assert.Equal(2, (await AnswerAsync(cycle, person)).Confidence);
    }

    [Fact]
    public async Task Next_pressed_on_two_devices_that_reach_two_instances_saves_one_answer_and_shows_the_other_out_of_date()
    {
        // Several people at once, so that some pairs of presses overlap in time on the two instances (both read the
        // run before either saves: the conditional save in Azure Tables decides) and some do not (the second sees the
        // new version when it reads); either way one press wins.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(PressNextOnTwoDevicesAsync));
    }

    private async Task PressNextOnTwoDevicesAsync(int index)
    {
        var person = $"29:front-devices-{index}";
        var conversation = $"a:conv-front-devices-{index}";
        var begun = await cluster.Front.SendAsync(Execute(conversation, person, ExerciseVerbs.Begin, new JsonObject { [ExerciseVerbs.ExerciseKey] = "learning-log" }), Token);
        var next = InvokeCards.ActionData(begun.Body, ExerciseVerbs.Next);
        var phone = Execute(conversation, person, ExerciseVerbs.Next, With(next, "Phone: asked Jean", "Phone: rushed"));
        var laptop = Execute(conversation, person, ExerciseVerbs.Next, With(next, "Laptop: listened", "Laptop: forgot notes"));

        var answers = await Task.WhenAll(cluster.Front.SendToAsync(0, phone, Token), cluster.Front.SendToAsync(1, laptop, Token));

        Assert.All(answers, answer => Assert.Equal(200, answer.StatusCode));
        Assert.Single(answers, answer => answer.Body.Contains(OutOfDate, StringComparison.Ordinal));
        Assert.All(answers, answer => Assert.Contains("Looking forward", answer.Body, StringComparison.Ordinal));
        var winner = answers[0].Body.Contains(OutOfDate, StringComparison.Ordinal) ? "Laptop" : "Phone";
        var sessionId = next[ExerciseVerbs.SessionKey]!.GetValue<string>();
        var stored = await cluster.Stores.GetRequiredService<IExerciseSessionStore>().GetAsync(person, sessionId, Token);
        Assert.NotNull(stored);
        Assert.Equal((2L, 1), (stored.Version, stored.StepIndex));
        Assert.StartsWith(winner + ":", stored.Answers["worked"], StringComparison.Ordinal);
        Assert.StartsWith(winner + ":", stored.Answers["didnt-work"], StringComparison.Ordinal);
    }

    private async Task<CheckInCycle> OpenCycleAsync(string teamId, string person)
    {
        var now = TimeProvider.System.GetUtcNow();
        var teams = cluster.Stores.GetRequiredService<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = teamId, TenantId = "tenant-1", ServiceUrl = cluster.Connector.ServiceUrl, Name = teamId, UpdatedAt = now }, Token);
        await teams.UpsertMemberAsync(new TeamMember { TeamId = teamId, AadObjectId = TeamsActivities.AadObjectIdOf(person), TeamsUserId = person, UpdatedAt = now }, Token);
        var cycle = new CheckInCycle($"{teamId}-cycle", teamId, now.AddMinutes(-1), now.AddDays(7), IncludesPulse: false);
        await cluster.Stores.GetRequiredService<ICheckInStore>().SaveCycleAsync(cycle, Token);
        return cycle;
    }

    private async Task<CheckInAnswer> AnswerAsync(CheckInCycle cycle, string person)
    {
        var answer = await cluster.Stores.GetRequiredService<ICheckInStore>().GetAnswerAsync(cycle.CycleId, person, Token);
        Assert.NotNull(answer);
        return answer;
    }

    private string CheckInSubmit(string conversation, string person, CheckInCycle cycle, int confidence) =>
        TeamsActivities.Submit(cluster.Connector.ServiceUrl, conversation, person, "card-checkin", new JsonObject
        {
            ["verb"] = CheckInVerbs.Submit,
            [CheckInVerbs.CycleKey] = cycle.CycleId,
            [CheckInQuestions.Confidence.Id] = confidence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CheckInQuestions.WentWell.Id] = "Asked what matters to them",
            [CheckInQuestions.Barrier.Id] = "",
            [CheckInQuestions.WantsSupport.Id] = "false",
        });

    private string Execute(string conversation, string person, string verb, JsonObject data) =>
        TeamsActivities.Execute(cluster.Connector.ServiceUrl, conversation, person, verb, data);

    private static JsonObject With(JsonObject data, string worked, string didntWork)
    {
        var merged = data.DeepClone().AsObject();
        merged["worked"] = worked;
        merged["didnt-work"] = didntWork;
        return merged;
    }
}
