using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Momentum;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The momentum and "you said, we did" pieces wired to real SQLite stores and a manual clock, with helpers to make teams
/// (a leader who owns the team and staff with distinctive names), answers and finished exercises.
/// </summary>
public sealed class MomentumHarness : IAsyncDisposable
{
    /// <summary>A Wednesday; its momentum week starts on Monday 23 November 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ThisWeek = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly TempSqlite _database;

    private MomentumHarness(TempSqlite database)
    {
        _database = database;
        var db = database.Database;
        Teams = new SqliteTeamStore(db, Clock);
        CheckIns = new SqliteCheckInStore(db);
        Exercises = new SqliteExerciseSessionStore(db);
        Snapshots = new SqliteMomentumStore(db);
        ShownPriorities = new SqliteShownPrioritiesStore(db);
        ShownThemes = new SqliteShownThemesStore(db);
        Responses = new SqliteYouSaidStore(db);
        ResponsesPersonalData = database.PersonalData("youSaidResponses");
        Outbox = new SqliteOutboxStore(db);
        Calculator = new MomentumCalculator(Teams, CheckIns, new SqliteTeamExerciseCounts(db), Options, Clock);
        var roles = new TeamRoles(Teams, new RoleOptions());
        View = new MomentumView(Snapshots, Calculator, Clock);
        Momentum = new MomentumDialog(roles, View);
        Themes = new CycleThemesReader(CheckIns, ShownThemes, Calculator, Clock);
        YouSaid = new YouSaidDialog(roles, Teams, Themes, Responses, new OutboxYouSaidDelivery(Outbox, Clock), Clock);
        Writer = new MomentumSnapshotWriter(Teams, Calculator, Snapshots, Clock);
    }

    public ManualTimeProvider Clock { get; } = new(Now);
    public CheckInOptions Options { get; } = new();
    public SqliteTeamStore Teams { get; }
    public SqliteCheckInStore CheckIns { get; }
    public SqliteExerciseSessionStore Exercises { get; }
    public SqliteMomentumStore Snapshots { get; }
    public SqliteShownPrioritiesStore ShownPriorities { get; }
    public SqliteShownThemesStore ShownThemes { get; }
    public SqliteYouSaidStore Responses { get; }
    public SqlitePersonalDataSource ResponsesPersonalData { get; }
    public SqliteOutboxStore Outbox { get; }
    public MomentumCalculator Calculator { get; }
    public MomentumDialog Momentum { get; }

    public MomentumView View { get; }
    public CycleThemesReader Themes { get; }
    public YouSaidDialog YouSaid { get; }
    public MomentumSnapshotWriter Writer { get; }

    public SqliteDatabase Database => _database.Database;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The "my data" source of this name over the harness's database.</summary>
    public SqlitePersonalDataSource PersonalData(string name) => _database.PersonalData(name);

    public static async Task<MomentumHarness> CreateAsync() => new(await TempSqlite.CreateAsync());

    public static string LeaderAad(string teamId) => $"aad-{teamId}-leader";

    public static string LeaderId(string teamId) => $"29:{teamId}-leader";

    public static string StaffAad(string teamId, int i) => $"aad-{teamId}-{i}";

    public static string StaffId(string teamId, int i) => $"29:{teamId}-{i}";

    /// <summary>A distinctive name for each staff member, to look for in cards.</summary>
    public static string StaffName(int i) => $"Quentin Blackwood{i}";

    /// <summary>A team with a leader (owner) and <paramref name="staff"/> staff members.</summary>
    public async Task AddTeamAsync(string teamId, int staff, string? name = null)
    {
        await Teams.UpsertTeamAsync(new Team { TeamId = teamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = name ?? teamId, UpdatedAt = Now }, Token);
        List<TeamMember> roster = [new TeamMember { TeamId = teamId, AadObjectId = LeaderAad(teamId), TeamsUserId = LeaderId(teamId), Name = "Lena Leader", IsOwner = true, UpdatedAt = Now }];
        roster.AddRange(Enumerable.Range(1, staff).Select(i => new TeamMember { TeamId = teamId, AadObjectId = StaffAad(teamId, i), TeamsUserId = StaffId(teamId, i), Name = StaffName(i), UpdatedAt = Now }));
        await Teams.SyncRosterAsync(teamId, roster, Token);
    }

    /// <summary>Makes the leader of <paramref name="leaderTeamId"/> an owner of <paramref name="teamId"/> too.</summary>
    public async Task AddLeaderAsync(string teamId, string leaderTeamId)
    {
        var roster = (await Teams.ListMembersAsync(teamId, Token)).ToList();
        roster.Add(new TeamMember { TeamId = teamId, AadObjectId = LeaderAad(leaderTeamId), TeamsUserId = LeaderId(leaderTeamId), Name = "Lena Leader", IsOwner = true, UpdatedAt = Now });
        await Teams.SyncRosterAsync(teamId, roster, Token);
    }

    public async Task<CheckInCycle> OpenCycleAsync(string teamId, DateTimeOffset opensAt, bool pulse = false)
    {
        var cycle = new CheckInCycle($"{teamId}-{opensAt:yyyyMMdd}", teamId, opensAt, opensAt.AddDays(7), pulse);
        await CheckIns.SaveCycleAsync(cycle, Token);
        return cycle;
    }

    public Task AnswerAsync(string teamId, int staff, int confidence, DateTimeOffset at, string? cycleId = null, string? wentWell = null, string? barrier = null, string? supportFrom = null, int? readiness = null, Dictionary<string, int>? pulse = null) =>
        CheckIns.SaveAnswerAsync(new CheckInAnswer(cycleId ?? $"{teamId}-adhoc-{staff}-{at:yyyyMMddHHmm}", StaffId(teamId, staff), teamId, confidence, wentWell, barrier,
            supportFrom is not null, supportFrom, pulse ?? new Dictionary<string, int>(), readiness, at), Token);

    public Task CompleteExerciseAsync(string personId, string exerciseId, DateTimeOffset at) =>
        Exercises.TryAddAsync(new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"),
            PersonId = personId,
            ExerciseId = exerciseId,
            Status = ExerciseSessionStatus.Completed,
            StartedAt = at.AddMinutes(-10),
            UpdatedAt = at,
            CompletedAt = at,
        }, Token);

    public Task<AdaptiveCard> MomentumAsync(string aadObjectId, string verb = MomentumVerbs.Open, string? teamId = null) =>
        Momentum.HandleAsync(Request(aadObjectId, verb, teamId is null ? [] : new() { [LeaderRequest.TeamKey] = teamId }), Token);

    public Task<AdaptiveCard> YouSaidAsync(string aadObjectId, string verb, Dictionary<string, string>? values = null) =>
        YouSaid.HandleAsync(Request(aadObjectId, verb, values ?? []), Token);

    public static LeaderRequest Request(string aadObjectId, string verb, Dictionary<string, string> values) =>
        new("29:" + aadObjectId.Replace("aad-", "", StringComparison.Ordinal), aadObjectId, verb, values);

    /// <summary>The data of the card's button titled <paramref name="title"/>, as the press sends it back.</summary>
    public static Dictionary<string, string> ButtonData(AdaptiveCard card, string title)
    {
        var button = Assert.Single(card.Actions!.OfType<ExecuteAction>(), a => a.Title == title);
        return new Dictionary<string, string>(button.Data!, StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
