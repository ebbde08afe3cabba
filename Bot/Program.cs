using OutcomesBot.Bot.DemoData;
using OutcomesBot.Bot.Hosting;

NativeHeap.LimitArenas(Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX"));
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

builder.AddOutcomesBot();
var app = builder.Build();
app.UseOutcomesBot();
await app.RunUntilStoppedAsync();
return 0;

/// <summary>The web host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
