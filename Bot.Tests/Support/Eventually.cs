namespace OutcomesBot.Bot.Tests.Support;

/// <summary>Polls a condition until it holds or a deadline passes; no fixed sleeps.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, TimeSpan within) =>
        TrueAsync(() => Task.FromResult(condition()), within);

    /// <summary>For conditions that read a store or another host, such as a roster that a background sync fills.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"The condition did not hold within {within}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
