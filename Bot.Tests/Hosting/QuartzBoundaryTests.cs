using System.Text.RegularExpressions;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// Only Scheduler knows Quartz (decision 039): every job, trigger and scheduler call sits there, and the rest reaches it
/// through ports. Bot/Hosting, the composition root, may register it. A using, a qualified name or a mention in a
/// comment anywhere else in product code fails this test, with the file and line.
/// </summary>
public sealed partial class QuartzBoundaryTests
{
    private static readonly string[] ProductProjects = ["Bot", "Dialogs", "Cards"];

    [Fact]
    public void No_product_code_outside_Scheduler_and_the_composition_root_names_Quartz()
    {
        var root = NodeTools.RepositoryRoot;
        var found = QuartzMentions(root, ProductProjects).Where(hit => !hit.StartsWith("Bot/Hosting/", StringComparison.Ordinal)).ToList();

        Assert.True(found.Count == 0, "Quartz named outside Scheduler (use a port in Scheduler instead):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scan_finds_Quartz_where_it_is_used()
    {
        // The scan itself must see Quartz where it is: Scheduler's jobs name it, so an empty result here means a broken scan.
        var found = QuartzMentions(NodeTools.RepositoryRoot, ["Scheduler"]);

        Assert.Contains(found, hit => hit.StartsWith("Scheduler/Delivery/DeliveryJob.cs:", StringComparison.Ordinal));
    }

    private static List<string> QuartzMentions(string root, IEnumerable<string> projects) =>
        projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(Path.Combine(root, file))
                .Select((line, index) => (line, number: index + 1))
                .Where(entry => QuartzWord().IsMatch(entry.line))
                .Select(entry => $"{file}:{entry.number}: {entry.line.Trim()}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\bQuartz\b")]
    private static partial Regex QuartzWord();
}
