using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.TabBench;

/// <summary>
/// A team of <c>size</c> with a year of history through the bot's own stores: about 80% answer each week (a pulse the first
/// week of each month) to the team's weekly check-in cycle, a quarter finish an exercise each week, a story a fortnight, a
/// learning set, monthly "you said".
/// </summary>
internal static class TeamSeeder
{
    public const string TeamId = "19:bench-team@thread.tacv2";
    public const string LeaderAad = "aad-bench-leader";

    public static async Task SeedAsync(IServiceProvider services, int size, DateTimeOffset now, bool snapshots, CancellationToken cancellationToken)
    {
        var teams = services.GetRequiredService<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant-bench", ServiceUrl = "https://smba.example/", Name = "Bench team", UpdatedAt = now }, cancellationToken);
        await teams.SyncRosterAsync(TeamId, [.. Enumerable.Range(0, size).Select(p => new TeamMember
        {
            TeamId = TeamId, AadObjectId = p == 0 ? LeaderAad : $"aad-{p}", TeamsUserId = $"29:p{p}", Name = $"Person {p}", IsOwner = p == 0, UpdatedAt = now,
        })], cancellationToken);
        var weeks = MomentumWeeks.LastWeeks(now, 52);
        var checkIns = services.GetRequiredService<ICheckInStore>();
        var sessions = services.GetRequiredService<IExerciseSessionStore>();
        var conditions = ChangeReadinessPulse.Conditions.Select(f => ChangeReadinessPulse.ConditionId(f.Id)).ToList();
        for (var w = 0; w < weeks.Count; w++)
        {
            var pulse = weeks[w].Day <= 7;
            var cycleId = $"c-{w}";
            await checkIns.SaveCycleAsync(new CheckInCycle(cycleId, TeamId, weeks[w].AddDays(1), weeks[w].AddDays(8), pulse), cancellationToken);
            for (var p = 0; p < size; p++)
            {
                var at = weeks[w].AddDays(1).AddMinutes(p);
                if (at < now && (p + w) % 5 != 0)
                {
                    var ratings = pulse ? conditions.Select((id, c) => (id, c)).ToDictionary(x => x.id, x => 1 + ((x.c + p + w) % 5)) : new Dictionary<string, int>();
                    await checkIns.SaveAnswerAsync(new CheckInAnswer(cycleId, $"29:p{p}", TeamId, 1 + ((p + w) % 5), "went well", "barrier", false, null, ratings,
                        pulse ? ReadinessIndex.Compute(ratings.Values) : null, at), cancellationToken);
                }

                if (at < now && (p + w) % 4 == 0)
                {
                    await sessions.TryAddAsync(new ExerciseSession
                    {
                        SessionId = $"s-{w}-{p}", PersonId = $"29:p{p}", ExerciseId = ExerciseCatalog.All[(p + w) % 10].Info.Id, Status = ExerciseSessionStatus.Completed,
                        Version = 1, StartedAt = at.AddMinutes(-15), UpdatedAt = at, CompletedAt = at,
                    }, cancellationToken);
                }
            }
        }

        await ActivityAsync(services, weeks, now, cancellationToken);
        if (snapshots)
        {
            var calculator = services.GetRequiredService<MomentumCalculator>();
            var store = services.GetRequiredService<IMomentumStore>();
            foreach (var snapshot in await calculator.ComputeAsync(TeamId, weeks.Take(weeks.Count - 1).ToList(), cancellationToken))
            {
                await store.UpsertAsync(snapshot, cancellationToken);
            }
        }
    }

    private static async Task ActivityAsync(IServiceProvider services, IReadOnlyList<DateTimeOffset> weeks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stories = services.GetRequiredService<IStoryStore>();
        for (var w = 0; w < weeks.Count - 1; w += 2)
        {
            var at = weeks[w].AddDays(3);
            await stories.TryAddAsync(new Story
            {
                StoryId = $"story-{w}", TeamId = TeamId, TenantId = "tenant-bench", ChannelId = "19:general", AuthorAadObjectId = $"aad-{1 + w}", Title = "t", Mattered = "m",
                Changed = "c", Helped = "h", OutcomeKinds = ["quality-of-life"], PostedAt = at,
            }, cancellationToken);
            for (var c = 1; c <= w % 6; c++)
            {
                await stories.CelebrateAsync($"story-{w}", $"aad-{c}", at.AddHours(c), cancellationToken);
            }
        }

        var sets = services.GetRequiredService<ILearningSetStore>();
        await sets.TryAddAsync(new LearningSet
        {
            SetId = "set-bench", TeamId = TeamId, TenantId = "tenant-bench", ChannelId = "19:general", Topic = "topic", StarterAadObjectId = LeaderAad,
            Members = [.. Enumerable.Range(1, 8).Select(m => $"aad-{m}")], IntervalDays = 14, Rounds = 6, TimeZoneId = "Europe/London", FirstRoundAt = weeks[30], CreatedAt = weeks[29],
        }, cancellationToken);
        for (var round = 1; round <= 6; round++)
        {
            for (var m = 1; m <= 6; m++)
            {
                await sets.SaveAnswerAsync(new LearningAnswer
                {
                    SetId = "set-bench", Round = round, AadObjectId = $"aad-{m}", Challenge = "c", Tried = "t", Helped = "h", NextAction = "n", AnsweredAt = weeks[30].AddDays(14 * (round - 1)).AddHours(m),
                }, cancellationToken);
            }
        }

        var youSaid = services.GetRequiredService<IYouSaidStore>();
        for (var w = 2; w < weeks.Count; w += 4)
        {
            await youSaid.TryAddAsync(new YouSaidResponse { ResponseId = $"r-{w}", TeamId = TeamId, LeaderId = "29:p0", Text = "we did", SentAt = weeks[w].AddDays(2), Recipients = 50 }, cancellationToken);
        }
    }
}
