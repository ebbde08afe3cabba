namespace OutcomesBot.Bot.Storage;

/// <summary>
/// How one kind of person's stop is taken apart into its <see cref="PersonStopParts"/> and put together again, for the
/// stop tables of both backends (<c>SqlitePersonStops</c>, <c>AzurePersonStops</c>). Declared once per kind in
/// <see cref="PersonStopShapes"/>.
/// </summary>
internal sealed record PersonStopShape<TStop>(Func<TStop, PersonStopParts> PartsOf, Func<PersonStopParts, TStop> Create);
