using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

public sealed class DeliveryRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private static ManualTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_tenants_requests_are_paced_one_every_window_divided_by_the_limit()
    {
        var clock = Clock();
        var limiter = new DeliveryRateLimiter(tenantLimit: 4, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t", "c0", token);
        var second = limiter.WaitAsync("t", "c1", token);
        var third = limiter.WaitAsync("t", "c2", token);
        clock.Advance(TimeSpan.FromMilliseconds(249));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second;
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(250));
        await third;
    }

    [Fact]
    public async Task Requests_that_leave_late_together_do_not_let_the_next_ones_exceed_the_limit()
    {
        var clock = new StallingTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var limiter = new DeliveryRateLimiter(tenantLimit: 3, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t", "c1", token);
        var late = new[] { limiter.WaitAsync("t", "c2", token), limiter.WaitAsync("t", "c3", token) };
        clock.Jump(TimeSpan.FromMilliseconds(700)); // the machine stalled: the slots at 333 and 667 ms leave at 700
        await Task.WhenAll(late);
        var fourth = limiter.WaitAsync("t", "c4", token);
        var fifth = limiter.WaitAsync("t", "c5", token);
        clock.Jump(TimeSpan.FromMilliseconds(300));
        await fourth;

        // Its paced slot (1333 ms) would put four requests into the second from 700 ms; it waits for 1700 ms.
        clock.Jump(TimeSpan.FromMilliseconds(333));
        await Eventually.TrueAsync(() => clock.PendingTimers == 1, TimeSpan.FromSeconds(10));
        clock.Jump(TimeSpan.FromMilliseconds(366));
        Assert.False(fifth.IsCompleted);
        clock.Jump(TimeSpan.FromMilliseconds(1));
        await fifth;
    }

    [Fact]
    public async Task An_idle_tenant_earns_no_burst()
    {
        var clock = Clock();
        var limiter = new DeliveryRateLimiter(tenantLimit: 4, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t", "c0", token);
        clock.Advance(TimeSpan.FromSeconds(10));
        await limiter.WaitAsync("t", "c1", token);
        var next = limiter.WaitAsync("t", "c2", token);

        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(250));
        await next;
    }

    [Fact]
    public async Task A_conversation_over_its_own_limit_waits_for_its_window()
    {
        var clock = Clock();
        var limiter = new DeliveryRateLimiter(tenantLimit: 100, conversationLimit: 2, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t", "same", token);
        var second = limiter.WaitAsync("t", "same", token);
        var third = limiter.WaitAsync("t", "same", token);
        clock.Advance(TimeSpan.FromMilliseconds(10));
        await second;

        Assert.False(third.IsCompleted);
        clock.Advance(Window - TimeSpan.FromMilliseconds(11));
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await third;
    }

    [Fact]
    public async Task Tenants_do_not_share_a_pace()
    {
        var clock = Clock();
        var limiter = new DeliveryRateLimiter(tenantLimit: 1, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t1", "a", token);
        var other = limiter.WaitAsync("t2", "b", token);

        Assert.True(other.IsCompletedSuccessfully);
    }
}
