namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// The real host and Playground with the Playground's current user (Alex Wilber) configured as a leader, and the
/// delivery engine draining every second so channel posts go out while a test waits for them.
/// </summary>
public sealed class TeamChannelFixture : IAsyncLifetime
{
    /// <summary>The Playground's default aadObjectId for its current user, user-id-0.</summary>
    public const string AlexAad = "00000000-0000-0000-0000-0000000000020";

    public OutcomesBotFixture Bot { get; } = OutcomesBotFixture.WithSettings(new Dictionary<string, string?>
    {
        ["Roles:Leaders:0"] = AlexAad,
        ["Delivery:DrainInterval"] = "00:00:01",
    });

    private readonly Lock _gate = new();
    private Task? _install;

    public ValueTask InitializeAsync() => Bot.InitializeAsync();

    /// <summary>Installs the app in the 1:1 chat and in the team, once for the class; the team install starts the roster sync.</summary>
    public Task InstallOnceAsync()
    {
        lock (_gate)
        {
            return _install ??= InstallAsync();
        }
    }

    public ValueTask DisposeAsync() => Bot.DisposeAsync();

    private async Task InstallAsync()
    {
        await Bot.PersonalWelcomeAsync();
        await Bot.Playground.InstallInTeamAsync(CancellationToken.None);
    }
}
