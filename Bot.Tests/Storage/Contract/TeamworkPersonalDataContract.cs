using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// "My data" for rhythms, check-in deliveries and install attempts on both backends: the person's rows are exported,
/// deleted (or, for a rhythm the team keeps, unlinked), another person's rows stay, and only deliveries age out.
/// </summary>
public abstract class TeamworkPersonalDataContract(StoreBackend backend) : StoreContract(backend)
{
    private const string AlexAad = "AAAAAAAA-0000-0000-0000-0000000000A1";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonIdentity Alex = new("29:alex", AlexAad.ToLowerInvariant());
    private static readonly PersonIdentity Blake = new("29:blake", "bbbbbbbb-0000-0000-0000-0000000000b2");

    [Fact]
    public async Task Deleting_a_leader_keeps_the_rhythm_they_set_without_them_and_another_leaders_link()
    {
        var rhythms = Store<ITeamRhythmStore>();
        var source = PersonalDataSource("teamRhythmsSet");
        var alexs = new CheckInSchedule("team-1", CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 30), "Europe/London");
        await rhythms.SaveAsync(alexs, AlexAad, Now, Token);
        await rhythms.SaveAsync(alexs with { TeamId = "team-2" }, Blake.AadObjectId!, Now, Token);

        var export = await ExportAsync(source, Alex, "rhythmsSet");
        Assert.Equal(0, await source.PurgeBeforeAsync(Now.AddYears(5), Token));
        Assert.True(await source.DeleteAsync(Alex, Token) > 0);

        Assert.Contains("team-1", export, StringComparison.Ordinal);
        Assert.DoesNotContain("team-2", export, StringComparison.Ordinal);
        Assert.Equal(alexs, await rhythms.GetAsync("team-1", Token));
        Assert.Null(await source.ExportAsync(Alex, Token));
        Assert.Contains("team-2", await ExportAsync(source, Blake, "rhythmsSet"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_are_exported_and_deleted_for_the_person_and_purged_once_their_cycle_has_closed()
    {
        var deliveries = Store<ICheckInDeliveryStore>();
        var source = PersonalDataSource("checkInDeliveries");
        await deliveries.AddAsync(
        [
            Delivery("old-cycle", Alex, closes: Now.AddMonths(-25)), Delivery("old-cycle", Blake, closes: Now.AddMonths(-25)),
            Delivery("this-week", Alex, closes: Now.AddDays(3)), Delivery("this-week", Blake, closes: Now.AddDays(3)),
        ], Token);

        var export = await ExportAsync(source, Alex, "deliveries");
        Assert.True(await source.PurgeBeforeAsync(Now.AddMonths(-24), Token) > 0);

        Assert.Contains("old-cycle", export, StringComparison.Ordinal);
        Assert.Contains("this-week", export, StringComparison.Ordinal);
        Assert.DoesNotContain("29:blake", export, StringComparison.Ordinal);
        Assert.Null(await deliveries.GetAsync("old-cycle", Blake.TeamsUserId, Token));
        Assert.NotNull(await deliveries.GetAsync("this-week", Alex.TeamsUserId, Token));

        Assert.True(await source.DeleteAsync(Alex, Token) > 0);

        Assert.Null(await deliveries.GetAsync("this-week", Alex.TeamsUserId, Token));
        Assert.NotNull(await deliveries.GetAsync("this-week", Blake.TeamsUserId, Token));
        Assert.Null(await source.ExportAsync(Alex, Token));

        await source.DeleteAsync(Blake, Token);
        Assert.Null(await deliveries.GetAsync("this-week", Blake.TeamsUserId, Token));
    }

    [Fact]
    public async Task Install_attempts_are_exported_and_deleted_for_the_person_and_never_purged_by_age()
    {
        var log = Store<IAppInstallLog>();
        var source = PersonalDataSource("appInstalls");
        await log.RecordAsync(AlexAad, DirectoryStatus.Ok, Now.AddYears(-3), Token);
        await log.RecordAsync(Blake.AadObjectId!, DirectoryStatus.PermissionMissing, Now.AddYears(-3), Token);

        Assert.Equal(0, await source.PurgeBeforeAsync(Now, Token));
        var export = await ExportAsync(source, Alex, "installAttempts");
        Assert.True(await source.DeleteAsync(Alex, Token) > 0);

        Assert.Contains(AlexAad, export, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Blake.AadObjectId!, export, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await log.GetAsync(AlexAad, Token));
        Assert.Null(await source.ExportAsync(Alex, Token));
        Assert.Equal(DirectoryStatus.PermissionMissing, (await log.GetAsync(Blake.AadObjectId!, Token))?.Status);
    }

    // The part's rows as JSON text, after checking the export names its part as SQLite's does.
    private static async Task<string> ExportAsync(IPersonalDataSource source, PersonIdentity person, string part)
    {
        var export = await source.ExportAsync(person, Token);
        return Assert.IsType<JsonArray>(export?[part]).ToJsonString();
    }

    private static CheckInDelivery Delivery(string cycleId, PersonIdentity person, DateTimeOffset closes) =>
        new(cycleId, person.TeamsUserId, "team-1", closes.AddDays(-6), null, "Europe/London", closes);
}

/// <summary>The rhythm, delivery and install-attempt personal data on SQLite.</summary>
public sealed class TeamworkPersonalDataContractOnSqlite() : TeamworkPersonalDataContract(StoreBackend.Sqlite());

/// <summary>The rhythm, delivery and install-attempt personal data on Azure Tables (Azurite).</summary>
[Slow]
public sealed class TeamworkPersonalDataContractOnAzurite(Azurite azurite) : TeamworkPersonalDataContract(StoreBackend.Azure(azurite));
