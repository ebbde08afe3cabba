using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>The host's store ports wrapped in a <see cref="StoreCallCounts"/>, for the tests that count what a piece of work costs through the real host.</summary>
internal static class CountedStores
{
    /// <summary>Replaces the host's registration of <typeparamref name="T"/> with the same store, its calls counted in <paramref name="calls"/>.</summary>
    public static void CountCalls<T>(this IServiceCollection services, StoreCallCounts calls)
        where T : class
    {
        var stored = services.Last(descriptor => descriptor.ServiceType == typeof(T));
        services.Remove(stored);
        services.Add(new ServiceDescriptor(typeof(T), provider => calls.Wrap((T)Made(stored, provider)), stored.Lifetime));
    }

    private static object Made(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationFactory?.Invoke(provider) ?? descriptor.ImplementationInstance
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
