using Xunit.v3;

namespace OutcomesBot.Bot.Tests;

/// <summary>
/// Marks a test class that starts something slow (Azurite, PostgreSQL, Chromium, the Agents Playground, a bot or bench
/// child process, a Node validator or renderer): trait <c>Category=Slow</c>, which <c>scripts/test-fast.sh</c> leaves
/// out. <c>scripts/test.sh</c> runs everything. <see cref="TestSuite.SlowMarkTests"/> fails when a class needs the mark and lacks it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SlowAttribute : Attribute, ITraitAttribute
{
    public const string Category = "Category";

    public const string Slow = "Slow";

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [KeyValuePair.Create(Category, Slow)];
}
