namespace OutcomesBot.Bot.Tests.Telemetry;

/// <summary>
/// The bot's activity source and meter are static, so an exporter sees every host in the process: these tests run
/// alone, after the parallel ones, so that what they collect is only their own.
/// </summary>
[CollectionDefinition(nameof(TelemetryTestGroup), DisableParallelization = true)]
public sealed class TelemetryTestGroup;
