using OutcomesBot.Bot.Scheduling;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using Quartz;

namespace OutcomesBot.Bot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the delivery engine for proactive messages: the sender over the
    /// single-attempt connector client, <see cref="DeliveryOptions"/> from "Delivery" (validated on start) and a Quartz
    /// trigger that drains the outbox every <c>Delivery:DrainInterval</c>. Needs AddBotConnector, AddBotStorage and AddBotScheduler.
    /// </summary>
    public static IHostApplicationBuilder AddBotDelivery(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>() ?? new DeliveryOptions();
        services.AddSingleton<PersonalChatOpener>();
        services.AddSingleton<IProactiveSender, ConnectorProactiveSender>();
        services.AddSingleton<IOutboxPrecondition, CheckInOutboxPrecondition>();

        // A singleton, so that the rate limiter remembers the last second across drains.
        services.AddSingleton<DeliveryEngine>();
        services.AddQuartz(quartz => quartz.AddRepeatingJob<DeliveryJob>(DeliveryJob.Key, options.DrainInterval));
        return builder;
    }
}
