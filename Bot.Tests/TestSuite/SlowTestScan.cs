using System.Text.RegularExpressions;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.TestSuite;

/// <summary>
/// Reads the test sources (not the binaries, so a class that names a slow component in a lambda or a fixture is caught
/// too) and finds each public concrete test class: one with a [Fact]/[Theory] of its own or derived from an abstract
/// class that has them (the store contracts).
/// </summary>
public static partial class SlowTestScan
{
    // Helpers that take Azurite as one choice of backend: a test that picks Azurite names it itself. NodeTools also finds
    // the repository root, which fast tests use.
    private static readonly HashSet<string> ChoosesItsBackend = ["StoreBackend", "PersonalDataBackend", "NodeTools"];

    public static IReadOnlyList<ScannedTestClass> Scan()
    {
        var testsFolder = Path.Combine(NodeTools.RepositoryRoot, "Bot.Tests");
        var sources = Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsUnder(testsFolder, path, "bin") && !IsUnder(testsFolder, path, "obj"))
            .ToDictionary(path => Path.GetRelativePath(testsFolder, path).Replace('\\', '/'), path => WithoutCommentsOrStrings(File.ReadAllText(path)));
        var testBases = sources.Values.SelectMany(Declarations)
            .Where(declaration => declaration.IsAbstract && TestMethod().IsMatch(declaration.Body))
            .Select(declaration => declaration.Name)
            .ToHashSet();

        // A fixture or helper (a file with no test of its own) that starts a slow component is slow to use too:
        // TabPage opens Chromium, PlaygroundSession drives the Playground, FanOut a cluster of bot processes.
        var slowHelpers = sources.Values
            .Where(code => !TestMethod().IsMatch(code) && SlowComponent().IsMatch(code))
            .SelectMany(Declarations)
            .Where(declaration => declaration.BaseName is null || !testBases.Contains(declaration.BaseName))
            .Select(declaration => declaration.Name)
            .Where(name => !ChoosesItsBackend.Contains(name))
            .ToHashSet();
        var slowUse = new Regex($@"{SlowComponent()}|\b(?:{string.Join('|', slowHelpers.Order(StringComparer.Ordinal))})\b", RegexOptions.None, TimeSpan.FromSeconds(5));
        return [.. sources
            .Where(source => !source.Key.StartsWith("Support/", StringComparison.Ordinal))
            .SelectMany(source => Classes(source.Key, source.Value, testBases, slowUse))
            .OrderBy(found => found.File, StringComparer.Ordinal)];
    }

    private static IEnumerable<ScannedTestClass> Classes(string file, string code, HashSet<string> testBases, Regex slowUse)
    {
        var declarations = Declarations(code).ToList();
        if (declarations.Count == 0)
        {
            yield break;
        }

        // A using of a bench's namespace, or the multi-instance folder (every class there starts bots as processes), counts for the whole file.
        var header = code[..declarations[0].Start];
        var fileComponent = slowUse.Match(header) is { Success: true } headerHit ? headerHit.Value
            : file.StartsWith("MultiInstance/", StringComparison.Ordinal) ? "MultiInstance" : null;
        foreach (var declaration in declarations.Where(declaration => !declaration.IsAbstract && declaration.IsPublic))
        {
            var isTest = TestMethod().IsMatch(declaration.Body) || (declaration.BaseName is { } baseName && testBases.Contains(baseName));
            if (!isTest)
            {
                continue;
            }

            var component = slowUse.Match(declaration.Body) is { Success: true } hit ? hit.Value : fileComponent;
            var attributes = AttributesBefore().Match(code[..declaration.Start]).Value;
            yield return new ScannedTestClass(file, declaration.Name, component, SlowMark().IsMatch(attributes));
        }
    }

    private static IEnumerable<Declaration> Declarations(string code)
    {
        var matches = TypeDeclaration().Matches(code);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : code.Length;
            yield return new Declaration(
                match.Groups["name"].Value,
                match.Index,
                code[match.Index..end],
                match.Groups["modifiers"].Value.Contains("abstract", StringComparison.Ordinal),
                match.Groups["modifiers"].Value.StartsWith("public", StringComparison.Ordinal),
                match.Groups["base"].Success ? match.Groups["base"].Value : null);
        }
    }

    // A class that only names a component in a comment or a message (as the tests of this scan do) starts nothing.
    private static string WithoutCommentsOrStrings(string code) => LineComment().Replace(StringLiteral().Replace(code, "\"\""), "");

    private static bool IsUnder(string root, string path, string folder) =>
        Path.GetRelativePath(root, path).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private sealed record Declaration(string Name, int Start, string Body, bool IsAbstract, bool IsPublic, string? BaseName);

    [GeneratedRegex(@"\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();

    // Top-level types only: the test sources use file-scoped namespaces, so a nested type is indented.
    [GeneratedRegex(@"^(?<modifiers>(?:(?:public|internal|sealed|static|partial|abstract|file)\s+)*)(?:class|record)\s+(?<name>\w+)[^:{;\n]*(?::\s*(?<base>\w+))?", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\[(?:Fact|Theory)\b")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"(?:\[[^\]]*\]\s*)*$")]
    private static partial Regex AttributesBefore();

    [GeneratedRegex(@"\[(?:[^\]]*,\s*)?Slow\s*[\],(]")]
    private static partial Regex SlowMark();

    // What makes a class slow: Azurite (also with OAuth), PostgreSQL, Chromium through Playwright, the Agents Playground
    // fixtures, the bot or the benchmarks as child processes, and the Node validators, renderers and scripts.
    [GeneratedRegex(@"\b(?:Azurite|OAuthAzurite|AzuriteServer|Postgres|PostgresServer|BotProcess|BotCluster|FrontedCluster|Playwright|ChromiumPath|CardValidation|CardGalleryDrawing|PlaygroundProcess|OutcomesBotFixture|TeamChannelFixture|StandInBotFixture|CompiledInfra|TurnBenchmark|DeliveryBenchmark|OutcomesBot\.TurnBench|OutcomesBot\.DeliveryBench)\b|\bNodeTools\.(?:RunAsync|RunScriptAsync|StartOrFail|EnsureInstalled)\b")]
    private static partial Regex SlowComponent();
}
