namespace OutcomesBot.Dialogs.Momentum.LeaderTab;

/// <summary>
/// What a leader can do when one of the guide's conditions for meeting change with enthusiasm (section 2.5) is weak, in
/// our own words, drawing on the guide's advice on feedback, motivation, champions, stories and action-learning sets.
/// Keyed by the pulse's condition ids (<see cref="CheckIns.ChangeReadinessPulse"/>).
/// </summary>
public static class ConditionAdvice
{
    private static readonly Dictionary<string, string> Advice = new(StringComparer.Ordinal)
    {
        ["involved"] = "Ask the team to help shape the next step: a short design session in a team meeting, or an action-learning set on one part of the change.",
        ["heard"] = "Close the loop on feedback: answer the latest check-in themes with \"you said, we did\", and say what you could not change and why.",
        ["benefit-me"] = "Help people see what is in it for their own practice: share stories where the approach made a visit or review easier or more rewarding.",
        ["benefit-organisation"] = "Link the change to service outcomes people recognise, such as fewer crises or better reviews, and show the evidence you have so far.",
        ["benefit-community"] = "Bring the voices of the people you support into team time: success stories and what people and carers said about what changed for them.",
        ["status-quo"] = "Talk openly about what does not work today; ask staff where the old way lets people down, rather than telling them.",
        ["competence"] = "Build confidence in small steps: pair people with a champion, practise outcome conversations, and use the exercises in supervision.",
        ["big-picture"] = "Show how the change fits the wider plan: explain where outcomes-focused practice is heading over the year and how each piece connects.",
        ["support-time"] = "Protect time to learn: put reflection and the exercises into rotas and supervision, and ask who needs support from whom.",
        ["pace"] = "Take stock of everything you are asking of the team and pause or drop something; finish one change before starting the next.",
        ["spacing"] = "Space the changes out: agree a realistic timetable with the team and give each step time to settle before the next arrives.",
        ["reasons"] = "Explain the why again, in plain words and with examples; invite questions at team meetings and answer them honestly.",
        ["important"] = "Keep the change visible: celebrate stories of outcomes reached, and let champions talk about why it matters to them.",
        ["necessary"] = "Share what would happen if nothing changed, from your own service's experience, and listen to doubts rather than dismissing them.",
    };

    /// <summary>The advice for a condition id; an empty string for an id the pulse does not have.</summary>
    public static string For(string conditionId) => Advice.TryGetValue(conditionId, out var advice) ? advice : string.Empty;
}
