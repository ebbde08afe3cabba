namespace OutcomesBot.Fakes;

/// <summary>What one bot instance answered to a request sent through the <see cref="LoopbackFront"/>.</summary>
public sealed record FrontAnswer(int Instance, int StatusCode, string Body);
