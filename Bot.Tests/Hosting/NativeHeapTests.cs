using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutcomesBot.Bot.Hosting;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>glibc's malloc as the bot sets it up (decision 046): one arena per core, an operator's own cap, free pages handed back.</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void On_Linux_with_glibc_the_cap_is_set()
    {
        Assert.True(NativeHeap.LimitArenas(operatorSetting: null));
    }

    [Fact]
    public void An_operators_MALLOC_ARENA_MAX_stands()
    {
        Assert.False(NativeHeap.LimitArenas(operatorSetting: "8"));
    }

    [Fact]
    public void The_host_trims_the_native_heap_in_the_background()
    {
        using var app = new BotAppFactory();

        Assert.Single(app.Services.GetServices<IHostedService>().OfType<NativeHeapTrimmer>());
    }

    [Fact]
    public void Freed_native_memory_below_a_block_still_in_use_goes_back_to_the_system_when_trimmed()
    {
        // 32 MiB in 64 KiB blocks (under glibc's mmap threshold, so they come from the thread's arena), written so that
        // they are resident. The last block, allocated after the others, stays: it keeps glibc from trimming the
        // arena's top when the others are freed, so what they held stays resident until trimmed.
        const int Blocks = 512;
        const int BlockSize = 64 * 1024;
        var blocks = Enumerable.Range(0, Blocks + 1).Select(_ => Marshal.AllocHGlobal(BlockSize)).ToList();
        foreach (var block in blocks)
        {
            for (var offset = 0; offset < BlockSize; offset += 4096)
            {
                Marshal.WriteByte(block, offset, 1);
            }
        }

        try
        {
            blocks.Take(Blocks).ToList().ForEach(Marshal.FreeHGlobal);
            var before = RssAnonKib();

            Assert.True(NativeHeap.Trim());

            var released = before - RssAnonKib();
            Assert.True(released >= 16 * 1024, $"{released} KiB released");
        }
        finally
        {
            Marshal.FreeHGlobal(blocks[^1]);
        }
    }

    private static long RssAnonKib() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(line => line.StartsWith("RssAnon:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
