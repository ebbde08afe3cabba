using System.Text.RegularExpressions;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// Bot/Delivery, the proactive sender's side of the edge, does not depend on Bot/Turns, the request path's handlers
/// (decision 088): what both need (the uninstall reason code) lives in Scheduler/Delivery, which both reference. A using,
/// or a type named through the Turns namespace, in a Bot/Delivery file fails this test with the file and line.
/// </summary>
public sealed partial class DeliveryBoundaryTests
{
    [Fact]
    public void No_file_in_Bot_Delivery_names_the_Turns_namespace()
    {
        var found = TurnsMentions("Bot/Delivery");

        Assert.True(found.Count == 0, "Bot/Delivery names Bot/Turns (put what both need in Scheduler/Delivery):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scan_finds_the_Turns_namespace_where_it_is_named()
    {
        // The composition root registers the turn handlers: an empty result here means a broken scan.
        var found = TurnsMentions("Bot/Hosting");

        Assert.Contains(found, hit => hit.StartsWith("Bot/Hosting/", StringComparison.Ordinal));
    }

    private static List<string> TurnsMentions(string folder)
    {
        var root = NodeTools.RepositoryRoot;
        return Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .SelectMany(file => File.ReadLines(Path.Combine(root, file))
                .Select((line, index) => (line, number: index + 1))
                .Where(entry => TurnsNamespace().IsMatch(entry.line))
                .Select(entry => $"{file}:{entry.number}: {entry.line.Trim()}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // "OutcomesBot.Bot.Turns.Events", or "Turns.Events.X" as written from inside OutcomesBot.Bot.
    [GeneratedRegex(@"\bTurns\.\w")]
    private static partial Regex TurnsNamespace();
}
