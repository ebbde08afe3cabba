namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>A running Playground pointed at a bot, with a connected driver; both go away on dispose.</summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    // The Playground (a Node process) starts in 3-8 s on a quiet machine; at a load of 20-30 it once took over 30 s.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private PlaygroundSession(PlaygroundProcess process, PlaygroundClient client)
    {
        Process = process;
        Client = client;
    }

    public PlaygroundProcess Process { get; }

    public PlaygroundClient Client { get; }

    public static async Task<PlaygroundSession> StartAsync(Uri botEndpoint, CancellationToken cancellationToken)
    {
        var process = await PlaygroundProcess.StartAsync(botEndpoint, StartTimeout, cancellationToken);
        try
        {
            return new PlaygroundSession(process, await PlaygroundClient.ConnectAsync(process.BaseAddress, cancellationToken));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Client.DisposeAsync();
        }
        finally
        {
            await Process.DisposeAsync();
        }
    }
}
