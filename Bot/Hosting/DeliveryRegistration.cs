using OutcomesBot.Bot.Delivery;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Hosting;

namespace OutcomesBot.Bot.Hosting;

public static class DeliveryRegistration
{
    /// <summary>
    /// Registers the delivery engine for proactive messages: the sender over the single-attempt connector client,
    /// personal cards through the outbox, <see cref="DeliveryOptions"/> from "Delivery" (validated on start) and a job
    /// that drains the outbox every <c>Delivery:DrainInterval</c>. Needs AddBotConnector, AddBotStorage and AddBotScheduler.
    /// </summary>
    public static IHostApplicationBuilder AddBotDelivery(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<DeliveryOptions>(DeliveryOptions.Section);
        var options = builder.Configuration.ReadOptions<DeliveryOptions>(DeliveryOptions.Section);
        services.AddSingleton<PersonalChatOpener>();
        services.AddSingleton<IProactiveSender, ConnectorProactiveSender>();
        services.AddSingleton<IPersonalCards, OutboxPersonalCards>();

        // A colleague's name in a 1:1 notice is filled in as it goes, not stored with it (decision 094).
        services.AddSingleton<IOutboxCardRefresh, NamesFilledAtSend>();

        // A singleton, so that the rate limiter remembers the last second across drains.
        services.AddSingleton<DeliveryEngine>();
        services.AddDeliveryJob(options.DrainInterval);
        return builder;
    }
}
