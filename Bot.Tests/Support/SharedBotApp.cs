namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// One in-process host for a whole test class (<c>IClassFixture&lt;SharedBotApp&gt;</c>), for classes whose tests only
/// read what the host composed (its command table, its registrations) and never post an activity or store anything, so
/// no test can see another's data. Any class whose tests post or write keeps a <see cref="BotAppFactory"/> per test.
/// </summary>
public sealed class SharedBotApp : IDisposable
{
    public BotAppFactory App { get; } = new();

    public void Dispose() => App.Dispose();
}
