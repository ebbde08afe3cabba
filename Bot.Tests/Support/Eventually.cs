namespace OutcomesBot.Bot.Tests.Support;

/// <summary>Polls a condition until it holds or a deadline passes; no fixed sleeps.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (!condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"The condition did not hold within {within}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
