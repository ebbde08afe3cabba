namespace OutcomesBot.Dialogs.Momentum;

/// <summary>
/// What a leader view calls itself in the shared answers of <see cref="LeaderChoice"/>: its title (the "not a leader" card
/// and the team picker), the words for what it shows (the "not one of your teams" card), the picker's question and the
/// verb the picker's buttons press.
/// </summary>
public sealed record LeaderView(string Title, string WhatItShows, string PickQuestion, string TeamVerb);
