using System.Security.Cryptography;
using System.Text;
using OutcomesBot.Bot.Storage;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// Sets the key of <see cref="LoggedIdHash"/> as the host starts, after the store is ready and before any turn: the
/// configured one, else the one in the store, made there (32 random bytes) by the first start on that store.
/// </summary>
public sealed class LoggedIdKeyLoader(IOptions<LoggedIdHashOptions> options, IServiceProvider services, LoggedIdHash hash) : IHostedService
{
    internal const string SecretName = "logged-id-key";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Key is { Length: > 0 } configured)
        {
            hash.Use(Encoding.UTF8.GetBytes(configured));
            return;
        }

        var stored = await services.GetRequiredService<IAppSecrets>()
            .GetOrAddAsync(SecretName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken);
        hash.Use(Convert.FromBase64String(stored));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
