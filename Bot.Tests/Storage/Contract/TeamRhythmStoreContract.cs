using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>A team's rhythm is stored, replaced and switched off the same way on both backends, also when leaders race.</summary>
public abstract class TeamRhythmStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string TeamId = "19:care/team#1?@thread.tacv2";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_rhythm_is_set_replaced_and_switched_off_and_other_teams_keep_theirs()
    {
        var rhythms = Store<ITeamRhythmStore>();
        Assert.Null(await rhythms.GetAsync(TeamId, Token));

        await rhythms.SaveAsync(Rhythm(TeamId, new TimeOnly(9, 30)), "aad-leader", Now, Token);
        await rhythms.SaveAsync(Rhythm("team-2", new TimeOnly(14, 0)), "aad-leader", Now, Token);
        var replaced = Rhythm(TeamId, new TimeOnly(16, 45)) with { Cadence = CheckInCadence.Monthly, Day = DayOfWeek.Friday, TimeZoneId = "America/New_York" };
        await rhythms.SaveAsync(replaced, "aad-other", Now.AddDays(1), Token);

        Assert.Equal(replaced, await rhythms.GetAsync(TeamId, Token));
        Assert.True(await rhythms.RemoveAsync(TeamId, Token));
        Assert.False(await rhythms.RemoveAsync(TeamId, Token));
        Assert.Null(await rhythms.GetAsync(TeamId, Token));
        Assert.Equal(new TimeOnly(14, 0), (await rhythms.GetAsync("team-2", Token))?.LocalTime);
    }

    [Fact]
    public async Task Of_leaders_saving_at_once_one_rhythm_is_stored_whole_with_the_leader_who_set_it()
    {
        const int Leaders = 8;
        await AtOnceAsync<ITeamRhythmStore>(Leaders, (rhythms, leader) =>
            rhythms.SaveAsync(Rhythm(TeamId, new TimeOnly(8 + leader, leader)), $"aad-{leader}", Now.AddSeconds(leader), Token));

        // The hour and minute were chosen together by one leader, so a mix of two saves would show here.
        var stored = await Store<ITeamRhythmStore>().GetAsync(TeamId, Token);
        var winner = stored!.LocalTime.Hour - 8;
        Assert.Equal(winner, stored.LocalTime.Minute);
        var sources = PersonalDataSource("teamRhythmsSet");
        var setBy = new List<int>();
        foreach (var leader in Enumerable.Range(0, Leaders))
        {
            if (await sources.ExportAsync(new PersonIdentity($"29:{leader}", $"AAD-{leader}"), Token) is not null)
            {
                setBy.Add(leader);
            }
        }

        Assert.Equal([winner], setBy);
    }

    private static CheckInSchedule Rhythm(string teamId, TimeOnly at) => new(teamId, CheckInCadence.Weekly, DayOfWeek.Monday, at, "Europe/London");
}

/// <summary>The ITeamRhythmStore contract on SQLite.</summary>
public sealed class TeamRhythmStoreContractOnSqlite() : TeamRhythmStoreContract(StoreBackend.Sqlite());

/// <summary>The ITeamRhythmStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class TeamRhythmStoreContractOnAzurite(Azurite azurite) : TeamRhythmStoreContract(StoreBackend.Azure(azurite));
