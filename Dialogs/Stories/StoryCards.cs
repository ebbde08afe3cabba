using OutcomesBot.Dialogs.Exercises.OutcomesBasics;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>The author's cards: writing the story, and what looked identifying in it.</summary>
public static class StoryCards
{
    public const string ForApprovalText = "A team leader or champion reads it first, and posts it if it is ready. I'll tell you what they decide.";

    public static AdaptiveCard Compose(StoryDraft draft, IReadOnlyList<StoryChannel> channels, IReadOnlyList<string>? problems = null, IReadOnlyList<FieldFindings>? findings = null, bool forApproval = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(channels);
        List<CardElement> body =
        [
            Heading.Of("Share a success story"),
            new TextBlock("Tell the team about a difference made for someone. Write it so that nobody could tell who it is about: no names, addresses, dates of birth or numbers."),
        ];
        if (forApproval)
        {
            body.Add(new TextBlock(ForApprovalText) { IsSubtle = true });
        }

        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(problems));
        }

        if (findings is { Count: > 0 })
        {
            body.Add(FindingsBlock.Create(findings, "They are highlighted below. Please change them in the boxes underneath, or continue if you are sure they identify nobody."));
        }

        body.AddRange(Inputs(draft, channels));
        var data = new Dictionary<string, string> { [StoryDraft.StoryIdKey] = draft.StoryId };
        List<CardAction> actions = findings is { Count: > 0 }
            ? [
                CardActions.Execute("I've edited it, check again", StoryVerbs.Check, data, submitsInputs: true),
                CardActions.Execute("Nothing here identifies anyone, continue", StoryVerbs.Check, new Dictionary<string, string>(data) { [StoryDraft.DetailsCheckedKey] = "true" }, submitsInputs: true),
            ]
            : [CardActions.Execute("Preview", StoryVerbs.Check, data, submitsInputs: true)];
        return FullWidthCard.Create(body, actions, "Share a success story");
    }

    /// <summary>Said instead of the card to someone who leads or champions no team the bot is in.</summary>
    public static AdaptiveCard NotAllowed() => FullWidthCard.Create(
        [
            Heading.Of("Success stories"),
            new TextBlock("Team leaders and champions share success stories in their team's channel. If you have a story to tell, your leader or a champion would love to hear it and can share it with the team."),
        ],
        fallbackText: "Success stories are shared by team leaders and champions.");

    private static IEnumerable<CardElement> Inputs(StoryDraft draft, IReadOnlyList<StoryChannel> channels) =>
    [
        new TextInput(StoryDraft.TitleKey, "Title") { Value = draft.Title, MaxLength = StoryDraft.TitleMax, IsRequired = true, ErrorMessage = "Please add a title.", Placeholder = "For example: Back to the allotment" },
        Text(StoryDraft.MatteredKey, "What mattered to the person", draft.Mattered, "What did they want for their life?"),
        Text(StoryDraft.ChangedKey, "What changed", draft.Changed, "What is different for them now?"),
        Text(StoryDraft.HelpedKey, "What helped", draft.Helped, "What did the team, family or community do?"),
        new ChoiceSetInput(StoryDraft.KindsKey, "Kinds of outcome", OutcomeKinds.WithCarers)
        {
            IsMultiSelect = true, Style = "expanded", Value = string.Join(',', draft.Kinds), IsRequired = true, ErrorMessage = "Please choose at least one.",
        },
        new ChoiceSetInput(StoryDraft.ChannelKey, "Post to", channels.Select(c => new Choice(c.Title, c.ConversationId)).ToList())
        {
            Style = "compact", Value = draft.Channel.Length > 0 ? draft.Channel : null, IsRequired = true, ErrorMessage = "Please pick a channel.",
        },
        new ToggleInput(StoryDraft.AgreedKey, "Consent", "The person agreed to this being shared, and nothing in it identifies them")
        {
            Value = draft.Agreed ? "true" : "false", IsRequired = true, ErrorMessage = "Please confirm before posting.",
        },
    ];

    private static TextInput Text(string id, string label, string value, string placeholder) => new(id, label)
    {
        Value = value, IsMultiline = true, MaxLength = StoryDraft.TextMax, IsRequired = true, ErrorMessage = $"Please add {label.ToLowerInvariant()}.", Placeholder = placeholder,
    };
}
