namespace OutcomesBot.StorageBench;

/// <summary>Rows written per second while seeding, and the 12-week reads: all teams one by one, all in parallel, and per read.</summary>
internal sealed record MomentumResult(double SeedRowsPerSecond, double AllTeamsSequentialMs, double AllTeamsParallelMs, double ReadP50Ms, double ReadP95Ms);
