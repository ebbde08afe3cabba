using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The ids in log lines are keyed hashes (decision 089), through the real host on SQLite: event 1460 names a person by an
/// HMAC-SHA256 of their id under a key kept in the store (or set in <c>LogIds:Key</c>), not by a plain SHA-256 that anyone
/// with the logs and a list of the tenant's ids could match. The same person is named the same way after a restart on
/// the same store, and the key is in no log line at any level.
/// </summary>
[Slow]
public sealed partial class LoggedIdKeyTests
{
    private const string RobinAad = "aad-robin-0000-0000-0000-000000000003";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_logged_person_is_not_their_plain_hash_is_the_same_after_a_restart_and_the_key_is_never_logged()
    {
        using var folder = new TemporaryDirectory();
        using var firstLogs = new RecordingLoggerProvider();
        using var secondLogs = new RecordingLoggerProvider();
        string key;
        string before;
        await using (var first = Host(folder.Path, firstLogs, null))
        {
            before = await RefusedPersonAsync(first, firstLogs);
            key = await first.Get<IAppSecrets>().GetOrAddAsync(LoggedIdKeyLoader.SecretName, "not this one", Token);
        }

        await using (var second = Host(folder.Path, secondLogs, null))
        {
            Assert.Equal(before, await RefusedPersonAsync(second, secondLogs));
        }

        Assert.NotEqual(PlainHash(RobinAad), before);
        Assert.Equal(Keyed(Convert.FromBase64String(key), RobinAad), before);
        Assert.NotEqual("not this one", key);
        Assert.DoesNotContain(firstLogs.Lines.Concat(secondLogs.Lines), line => line.Contains(key, StringComparison.Ordinal) || line.Contains(RobinAad, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_configured_key_is_the_one_used_and_is_never_logged()
    {
        const string configured = "a-key-from-the-vault-0123456789-abcdefghij";
        using var folder = new TemporaryDirectory();
        using var logs = new RecordingLoggerProvider();
        await using var bot = Host(folder.Path, logs, configured);

        var logged = await RefusedPersonAsync(bot, logs);

        Assert.Equal(Keyed(Encoding.UTF8.GetBytes(configured), RobinAad), logged);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(configured, StringComparison.Ordinal));
    }

    // Robin goes over the minute's budget of name look-ups; the person named by the first refusal's line (event 1460).
    private static async Task<string> RefusedPersonAsync(BotAppFactory bot, RecordingLoggerProvider logs)
    {
        var limit = bot.Get<INamePressLimit>();
        // Until the first refusal: after a restart on the same store the budget is still spent (decision 098).
        for (var i = 0; i <= Limits.NamePressLimit.MaxLookUps; i++)
        {
            if (await limit.TryLookUpAsync(RobinAad, "29:robin", Token) != NameLookUpAllowance.Allowed)
            {
                break;
            }
        }

        var line = Assert.Single(logs.Lines, line => line.Contains("[1460]", StringComparison.Ordinal));
        return PersonInLine().Match(line).Groups[1].Value;
    }

    private static BotAppFactory Host(string folder, RecordingLoggerProvider logs, string? key)
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" };
        if (key is not null)
        {
            settings["LogIds:Key"] = key;
        }

        return new BotAppFactory(settings, services => services.AddSingleton<ILoggerProvider>(logs), folder);
    }

    private static string PlainHash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];

    private static string Keyed(byte[] key, string id) => Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(id)))[..32];

    [GeneratedRegex("person ([0-9A-F]{32}) ")]
    private static partial Regex PersonInLine();
}
