using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Cards.Kit;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.CheckIns;
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
    public const string LeftTeamId = "19:team-left@thread.tacv2";

    public static PersonalDataSeed Alex { get; } = new("29:alex-teams-id", "aad-alex-0001", "a:alex-personal-chat", "ALEX-SAID-THIS");

    public static PersonalDataSeed Blake { get; } = new("29:blake-teams-id", "aad-blake-0002", "a:blake-personal-chat", "BLAKE-SAID-THAT");

    public PersonIdentity Identity => new(TeamsUserId, AadObjectId);

    /// <summary>The person's own short id ("alex"), for rows the team keeps after a delete, so they carry no marker.</summary>
    public string FirstName => Marker.Split('-')[0].ToLowerInvariant();

    public string StoryId => "story-by-" + FirstName;

    public string OfferId => "offer-by-" + FirstName;

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
        // A pause that has ended, not a stop: a stop and a running pause are kept by the delete, bare (decisions 079 and
        // 084, PersonalDataContract's own tests).
        await checkIns.SavePreferencesAsync(new CheckInPreferences(TeamsUserId) { PausedUntil = now.AddDays(-1) }, cancellationToken);
        await checkIns.SaveCycleAsync(new CheckInCycle("own-cycle-" + Marker, null, now, now.AddDays(2), false) { OwnerPersonId = TeamsUserId }, cancellationToken);
        await services.GetRequiredService<IOutboxStore>().EnqueueAsync(
            [OutboxMessage.Create(TeamCycleId, TeamsUserId, "tenant-1", "checkin", $$"""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"For {{Marker}}"}]}""", now)],
            cancellationToken);
        await services.GetRequiredService<IReachability>().MarkUnreachableAsync(TeamsUserId, "blocked", now, cancellationToken);
        await services.GetRequiredService<ITeamStore>().UpsertMemberAsync(
            new TeamMember { TeamId = TeamId, AadObjectId = AadObjectId, TeamsUserId = TeamsUserId, Name = Marker + " Name", UpdatedAt = now },
            cancellationToken);
        await services.GetRequiredService<DownloadLinks>().IssueAsync(Identity, cancellationToken);

        // A champion of a team they have left (decision 087): remembered, so its leaders are told if they come back.
        var teams = services.GetRequiredService<ITeamStore>();
        await teams.UpsertMemberAsync(new TeamMember { TeamId = LeftTeamId, AadObjectId = AadObjectId, TeamsUserId = TeamsUserId, Name = Marker + " Name", UpdatedAt = now }, cancellationToken);
        await teams.SetChampionAsync(LeftTeamId, AadObjectId, true, now, cancellationToken);
        await teams.RemoveMemberAsync(LeftTeamId, AadObjectId, cancellationToken);
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

    /// <summary>
    /// What the person did as a team member or leader: a you-said response, a story they wrote and celebrated, a
    /// learning set they started and answered, the team check-in delivered to them, a rhythm they set, an install attempt.
    /// The story and rhythm stay for the team after a delete, so only the person's name and ids there carry them.
    /// </summary>
    public async Task WriteTeamWorkAsync(IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<IYouSaidStore>().TryAddAsync(
            new YouSaidResponse { ResponseId = "you-said-" + FirstName, TeamId = TeamId, LeaderId = TeamsUserId, LeaderAadObjectId = AadObjectId, Text = Marker + " we did", SentAt = now, Recipients = 3 },
            cancellationToken);
        var stories = services.GetRequiredService<IStoryStore>();
        await stories.TryAddAsync(
            new Story
            {
                StoryId = StoryId, TeamId = TeamId, TenantId = "tenant-1", ChannelId = TeamId, AuthorAadObjectId = AadObjectId, AuthorName = Marker + " Name",
                Title = "A kept story", Mattered = "Going out again", Changed = "More walks", Helped = "Asking first", OutcomeKinds = ["connection"], PostedAt = now,
            },
            cancellationToken);
        await stories.CelebrateAsync(StoryId, AadObjectId, now, cancellationToken);
        await services.GetRequiredService<IStoryOfferStore>().TryAddAsync(
            new StoryOffer
            {
                Story = new Story
                {
                    StoryId = OfferId, TeamId = TeamId, TenantId = "tenant-1", ChannelId = TeamId, AuthorAadObjectId = AadObjectId, AuthorName = Marker + " Name",
                    Title = Marker + " offered story", Mattered = "Seeing friends", Changed = "Out weekly", Helped = "A lift", OutcomeKinds = ["connection"], PostedAt = now,
                },
                OfferedAt = now,
            },
            cancellationToken);
        var learning = services.GetRequiredService<ILearningSetStore>();
        await learning.TryAddAsync(
            new LearningSet
            {
                SetId = "set-" + FirstName, TeamId = TeamId, TenantId = "tenant-1", ChannelId = TeamId, Topic = "Shared topic", StarterAadObjectId = AadObjectId,
                Members = ["aad-someone-else", AadObjectId.ToUpperInvariant(), "aad-third-member"], IntervalDays = 14, Rounds = 3, TimeZoneId = "Europe/London", FirstRoundAt = now, CreatedAt = now,
            },
            cancellationToken);
        await learning.SaveAnswerAsync(
            new LearningAnswer { SetId = "set-" + FirstName, Round = 1, AadObjectId = AadObjectId, Name = Marker + " Name", Challenge = Marker + " challenge", Tried = "tried", Helped = "helped", NextAction = "next", AnsweredAt = now },
            cancellationToken);
        await services.GetRequiredService<ICheckInDeliveryStore>().AddAsync(
            [new CheckInDelivery(TeamCycleId, TeamsUserId, TeamId, now, "Europe/London", "Europe/London", now.AddDays(2))], cancellationToken);
        await services.GetRequiredService<ITeamRhythmStore>().SaveAsync(
            new CheckInSchedule("19:rhythm-" + FirstName, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London"), AadObjectId, now, cancellationToken);
        await services.GetRequiredService<IAppInstallLog>().RecordAsync(AadObjectId, DirectoryStatus.Ok, now, cancellationToken);
        await services.GetRequiredService<IStoryAskStops>().StopAsync(new StoryAskStop(TeamId, AadObjectId, TeamsUserId, now), cancellationToken);
        await services.GetRequiredService<INoteStops>().StopAsync(new NoteStop(AadObjectId, "roles", TeamsUserId, now), cancellationToken);
        var support = services.GetRequiredService<ISupportRequestStore>();
        await support.TryAddAsync(
            new SupportRequest("support-by-" + FirstName, "tenant-1", TeamId, TeamsUserId, AadObjectId, Marker + " Name", Marker + " needs support", now),
            new SupportRecipient("support-by-" + FirstName, "29:someone-else", "aad-someone-else", "Someone else", now),
            cancellationToken);
        await support.TryAddAsync(
            new SupportRequest("support-for-" + FirstName, "tenant-1", TeamId, "29:someone-else", "aad-someone-else", "Someone else", "Help with a review", now),
            new SupportRecipient("support-for-" + FirstName, TeamsUserId, AadObjectId, Marker + " Name", now),
            cancellationToken);

        // The request's card, still waiting to reach its recipient: it carries the person's words, so it goes with them
        // unsent (decision 051), and it is a copy of the request, so it is not exported twice.
        await services.GetRequiredService<ISupportDelivery>().EnqueueAsync(
            "support-by-" + FirstName, "29:someone-else", "tenant-1", SupportDialog.RequestKind, FullWidthCard.Saying(new TextBlock(Marker + " needs support")), Identity, cancellationToken);

        // An entry the person sent to someone else; the recipient is not the person, so the record is theirs only.
        await services.GetRequiredService<IEntryShareStore>().TryAddAsync(
            new EntryShare(Guid.NewGuid().ToString("N"), "tenant-1", TeamsUserId, AadObjectId, Marker + " Name", "29:someone-else", "aad-someone-else",
                "Someone else", "run-" + FirstName, "learning-log", now),
            cancellationToken);
    }
}
