using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Protocol.Activities;

/// <summary>Ids an activity carries are cut before they reach a log line: the caller chooses their length.</summary>
public sealed class LoggedValueTests
{
    [Fact]
    public void A_Teams_length_id_is_kept_whole()
    {
        const string threadReply = "19:3a5b7c9d0e1f2a3b4c5d6e7f8a9b0c1d@thread.tacv2;messageid=1700000000000";

        Assert.Equal(threadReply, LoggedValue.Cut(threadReply));
    }

    [Fact]
    public void A_huge_id_is_cut_and_says_how_long_it_was()
    {
        var cut = LoggedValue.Cut(new string('a', 200_000))!;

        Assert.True(cut.Length < LoggedValue.MaxLength + 20);
        Assert.EndsWith("…(200000 chars)", cut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_activity_with_a_huge_id_is_logged_cut()
    {
        var logs = new RecordingLoggerProvider();
        using var app = new BotAppFactory(
            new Dictionary<string, string?> { ["Logging:LogLevel:OutcomesBot.Bot.Turns"] = "Debug" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var message = Samples.Fresh("message-personal");
        message["id"] = "id-" + new string('x', 50_000);
        message["text"] = "help";

        using var first = await app.PostActivityAsync(message);
        using var again = await app.PostActivityAsync(message);

        var line = Assert.Single(logs.Lines, l => l.Contains("[1004]", StringComparison.Ordinal));
        Assert.Contains("…(50003 chars)", line, StringComparison.Ordinal);
        Assert.True(line.Length < 1000, $"a log line of {line.Length} characters");
    }
}
