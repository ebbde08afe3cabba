namespace OutcomesBot.StorageBench;

/// <summary>Snapshot upserts per second while seeding (several writers), and the 12-week reads: all teams one by one, all in parallel, and per read.</summary>
internal sealed record MomentumResult(double SeedUpsertsPerSecond, double AllTeamsSequentialMs, double AllTeamsParallelMs, double ReadP50Ms, double ReadP95Ms);
