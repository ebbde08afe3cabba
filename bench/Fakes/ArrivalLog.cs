using System.Diagnostics;

namespace OutcomesBot.Fakes;

/// <summary>Timestamps of every request a fake received, to tell how many arrived within any one second.</summary>
public sealed class ArrivalLog
{
    private readonly Lock _gate = new();
    private readonly List<long> _arrivals = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _arrivals.Count;
            }
        }
    }

    public void Add(long timestamp)
    {
        lock (_gate)
        {
            _arrivals.Add(timestamp);
        }
    }

    /// <summary>The most requests that arrived within any window of <paramref name="window"/>.</summary>
    public int MaxWithin(TimeSpan window)
    {
        long[] arrivals;
        lock (_gate)
        {
            arrivals = [.. _arrivals];
        }

        Array.Sort(arrivals);
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        var max = 0;
        for (int first = 0, last = 0; last < arrivals.Length; last++)
        {
            while (arrivals[last] - arrivals[first] >= ticks)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }
}
