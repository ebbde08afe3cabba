using OutcomesBot.Bot.DemoData;
using OutcomesBot.Bot.Delivery;
using OutcomesBot.Bot.Hosting;
using OutcomesBot.Bot.LeaderTab;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Scheduling;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Teams;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.Momentum;
using OutcomesBot.Bot.Turns.EntrySharing;
using OutcomesBot.Bot.Turns.Support;

if (DemoDataCommand.IsRequested(args))
{
    return await DemoDataCommand.RunAsync(args, Console.Out, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
if (LocalModeGuard.Refusal(builder.Configuration, builder.Environment) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    return 1;
}

builder.Services
    .AddBotAuthentication()
    .AddBotConnector()
    .AddBotStorage()
    .AddBotTurns()
    .AddBotSupport()
    .AddBotEntrySharing()
    .AddHostedService<DevelopmentModeNotice>();
builder.AddBotScheduler();
builder.AddBotDelivery();
builder.AddBotSavedExerciseReminders();
builder.AddBotTeams();
builder.AddBotMomentum();
builder.AddBotPersonalData();
builder.AddBotLeaderTab();
builder.AddBotHosting();
builder.AddBotTelemetry();

var app = builder.Build();
app.UseLoopbackOnlyInLocalMode(app.Configuration);
app.UseBotHosting();
app.MapBotMessages();
app.MapMyDataDownloads();
app.UseLeaderTab();
await app.RunAsync();
return 0;

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
