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

    // Decision 102: keys 095's count of different characters took, though anyone could guess them: eight characters padded
    // out with spaces or invisible ones, a short word or eight characters repeated, the alphabet or the digits in a row.
    public static TheoryData<string, string> GuessableWithEightDifferent => new()
    {
        { "abcdefgh" + new string(' ', 24), "32 characters" },
        { "abcdefgh" + new string('\t', 24), "32 characters" },
        { "abcdefgh" + new string('\u200B', 24), "32 characters" },
        { string.Concat(Enumerable.Repeat("a\u0301b\u0302c\u0303d\u0304", 8)), "different characters" },
        { string.Concat(Enumerable.Repeat("abcdefgh", 4)), "repeats" },
        { string.Concat(Enumerable.Repeat("12345678", 5)), "repeats" },
        { string.Concat(Enumerable.Repeat("changeme!", 4)), "repeats" },
        { "abcdefghijklmnopqrstuvwxyz0123456789", "in order" },
        { "aabbccddeeffgghhiijjkkllmmnnooppqq", "in order" },
        { "9876543210zyxwvutsrqponmlkjihgfedcba", "in order" },
    };

    [Theory]
    [MemberData(nameof(GuessableWithEightDifferent))]
    public void A_configured_key_with_eight_different_characters_that_can_still_be_guessed_stops_the_host_at_start(string key, string said)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(key));

        Assert.Contains(said, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), error.Message, StringComparison.Ordinal);
    }

    // Random keys in the shapes an operator makes them are never refused (base64, hex, digits, a passphrase of eight words
    // from a long list): 200 of each, so a rule that refuses a random key now and then fails here. The digits are 64: of 40
    // random digits about 1 in 13,000 use fewer than 8 of the 10 (decision 102's Left open), which made this guard fail
    // about once in 65 runs; of 64, about 1 in 10^8.
    [Fact]
    public void Guard_random_keys_as_base64_hex_digits_or_words_are_taken()
    {
        for (var i = 0; i < 200; i++)
        {
            var bytes = RandomNumberGenerator.GetBytes(32);
            string[] keys =
            [
                Convert.ToBase64String(bytes),
                Convert.ToHexString(bytes).ToLowerInvariant(),
                string.Concat(Enumerable.Range(0, 64).Select(_ => (char)('0' + RandomNumberGenerator.GetInt32(10)))),
                string.Join(' ', Enumerable.Range(0, 8).Select(_ => Word())),
            ];
            Assert.All(keys, key => Assert.Equal(key, Options(key).Key));
        }
    }

    // A word of a passphrase drawn from a long list: 4 to 7 random letters.
    private static string Word() => string.Concat(Enumerable.Range(0, RandomNumberGenerator.GetInt32(4, 8)).Select(_ => (char)('a' + RandomNumberGenerator.GetInt32(26))));

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
