using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Scheduler.Hosting;
using OutcomesBot.Scheduler.Turns;

namespace OutcomesBot.Bot.Hosting;

public static class TurnsRegistration
{
    /// <summary>
    /// Registers the /api/messages pipeline: <see cref="TurnOptions"/> from "Turns" (validated on start), request
    /// reading, claims, routing, the command and button dispatchers, conversation events, and the job that forgets
    /// processed activities past the deduplication window. The handlers come from each feature's registration.
    /// </summary>
    public static IHostApplicationBuilder AddTurns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<TurnOptions>(TurnOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityRequestReader>();
        services.AddSingleton<ConversationTracker>();
        services.AddSingleton<ConversationEvents>();
        services.AddSingleton<PersonalChatHandoff>();
        services.AddSingleton<TextCommandDispatcher>();
        services.AddSingleton<CardActionDispatcher>();
        // The command and card-verb tables, built from the handlers' declarations as the host starts (a word or verb
        // prefix claimed twice stops start-up, naming both handlers); help reads the command table lazily, being one of
        // its handlers.
        services.AddSingleton<CommandTable>();
        services.AddSingleton<VerbTable>();
        services.AddSingleton(provider => new Lazy<CommandTable>(provider.GetRequiredService<CommandTable>));
        services.AddHostedService<DispatchTablesCheck>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<TurnClaims>();
        services.AddSingleton<MessagesEndpointHandler>();
        services.AddSingleton<IProcessedActivityExpiry, ProcessedActivityExpiry>();
        services.AddForgetProcessedActivitiesJob();
        return builder;
    }

    /// <summary>Maps POST /api/messages, the endpoint Teams (and the Agents Playground) posts activities to.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext http, MessagesEndpointHandler handler) => handler.HandleAsync(http));
        return endpoints;
    }
}
