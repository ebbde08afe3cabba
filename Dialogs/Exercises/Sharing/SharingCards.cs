using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>The channel picker and the summary card as the team sees it.</summary>
public static class SharingCards
{
    public static AdaptiveCard Picker(IExercise exercise, ExerciseSession session, IReadOnlyList<ShareDestination> offered, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(offered);
        List<CardElement> body =
        [
            new TextBlock("Share with my team") { Size = "Medium", Weight = "Bolder", Style = "heading" },
            new TextBlock($"Your name and this {exercise.Info.Title.ToLowerInvariant()} summary will be posted in the channel you pick. Nothing else you wrote is shared."),
        ];
        if (problem is not null)
        {
            body.Add(new Container([new TextBlock(problem)]) { Style = "attention" });
        }

        body.Add(new ChoiceSetInput(ExerciseSharing.DestinationKey, "Channel", offered.Select(d => new Choice(d.Title, d.ConversationId)).ToList())
        {
            IsRequired = true,
            ErrorMessage = "Please pick a channel.",
            Style = "compact",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardActions.Execute("Share", ExerciseVerbs.Share, ExerciseCards.SessionData(session), submitsInputs: true),
                CardActions.Execute("Cancel", ExerciseVerbs.Summary, ExerciseCards.SessionData(session)),
            ],
            FallbackText = "Share with my team",
            MsTeams = new TeamsCardProperties(),
        };
    }

    public static AdaptiveCard Shared(IExercise exercise, ExerciseSession session, string? personName)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var who = string.IsNullOrWhiteSpace(personName) ? "A colleague" : personName;
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock($"{who} shared their {exercise.Info.Title.ToLowerInvariant()}") { Size = "Medium", Weight = "Bolder", Style = "heading" },
                new TextBlock("Shared by choice from a personal exercise in OutcomesBot.") { IsSubtle = true, Spacing = "None" },
                .. exercise.Summarise(session.Answers),
            ],
            FallbackText = $"{who} shared their {exercise.Info.Title.ToLowerInvariant()}",
            MsTeams = new TeamsCardProperties(),
        };
    }
}
