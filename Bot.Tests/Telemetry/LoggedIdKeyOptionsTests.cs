using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Telemetry;

namespace OutcomesBot.Bot.Tests.Telemetry;

/// <summary>
/// Decision 095: a configured <c>LogIds:Key</c> that is short or can be guessed (blank, one or a few characters repeated)
/// stops the host at start, as every invalid setting does; a random one, as base64 or hex, is taken.
/// </summary>
public sealed class LoggedIdKeyOptionsTests
{
    public static TheoryData<string> Guessable => new()
    {
        { new string(' ', 40) },
        { new string('a', 32) },
        { string.Concat(Enumerable.Repeat("ab", 20)) },
        { string.Concat(Enumerable.Repeat("key-1 ", 8)) },
    };

    [Theory]
    [MemberData(nameof(Guessable))]
    public void A_configured_key_that_can_be_guessed_stops_the_host_at_start(string key)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(key));

        Assert.Contains("different characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_a_configured_key_shorter_than_32_characters_stops_the_host_at_start() =>
        Assert.Throws<OptionsValidationException>(() => Options(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))[..31]));

    [Fact]
    public void A_random_key_as_base64_or_as_hex_is_taken()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);

        Assert.Equal(Convert.ToBase64String(bytes), Options(Convert.ToBase64String(bytes)).Key);
        Assert.Equal(Convert.ToHexString(bytes), Options(Convert.ToHexString(bytes)).Key);
    }

    private static LoggedIdHashOptions Options(string key)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LogIds:Key"] = key }).Build());
        services.AddValidatedOptions<LoggedIdHashOptions>(LoggedIdHashOptions.Section);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<LoggedIdHashOptions>>().Value;
    }
}
