namespace OutcomesBot.Bot.Tests.TestSuite;

/// <summary>One public test class found in Bot.Tests: what slow component it uses (null when none) and whether it carries [Slow].</summary>
public sealed record ScannedTestClass(string File, string Name, string? SlowComponent, bool MarkedSlow);
