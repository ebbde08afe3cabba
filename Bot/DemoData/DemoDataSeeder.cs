using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.DemoData;

/// <summary>
/// Writes the demo team (<see cref="DemoTeam"/>) and its last 12 finished weeks through the bot's own store ports:
/// check-in answers with pulses, finished exercises and learning-log entries, two stories with celebrations, a champion,
/// a former champion who came back (decision 091) and one "you said, we did" response. Every id is fixed, so running it
/// twice writes nothing new.
/// </summary>
public sealed class DemoDataSeeder(
    ITeamStore teams, IPersonStore people, ICheckInStore checkIns, IExerciseSessionStore sessions, IStoryStore stories, IYouSaidStore youSaid,
    IFormerChampions formerChampions, IStoryOfferStore offers)
{
    public async Task<int> SeedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firstRun = await teams.GetTeamAsync(DemoTeam.TeamId, cancellationToken) is null;
        await teams.UpsertTeamAsync(new Team { TeamId = DemoTeam.TeamId, TenantId = DemoTeam.TenantId, ServiceUrl = DemoTeam.ServiceUrl, Name = DemoTeam.TeamName, UpdatedAt = now }, cancellationToken);
        await teams.SyncRosterAsync(DemoTeam.TeamId, [.. DemoTeam.People.Select(p => DemoTeam.Member(p, now))], cancellationToken);
        if (firstRun)
        {
            await FormerChampionBackAsync(now, cancellationToken);
        }

        await teams.SetChampionAsync(DemoTeam.TeamId, DemoTeam.Champion.AadObjectId, true, now, cancellationToken);
        foreach (var person in DemoTeam.People)
        {
            await people.UpsertAsync(new Person { TeamsUserId = person.TeamsUserId, AadObjectId = person.AadObjectId, Name = person.Name, TenantId = DemoTeam.TenantId, FirstSeenAt = now, LastSeenAt = now }, cancellationToken);
        }

        var weeks = MomentumWeeks.LastWeeks(MomentumWeeks.StartOf(now).AddDays(-7), DemoTeam.Weeks);
        var answers = 0;
        for (var w = 0; w < weeks.Count; w++)
        {
            for (var p = 0; p < DemoAnswers.AnsweredIn(w); p++)
            {
                await checkIns.SaveAnswerAsync(DemoAnswers.For(w, p, weeks[w]), cancellationToken);
                answers++;
            }

            await ExercisesAsync(w, weeks[w], cancellationToken);
        }

        await StoriesAsync(weeks, cancellationToken);
        await OfferWaitingAsync(now, cancellationToken);
        await youSaid.TryAddAsync(new YouSaidResponse
        {
            ResponseId = "demo-you-said-1", TeamId = DemoTeam.TeamId, LeaderId = DemoTeam.Leader.TeamsUserId, LeaderAadObjectId = DemoTeam.Leader.AadObjectId,
            Text = "You said visits feel rushed. We have moved the weekly team meeting to fortnightly to give back an hour.",
            ThemeIds = ["time"], SentAt = weeks[6].AddDays(4).AddHours(11), Recipients = DemoTeam.People.Count,
        }, cancellationToken);
        return answers;
    }

    // Isaiah Langer was a champion, left the team and came back (decision 091): the store notes it as it takes a champion
    // off the roster, as a real sync does. The leaders count as told (the Playground opens with no card waiting), so Alex
    // meets the question on the team's champions card: "Make champion" or "Keep as staff". Only on the first run, so a
    // second one (--force) does not ask again what Alex has answered.
    private async Task FormerChampionBackAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var returner = DemoTeam.FormerChampion;
        await teams.SetChampionAsync(DemoTeam.TeamId, returner.AadObjectId, true, now, cancellationToken);
        await teams.SyncRosterAsync(DemoTeam.TeamId, [.. DemoTeam.People.Where(p => p != returner).Select(p => DemoTeam.Member(p, now))], cancellationToken);
        await teams.SyncRosterAsync(DemoTeam.TeamId, [.. DemoTeam.People.Select(p => DemoTeam.Member(p, now))], cancellationToken);
        await formerChampions.MarkToldAsync(DemoTeam.TeamId, returner.AadObjectId, now, cancellationToken);
    }

    // The exercises are done by the Playground's six users, who stay in the roster after the Playground's own roster sync.
    private async Task ExercisesAsync(int week, DateTimeOffset weekStart, CancellationToken cancellationToken)
    {
        for (var p = 0; p < 6; p++)
        {
            if ((week + p) % 6 == 5)
            {
                continue;
            }

            var exercise = (week + p) % 3 == 0 ? ExerciseCatalog.All.Single(e => e.Info.Id == LearningLogExercise.Id) : ExerciseCatalog.All[(week + p) % ExerciseCatalog.All.Count];
            var at = weekStart.AddDays(2).AddHours(10 + p);
            await sessions.TryAddAsync(new ExerciseSession
            {
                SessionId = $"demo-{week:00}-{p}", PersonId = DemoTeam.People[p].TeamsUserId,
                ExerciseId = exercise.Info.Id,
                Status = ExerciseSessionStatus.Completed, Answers = DemoExerciseAnswers.For(exercise, at), Version = 1, StartedAt = at.AddMinutes(-20), UpdatedAt = at, CompletedAt = at,
            }, cancellationToken);
        }
    }

    private async Task StoriesAsync(IReadOnlyList<DateTimeOffset> weeks, CancellationToken cancellationToken)
    {
        Story[] posted =
        [
            Story("demo-story-1", DemoTeam.Champion, weeks[4].AddDays(3).AddHours(14), "Back to the allotment",
                "Getting back to his allotment and seeing his friends from the bowling club.",
                "He goes twice a week now, with a neighbour, and says he feels like himself again.",
                "Moving visits to the afternoon and asking the neighbour to join in."),
            Story("demo-story-2", DemoTeam.Leader, weeks[9].AddDays(2).AddHours(11), "Cooking for the family again",
                "Making Sunday lunch for her grandchildren, as she always had.",
                "With a perching stool and prepared vegetables she cooks every Sunday, and the family visit more.",
                "An occupational therapy visit and a conversation about what Sundays used to be like."),
        ];
        foreach (var story in posted)
        {
            await stories.TryAddAsync(story, cancellationToken);
            foreach (var person in DemoTeam.People.Skip(2).Take(4))
            {
                await stories.CelebrateAsync(story.StoryId, person.AadObjectId, story.PostedAt.AddHours(2), cancellationToken);
            }
        }
    }

    // A story a staff member offered and nobody has decided on yet (decision 101), so the leader's welcome card says it waits
    // and **Read and decide** shows its decision card. Only the first run adds it (a stored id adds nothing); once decided it
    // stays decided.
    private Task<bool> OfferWaitingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.AddHours(-3);
        var story = Story(DemoOfferId, DemoTeam.People[4], at, "A walk to the shop on her own",
            "Going to the corner shop by herself, as she did before her fall.",
            "After three weeks of walking it together she now goes alone on Tuesdays and chats with the owner.",
            "Breaking the walk into stages and a bench the council put back by the bus stop.");
        return offers.TryAddAsync(new StoryOffer { Story = story, OfferedAt = at }, cancellationToken);
    }

    /// <summary>The demo's waiting story offer (decision 101).</summary>
    public const string DemoOfferId = "demo-offer-1";

    private static Story Story(string id, DemoPerson author, DateTimeOffset at, string title, string mattered, string changed, string helped) => new()
    {
        StoryId = id, TeamId = DemoTeam.TeamId, TenantId = DemoTeam.TenantId, ChannelId = DemoTeam.TeamId, AuthorAadObjectId = author.AadObjectId,
        AuthorName = author.Name, Title = title, Mattered = mattered, Changed = changed, Helped = helped, OutcomeKinds = ["quality-of-life", "change"], PostedAt = at,
    };
}
