using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Scheduler.CheckIns;

/// <summary>A team cycle's id cannot be worked out from the team id and the slot (issue 12, point 1).</summary>
public sealed class CheckInCycleIdTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fired_cycle_is_not_named_by_its_team_and_slot_alone()
    {
        await using var world = await RhythmWorld.CreateAsync();
        await world.AddTeamAsync([("29:a", "Europe/London")]);

        await world.FireAsync();

        var guessed = $"team:{RhythmWorld.TeamId}:{RhythmWorld.Slot.ToUniversalTime():yyyyMMdd'T'HHmm'Z'}";
        Assert.Null(await world.CheckIns.GetCycleAsync(guessed, Token));
        var cycle = await world.CheckIns.GetCycleAsync(RhythmWorld.CycleId(), Token);
        Assert.NotNull(cycle);
        Assert.Equal(RhythmWorld.TeamId, cycle.TeamId);
    }

    [Fact]
    public void The_same_key_names_the_same_cycle_and_another_key_another()
    {
        var slot = RhythmWorld.Slot;
        var key = CheckInMessages.NewCycleKey();

        Assert.Equal(CheckInMessages.CycleId("team-1", slot, key), CheckInMessages.CycleId("team-1", slot, key));
        Assert.NotEqual(CheckInMessages.CycleId("team-1", slot, key), CheckInMessages.CycleId("team-1", slot, CheckInMessages.NewCycleKey()));
        Assert.NotEqual(CheckInMessages.CycleId("team-1", slot, key), CheckInMessages.CycleId("team-2", slot, key));
    }
}
