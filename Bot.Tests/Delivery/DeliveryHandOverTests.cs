using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

/// <summary>
/// Decision 028: a drain that moves to another instance waits until the last drain's final window has passed, because
/// each instance's limiter knows only its own requests. <see cref="Bot.Tests.MultiInstance.TenantLimitAcrossInstancesTests"/>
/// shows it across two real instances; this holds the rule itself.
/// </summary>
public sealed class DeliveryHandOverTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private static string Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Another_instance_that_ended_a_moment_ago_is_waited_for_until_its_window_has_passed()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(850), DeliveryJob.HandOverWait("node-a", Ms(Now.AddMilliseconds(-200)), "node-b", Now, Window));
    }

    [Fact]
    public void The_same_instance_and_an_old_or_unrecorded_drain_are_not_waited_for()
    {
        Assert.Equal(TimeSpan.Zero, DeliveryJob.HandOverWait("node-b", Ms(Now.AddMilliseconds(-200)), "node-b", Now, Window));
        Assert.Equal(TimeSpan.Zero, DeliveryJob.HandOverWait("node-a", Ms(Now.AddSeconds(-2)), "node-b", Now, Window));
        Assert.Equal(TimeSpan.Zero, DeliveryJob.HandOverWait(null, null, "node-b", Now, Window));
        Assert.Equal(TimeSpan.Zero, DeliveryJob.HandOverWait("node-a", "not a time", "node-b", Now, Window));
    }

    [Fact]
    public void A_clock_far_ahead_on_the_other_instance_costs_at_most_one_window()
    {
        Assert.Equal(Window, DeliveryJob.HandOverWait("node-a", Ms(Now.AddMinutes(5)), "node-b", Now, Window));
    }
}
