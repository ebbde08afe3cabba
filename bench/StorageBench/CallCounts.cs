using System.Collections.Concurrent;
using System.Reflection;

namespace OutcomesBot.StorageBench;

/// <summary>
/// Counts the store calls a piece of work makes: each port is wrapped in a proxy that counts a call by port and method
/// and passes it on. A point read and a query are one call each (an Azure query may be more than one page).
/// </summary>
internal sealed class CallCounts
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public T Wrap<T>(T inner)
        where T : class
    {
        var proxy = DispatchProxy.Create<T, CountingProxy<T>>();
        ((CountingProxy<T>)(object)proxy).Start(inner, this);
        return proxy;
    }

    public void Reset() => _calls.Clear();

    public int Total => _calls.Values.Sum();

    /// <summary>"Port.Method xN" for each method called, most called first.</summary>
    public string Describe() => string.Join(", ", _calls.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .Select(pair => $"{pair.Key} x{pair.Value:N0}"));

    private void Count(string call) => _calls.AddOrUpdate(call, 1, (_, count) => count + 1);

    // DispatchProxy makes the subclass at run time; it must not be sealed.
#pragma warning disable CA1852 // made by DispatchProxy.Create, which needs an unsealed type
    internal class CountingProxy<T> : DispatchProxy
#pragma warning restore CA1852
        where T : class
    {
        private T? _inner;
        private CallCounts? _counts;

        public void Start(T inner, CallCounts counts) => (_inner, _counts) = (inner, counts);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            _counts!.Count(typeof(T).Name.TrimStart('I') + "." + targetMethod.Name.Replace("Async", "", StringComparison.Ordinal));
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException is { } inner)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
                throw;
            }
        }
    }
}
