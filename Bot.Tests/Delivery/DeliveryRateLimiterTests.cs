using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

public sealed class DeliveryRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task The_request_over_the_tenant_limit_waits_until_the_first_leaves_the_window()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var limiter = new DeliveryRateLimiter(tenantLimit: 3, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        for (var person = 0; person < 3; person++)
        {
            await limiter.WaitAsync("t", $"c{person}", token);
        }

        var fourth = limiter.WaitAsync("t", "c3", token);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await fourth;
    }

    [Fact]
    public async Task One_conversation_gets_its_own_limit_while_other_conversations_go_ahead()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var limiter = new DeliveryRateLimiter(tenantLimit: 50, conversationLimit: 2, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t", "same", token);
        await limiter.WaitAsync("t", "same", token);
        var third = limiter.WaitAsync("t", "same", token);

        Assert.False(third.IsCompleted);
        clock.Advance(Window);
        await third;
    }

    [Fact]
    public async Task Tenants_do_not_share_a_window()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var limiter = new DeliveryRateLimiter(tenantLimit: 1, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t1", "a", token);
        var other = limiter.WaitAsync("t2", "b", token);

        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_429_costs_the_tenant_one_slot()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var limiter = new DeliveryRateLimiter(tenantLimit: 2, conversationLimit: 7, Window, clock);
        var token = TestContext.Current.CancellationToken;

        await limiter.WaitAsync("t", "a", token);
        limiter.Penalize("t");
        var next = limiter.WaitAsync("t", "b", token);

        Assert.False(next.IsCompleted);
        clock.Advance(Window);
        await next;
    }
}
