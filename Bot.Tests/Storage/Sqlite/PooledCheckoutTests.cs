using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// Microsoft.Data.Sqlite's pool can lend one native handle to two connections opened at the same moment
/// (dotnet/efcore#39008); two group commits on one file then failed with "cannot start a transaction within a
/// transaction". The bot's connections are taken from the pool one at a time. The race needs a thread to be preempted
/// inside the pool's checkout, so this opens 32 connections at once from 32 threads, wave after wave on an emptied pool,
/// for a few seconds: without the fix it found a shared handle about once every 50 waves on this 2-core machine.
/// </summary>
[Slow]
public sealed class PooledCheckoutTests
{
    private const int Threads = 32;

    [Fact]
    public async Task Connections_opened_at_the_same_moment_never_share_a_handle()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var opened = new SqliteConnection[Threads];
        using var go = new Barrier(Threads + 1);
        using var done = new Barrier(Threads + 1);
        var stop = false;
        var threads = Enumerable.Range(0, Threads).Select(slot => new Thread(() =>
        {
            while (true)
            {
                go.SignalAndWait(token);
                if (Volatile.Read(ref stop))
                {
                    return;
                }

                opened[slot] = sqlite.Database.OpenAsync(token).GetAwaiter().GetResult();
                done.SignalAndWait(token);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());

        var waves = 0;
        var shared = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(8) && shared == 0)
        {
            waves++;
            go.SignalAndWait(token);
            done.SignalAndWait(token);
            shared = Threads - opened.Select(connection => connection.Handle).Distinct().Count();
            foreach (var connection in opened)
            {
                await connection.DisposeAsync();
            }

            // An emptied pool makes every checkout of the next wave look for leaked handles, where the race is.
            SqliteConnection.ClearPool(opened[0]);
        }

        Volatile.Write(ref stop, true);
        go.SignalAndWait(token);
        threads.ForEach(thread => thread.Join());
        Assert.True(shared == 0, $"wave {waves} of 32 opens at once lent one handle to two connections");
        Assert.True(waves > 20, $"only {waves} waves ran");
    }
}
