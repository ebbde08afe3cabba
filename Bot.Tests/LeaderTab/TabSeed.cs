using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.Themes;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// A team of 9 (a leader and 8 staff) with 52 weeks of history written through the app's own stores: check-ins (a monthly
/// pulse), exercises (each person at most one a week), stories and celebrations, an action-learning set and "you said, we did" responses. Some weeks have
/// only 3 answers, below the threshold of 5. The seed keeps what it wrote, so tests work out the expected figures themselves.
/// Every name, id and free text carries a marker a privacy test looks for.
/// </summary>
public sealed class TabSeed
{
    public const string TeamId = "19:riverside@thread.tacv2";
    public const string TeamName = "Riverside Support";
    public const string Secret = "SECRET-WORDS";

    /// <summary>A Wednesday; its week starts on Monday 23 November 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The 52 finished weeks before <see cref="Now"/>'s week: leaders' views never show the week under way.</summary>
    public static readonly IReadOnlyList<DateTimeOffset> Weeks = MomentumWeeks.LastWeeks(MomentumWeeks.StartOf(Now).AddDays(-7), 52);

    public List<CheckInAnswer> Answers { get; } = [];
    public List<(string ExerciseId, DateTimeOffset At)> Exercises { get; } = [];
    public List<(DateTimeOffset At, int Celebrations)> Stories { get; } = [];
    public List<(DateTimeOffset Opened, int Answers)> Rounds { get; } = [];
    public List<YouSaidResponse> Responses { get; } = [];

    public static string LeaderAad => "aad-leader-0001";

    public static string StaffAad(int i) => $"aad-staff-000{i}";

    public static string PersonId(int i) => i == 0 ? "29:leader-0001" : $"29:staff-000{i}";

    public static string Name(int i) => i == 0 ? "Lena Leaderworth" : $"Quentin Blackwood{i}";

    public static IEnumerable<string> Identifiers() =>
        Enumerable.Range(0, 9).SelectMany(i => new[] { Name(i), PersonId(i), i == 0 ? LeaderAad : StaffAad(i) });

    /// <summary>How many answered in week <paramref name="w"/>: 3 (hidden) every sixth week from week 2, else 5 to 9.</summary>
    public static int AnsweredIn(int w) => w % 6 == 2 ? 3 : 5 + (w % 5);

    public static bool IsPulseWeek(int w) => Weeks[w].Day <= 7;

    /// <summary>Every third week all 8 staff finish an exercise (shown); in the others 2 do, fewer than the threshold of 5.</summary>
    public static bool ManyFinishExercises(int w) => w % 3 == 0;

    public static int Confidence(int w, int p) => 1 + ((w + (p * 3)) % 5);

    public static int Rating(int condition, int w, int p) => 1 + ((condition + p + (2 * w)) % 5);

    public async Task WriteAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var teams = services.GetRequiredService<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = AuthTestBot.TenantId, ServiceUrl = "https://smba.example/", Name = TeamName, UpdatedAt = Now }, cancellationToken);
        await teams.SyncRosterAsync(TeamId, [.. Enumerable.Range(0, 9).Select(i => new TeamMember
        {
            TeamId = TeamId, AadObjectId = i == 0 ? LeaderAad : StaffAad(i), TeamsUserId = PersonId(i), Name = Name(i), IsOwner = i == 0, UpdatedAt = Now,
        })], cancellationToken);
        var people = services.GetRequiredService<IPersonStore>();
        for (var i = 0; i < 9; i++)
        {
            await people.UpsertAsync(new Person { TeamsUserId = PersonId(i), AadObjectId = i == 0 ? LeaderAad : StaffAad(i), Name = Name(i), TenantId = AuthTestBot.TenantId, FirstSeenAt = Now, LastSeenAt = Now }, cancellationToken);
        }

        await CheckInsAsync(services.GetRequiredService<ICheckInStore>(), cancellationToken);
        await ExercisesAsync(services.GetRequiredService<IExerciseSessionStore>(), cancellationToken);
        await StoriesAsync(services.GetRequiredService<IStoryStore>(), cancellationToken);
        await LearningSetAsync(services.GetRequiredService<ILearningSetStore>(), cancellationToken);
        await YouSaidAsync(services.GetRequiredService<IYouSaidStore>(), cancellationToken);
    }

    private async Task CheckInsAsync(ICheckInStore store, CancellationToken cancellationToken)
    {
        var conditions = ChangeReadinessPulse.Conditions.Select(f => ChangeReadinessPulse.ConditionId(f.Id)).ToList();
        for (var w = 0; w < Weeks.Count; w++)
        {
            // The team's weekly cycle, asking the pulse in the first week of each month, as the rhythm does.
            await store.SaveCycleAsync(new CheckInCycle($"cycle-{w}", TeamId, Weeks[w], Weeks[w].AddDays(7), IncludesPulse: IsPulseWeek(w)), cancellationToken);
            for (var p = 0; p < AnsweredIn(w); p++)
            {
                var ratings = IsPulseWeek(w) ? conditions.Select((id, c) => (id, c)).ToDictionary(x => x.id, x => Rating(x.c, w, p)) : new Dictionary<string, int>();
                var answer = new CheckInAnswer($"cycle-{w}", PersonId(p), TeamId, Confidence(w, p), $"{Secret} went well {w}-{p}", $"{Secret} barrier {w}-{p}",
                    p % 3 == 0, p % 3 == 0 ? $"{Secret} support from {w}" : null, ratings, ratings.Count > 0 ? ReadinessIndex.Compute(ratings.Values) : null,
                    Weeks[w].AddDays(1).AddHours(8 + p));
                await store.SaveAnswerAsync(answer, cancellationToken);
                Answers.Add(answer);
            }
        }
    }

    private async Task ExercisesAsync(IExerciseSessionStore store, CancellationToken cancellationToken)
    {
        for (var w = 0; w < Weeks.Count; w++)
        {
            foreach (var p in Enumerable.Range(1, 8).Where(p => ManyFinishExercises(w) || (w + p) % 4 == 0))
            {
                var exercise = ExerciseCatalog.All[(w + p) % 10].Info.Id;
                var at = Weeks[w].AddDays(2).AddHours(9 + p);
                await store.TryAddAsync(new ExerciseSession
                {
                    SessionId = $"run-{w}-{p}", PersonId = PersonId(p), ExerciseId = exercise, Status = ExerciseSessionStatus.Completed,
                    Answers = ExerciseAnswers.Empty.With([new("worked", $"{Secret} exercise {w}-{p}")]), Version = 1, StartedAt = at.AddMinutes(-20), UpdatedAt = at, CompletedAt = at,
                }, cancellationToken);
                Exercises.Add((exercise, at));
            }
        }
    }

    private async Task StoriesAsync(IStoryStore store, CancellationToken cancellationToken)
    {
        for (var w = 0; w < Weeks.Count; w += 5)
        {
            var at = Weeks[w].AddDays(3).AddHours(10);
            var author = 1 + (w % 8);
            var story = new Story
            {
                StoryId = $"story-{w}", TeamId = TeamId, TenantId = AuthTestBot.TenantId, ChannelId = "19:general@thread.tacv2", AuthorAadObjectId = StaffAad(author),
                AuthorName = Name(author), Title = $"{Secret} title {w}", Mattered = $"{Secret} mattered", Changed = $"{Secret} changed", Helped = $"{Secret} helped",
                OutcomeKinds = ["quality-of-life"], PostedAt = at,
            };
            await store.TryAddAsync(story, cancellationToken);
            var celebrations = w % 4;
            for (var c = 1; c <= celebrations; c++)
            {
                await store.CelebrateAsync(story.StoryId, StaffAad(c), at.AddHours(c), cancellationToken);
            }

            Stories.Add((at, celebrations));
        }
    }

    private async Task LearningSetAsync(ILearningSetStore store, CancellationToken cancellationToken)
    {
        var set = new LearningSet
        {
            SetId = "set-riverside", TeamId = TeamId, TenantId = AuthTestBot.TenantId, ChannelId = "19:general@thread.tacv2", Topic = $"{Secret} topic",
            StarterAadObjectId = LeaderAad, Members = [.. Enumerable.Range(1, 5).Select(StaffAad)], IntervalDays = 14, Rounds = 4, TimeZoneId = "Europe/London",
            FirstRoundAt = Weeks[40].AddDays(1).AddHours(10), CreatedAt = Weeks[39],
        };
        await store.TryAddAsync(set, cancellationToken);
        for (var round = 1; round <= set.Rounds; round++)
        {
            for (var m = 1; m <= round + 1; m++)
            {
                await store.SaveAnswerAsync(new LearningAnswer
                {
                    SetId = set.SetId, Round = round, AadObjectId = StaffAad(m), Name = Name(m), Challenge = $"{Secret} challenge", Tried = $"{Secret} tried",
                    Helped = $"{Secret} helped", NextAction = $"{Secret} next", AnsweredAt = set.RoundAt(round).AddHours(m),
                }, cancellationToken);
            }

            Rounds.Add((set.RoundAt(round), round + 1));
        }

        // A weekly set its champion ended after round 2 of 4 (decision 080): the tab counts and names only what it held.
        var ended = set with { SetId = "set-ended", IntervalDays = 7, FirstRoundAt = Weeks[44].AddDays(2).AddHours(10), CreatedAt = Weeks[43] };
        await store.TryAddAsync(ended, cancellationToken);
        for (var round = 1; round <= 2; round++)
        {
            await store.SaveAnswerAsync(new LearningAnswer
            {
                SetId = ended.SetId, Round = round, AadObjectId = StaffAad(1), Name = Name(1), Challenge = $"{Secret} challenge", Tried = $"{Secret} tried",
                Helped = $"{Secret} helped", NextAction = $"{Secret} next", AnsweredAt = ended.RoundAt(round).AddHours(1),
            }, cancellationToken);
            Rounds.Add((ended.RoundAt(round), 1));
        }

        await store.TryEndAsync(ended.SetId, 2, ended.RoundAt(2).AddDays(2), cancellationToken);
    }

    private async Task YouSaidAsync(IYouSaidStore store, CancellationToken cancellationToken)
    {
        foreach (var w in new[] { 20, 35, 50 })
        {
            var response = new YouSaidResponse
            {
                ResponseId = $"response-{w}", TeamId = TeamId, LeaderId = PersonId(0), LeaderAadObjectId = LeaderAad, Text = $"{Secret} we did {w}",
                ThemeIds = [ThemeCatalog.All[w % ThemeCatalog.All.Count].Id], SentAt = Weeks[w].AddDays(4).AddHours(11), Recipients = 9,
            };
            await store.TryAddAsync(response, cancellationToken);
            Responses.Add(response);
        }
    }
}
