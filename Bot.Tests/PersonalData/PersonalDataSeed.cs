using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Conversations;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.PersonalData;
using OutcomesBot.Dialogs.Teams;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// One person's data written through the real store ports into every store that keeps personal data, each piece
/// carrying <see cref="Marker"/> where the store holds text, so an export or a leftover row can be recognised.
/// </summary>
public sealed record PersonalDataSeed(string TeamsUserId, string AadObjectId, string ConversationId, string Marker)
{
    public const string TeamId = "19:team-shared@thread.tacv2";
    public const string TeamCycleId = "team-cycle-1";

    public static PersonalDataSeed Alex { get; } = new("29:alex-teams-id", "aad-alex-0001", "a:alex-personal-chat", "ALEX-SAID-THIS");

    public static PersonalDataSeed Blake { get; } = new("29:blake-teams-id", "aad-blake-0002", "a:blake-personal-chat", "BLAKE-SAID-THAT");

    public PersonIdentity Identity => new(TeamsUserId, AadObjectId);

    /// <summary>Writes everything; <paramref name="answeredAt"/> dates the answers (retention tests move it back).</summary>
    public async Task WriteAsync(IServiceProvider services, DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var now = answeredAt;
        await services.GetRequiredService<IPersonStore>().UpsertAsync(
            new Person { TeamsUserId = TeamsUserId, AadObjectId = AadObjectId, Name = Marker + " Name", TimeZone = "Europe/London", FirstSeenAt = now, LastSeenAt = now },
            cancellationToken);
        await services.GetRequiredService<IConversationStore>().UpsertAsync(
            new ConversationReference { ConversationId = ConversationId, ServiceUrl = "https://smba.example/", Kind = ConversationKind.Personal, UserId = TeamsUserId, UpdatedAt = now },
            cancellationToken);
        var deduplicator = services.GetRequiredService<IActivityDeduplicator>();
        await deduplicator.TryClaimAsync(ConversationId, "activity-" + Marker, cancellationToken);
        await deduplicator.CompleteAsync(ConversationId, "activity-" + Marker, $$"""{"text":"{{Marker}} in a stored reply"}""", cancellationToken);
        await WriteAnswersAsync(services, "run-" + Marker, answeredAt, cancellationToken);
        var checkIns = services.GetRequiredService<ICheckInStore>();
        await checkIns.SavePreferencesAsync(new CheckInPreferences(TeamsUserId) { OptedOut = true }, cancellationToken);
        await checkIns.SaveCycleAsync(new CheckInCycle("own-cycle-" + Marker, null, now, now.AddDays(2), false) { OwnerPersonId = TeamsUserId }, cancellationToken);
        await services.GetRequiredService<IOutboxStore>().EnqueueAsync(
            [OutboxMessage.Create(TeamCycleId, TeamsUserId, "tenant-1", "checkin", $$"""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"For {{Marker}}"}]}""", now)],
            cancellationToken);
        await services.GetRequiredService<IReachability>().MarkUnreachableAsync(TeamsUserId, "blocked", now, cancellationToken);
        await services.GetRequiredService<ITeamStore>().UpsertMemberAsync(
            new TeamMember { TeamId = TeamId, AadObjectId = AadObjectId, TeamsUserId = TeamsUserId, Name = Marker + " Name", UpdatedAt = now },
            cancellationToken);
        await services.GetRequiredService<DownloadLinks>().IssueAsync(Identity, cancellationToken);
    }

    /// <summary>A finished exercise run and an answer to the team's check-in, both carrying the marker.</summary>
    public async Task WriteAnswersAsync(IServiceProvider services, string runId, DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var answers = new ExerciseAnswers(new Dictionary<string, string>(StringComparer.Ordinal) { ["what-worked"] = Marker + " worked" });
        await services.GetRequiredService<IExerciseSessionStore>().TryAddAsync(
            new ExerciseSession
            {
                SessionId = runId, PersonId = TeamsUserId, ExerciseId = "learning-log", Status = ExerciseSessionStatus.Completed,
                Answers = answers, Version = 1, StartedAt = answeredAt, UpdatedAt = answeredAt, CompletedAt = answeredAt,
            },
            cancellationToken);
        var checkIns = services.GetRequiredService<ICheckInStore>();
        // The team's cycle is shared by everybody in the team, so its id carries no marker.
        var cycleId = TeamCycleId + "-" + answeredAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await checkIns.SaveCycleAsync(new CheckInCycle(cycleId, TeamId, answeredAt.AddDays(-1), answeredAt.AddDays(6), false), cancellationToken);
        await checkIns.SaveAnswerAsync(
            new CheckInAnswer(cycleId, TeamsUserId, TeamId, 4, Marker + " went well", null, false, null, new Dictionary<string, int>(), null, answeredAt),
            cancellationToken);
    }
}
