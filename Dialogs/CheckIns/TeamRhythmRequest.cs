namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>A press on the rhythm card or a typed <c>rhythm</c>: who asked (their AAD object id, from the activity, never card data), their Teams time zone, the verb and the card's values.</summary>
public sealed record TeamRhythmRequest(string? AadObjectId, string? TimeZone, string Verb, IReadOnlyDictionary<string, string> Values);
