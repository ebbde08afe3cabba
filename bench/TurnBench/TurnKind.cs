namespace OutcomesBot.TurnBench;

/// <summary>The three turns measured: a typed <c>help</c> (card reply through the connector), the exercise menu
/// invoke (card in the answer) and a check-in submit invoke (stores an answer, thanks card in the answer).</summary>
public enum TurnKind
{
    Help,
    Menu,
    CheckIn,

    /// <summary>The soak's mix: the three turns in turn.</summary>
    Mixed,
}
