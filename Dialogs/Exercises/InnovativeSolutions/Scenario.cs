namespace OutcomesBot.Dialogs.Exercises.InnovativeSolutions;

/// <summary>A scenario to find solutions for: the guide's three, retold briefly, or the person's own.</summary>
public sealed record Scenario(string Value, string Name, string Story)
{
    public const string OwnValue = "own";

    public static IReadOnlyList<Scenario> Guide { get; } =
    [
        new("sandra", "Sandra",
            "Sandra is in her twenties, has physical disabilities and lives on her own, with a paid carer calling three times a day. "
            + "She feels lonely. A weekly day service is pleasant enough, but it is not the social life she would pick, and she wants more say over when she gets up, goes to bed and what she eats."),
        new("bill", "Bill",
            "Bill, in his late forties, has looked after his wife Linda, who has a long-term condition, for five years while holding down a demanding full-time job. "
            + "Stress is wearing down his health. He wants to keep caring for Linda and keep his career, income and friends from work, and has just turned to a carers centre."),
        new("helen", "Helen",
            "Helen is 88 and, after talking it through with her daughters, has moved into a care home because of poor sight and repeated falls. "
            + "She wants to keep going to church, walking in the park each week and baking, but staff are anxious about the risks."),
    ];

    public static IReadOnlyList<Choice> Choices { get; } =
        [.. Guide.Select(s => new Choice(s.Name, s.Value)), new Choice("My own scenario", OwnValue)];

    public static Scenario? Find(string? value) => Guide.FirstOrDefault(s => s.Value == value);
}
