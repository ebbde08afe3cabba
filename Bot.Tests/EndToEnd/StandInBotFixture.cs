namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>The stand-in bot and a Playground pointed at it, shared by one test class.</summary>
public sealed class StandInBotFixture : IAsyncLifetime
{
    private StandInBot? _bot;
    private PlaygroundSession? _session;

    public StandInBot Bot => _bot ?? throw new InvalidOperationException("The fixture has not started.");

    public PlaygroundClient Playground => _session?.Client ?? throw new InvalidOperationException("The fixture has not started.");

    public async ValueTask InitializeAsync()
    {
        _bot = await StandInBot.StartAsync(TestContext.Current.CancellationToken);
        _session = await PlaygroundSession.StartAsync(_bot.Endpoint, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
