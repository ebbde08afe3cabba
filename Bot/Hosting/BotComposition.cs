using OutcomesBot.Bot.LeaderTab;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Telemetry;

namespace OutcomesBot.Bot.Hosting;

/// <summary>The composition root: one line per part of the platform, then one per feature.</summary>
public static class BotComposition
{
    /// <summary>
    /// Registers the whole bot. The platform first (protocol, storage, turns, scheduler, delivery, Graph, leaders' tab,
    /// hosting, telemetry), then each feature with its options, dialogs, handlers and jobs. A feature's handlers are asked
    /// in the order the features are added here.
    /// </summary>
    public static IHostApplicationBuilder AddOutcomesBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBotAuthentication().AddBotConnector().AddBotStorage().AddHostedService<DevelopmentModeNotice>();
        builder.AddTurns()
            .AddBotScheduler()
            .AddBotDelivery()
            .AddChampionsAndRoles()
            .AddGraphAndRosters()
            .AddWelcomeAndHelp()
            .AddExercises()
            .AddCheckIns()
            .AddMyData()
            .AddStories()
            .AddLearningSets()
            .AddSupport()
            .AddMomentum()
            .AddNoteStops()
            .AddBotLeaderTab()
            .AddBotHosting()
            .AddBotTelemetry();
        return builder;
    }

    /// <summary>Puts the bot's middleware and endpoints on <paramref name="app"/>: the messages endpoint, my-data downloads and the leaders' tab.</summary>
    public static WebApplication UseOutcomesBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseLoopbackOnlyInLocalMode(app.Configuration);
        app.UseBotHosting();
        app.MapBotMessages();
        app.MapMyDataDownloads();
        app.UseLeaderTab();
        return app;
    }

    /// <summary>
    /// Runs the host until it is told to stop, then disposes it. Unlike <c>RunAsync</c>, a host that fails to start (an
    /// invalid setting) is not disposed on the way out: the process ends with the start error anyway, and a test host
    /// started through WebApplicationFactory still reads the host's services to learn that error. Disposed first, the
    /// test sees an ObjectDisposedException instead, whenever the app's thread wins that race.
    /// </summary>
    public static async Task RunUntilStoppedAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync();
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
    }
}
