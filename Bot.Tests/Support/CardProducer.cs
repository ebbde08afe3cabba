namespace OutcomesBot.Bot.Tests.Support;

/// <summary>One feature's cards for <see cref="CardGallery"/>: a name and what gathers its cards as (name, JSON) pairs.</summary>
public sealed record CardProducer(string Name, Func<Task<IReadOnlyList<KeyValuePair<string, string>>>> GatherAsync);
