using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>The channel picker, the identifying-details check, the preview, the summary as the team sees it, and taking it down.</summary>
public static class SharingCards
{
    public const string WhatGoes =
        "What goes: your name, the exercise's title and this summary, exactly as the preview shows it. "
        + "Nothing else is posted: not your other entries, not your check-ins, and nothing from steps the summary does not show.";

    public static AdaptiveCard Picker(IExercise exercise, ExerciseSession session, IReadOnlyList<ShareDestination> offered, string? problem = null,
        IReadOnlyList<FieldFindings>? findings = null, string? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(offered);
        List<CardElement> body = [Heading.Of("Share with my team"), new TextBlock(WhatGoes)];
        if (problem is not null)
        {
            body.Add(Callout.Problem(problem));
        }

        if (findings is { Count: > 0 })
        {
            body.Add(FindingsBlock.Create(findings, "They are in your answers, highlighted below. Nothing has been shared. If they could identify someone, "
                + "don't share this summary (you can run the exercise again without them). Continue only if you are sure they identify nobody."));
        }

        body.Add(new ChoiceSetInput(ExerciseSharing.DestinationKey, "Channel", offered.Select(d => new Choice(d.Title, d.ConversationId)).ToList())
        {
            IsRequired = true,
            ErrorMessage = "Please pick a channel.",
            Style = "compact",
            Value = chosen,
        });
        var data = ExerciseCards.SessionData(session);
        List<CardAction> actions = findings is { Count: > 0 }
            ? [
                CardActions.Execute("Nothing here identifies anyone, continue", ExerciseVerbs.Share, With(data, ExerciseSharing.CheckedKey, "true"), submitsInputs: true),
                CardActions.Execute("Don't share", ExerciseVerbs.Summary, data),
            ]
            : [
                CardActions.Execute("Preview", ExerciseVerbs.Share, data, submitsInputs: true),
                CardActions.Execute("Cancel", ExerciseVerbs.Summary, data),
            ];
        return FullWidthCard.Create(body, actions, "Share with my team");
    }

    public static AdaptiveCard Preview(IExercise exercise, ExerciseSession session, ShareDestination destination, string? personName, bool detailsChecked)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var data = With(ExerciseCards.SessionData(session), ExerciseSharing.DestinationKey, destination.ConversationId);
        if (detailsChecked)
        {
            data[ExerciseSharing.CheckedKey] = "true";
        }

        List<CardElement> body =
        [
            Callout.Note($"Preview: this is exactly what will be posted in {PlainText.Of(destination.Title)}. Nothing else you wrote goes."),
            .. Shared(exercise, session, personName).Body,
        ];
        return FullWidthCard.Create(body, [CardActions.Execute("Post", ExerciseVerbs.SharePost, data), CardActions.Execute("Cancel", ExerciseVerbs.Summary, ExerciseCards.SessionData(session))], "Preview of your share");
    }

    /// <summary>The summary as the team sees it: the author's name and answers shown as plain text.</summary>
    public static AdaptiveCard Shared(IExercise exercise, ExerciseSession session, string? personName)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var who = string.IsNullOrWhiteSpace(personName) ? "A colleague" : PlainText.Of(personName);
        var title = $"{who} shared a summary: {exercise.Info.Title}";
        return FullWidthCard.Create(
        [
            Heading.Of(title),
            new TextBlock("Shared by choice from a personal exercise in OutcomesBot.") { IsSubtle = true, Spacing = "None" },
            .. exercise.Summarise(ExerciseCards.Shown(session.Answers)),
        ], null, title);
    }

    public static AdaptiveCard Posted(IExercise exercise, ExerciseSession session, ShareDestination destination, long postVersion)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(destination);
        return ExerciseCards.Notice("Shared",
            $"Your summary of \"{exercise.Info.Title}\" is on its way to {PlainText.Of(destination.Title)}. Your other answers stay private. "
            + "You can take it down at any time with the button below.",
            TakeDown(session, destination.ConversationId, postVersion),
            CardActions.Execute("Back to my summary", ExerciseVerbs.Summary, ExerciseCards.SessionData(session)));
    }

    public static AdaptiveCard Withdrawn(WithdrawOutcome outcome, ExerciseSession session, string channel, long postVersion)
    {
        var back = CardActions.Execute("Back to my summary", ExerciseVerbs.Summary, ExerciseCards.SessionData(session));
        return outcome switch
        {
            WithdrawOutcome.Removed => ExerciseCards.Notice("Taken down", "Your share has been removed from the channel.", back),
            WithdrawOutcome.Stopped => ExerciseCards.Notice("Taken down", "Your share had not been posted yet, and now it won't be.", back),
            WithdrawOutcome.InFlight => ExerciseCards.Notice("Almost", "Your share is being posted right now. Press the button again in a few seconds to take it down.", TakeDown(session, channel, postVersion), back),
            _ => ExerciseCards.Notice("Nothing to take down", "I found no share of yours there: it may have been taken down already.", back),
        };
    }

    private static ExecuteAction TakeDown(ExerciseSession session, string channel, long postVersion)
    {
        var data = With(ExerciseCards.SessionData(session), ExerciseSharing.DestinationKey, channel);
        data[ExerciseSharing.PostVersionKey] = postVersion.ToString(CultureInfo.InvariantCulture);
        return CardActions.Execute("Take it down", ExerciseVerbs.ShareWithdraw, data) with { Style = "destructive" };
    }

    private static Dictionary<string, string> With(Dictionary<string, string> data, string key, string value) =>
        new(data, StringComparer.Ordinal) { [key] = value };
}
