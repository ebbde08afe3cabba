using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>The champion's cards: starting a set, and the set as started.</summary>
public static class LearningSetCards
{
    public static AdaptiveCard Start(LearningSetDraft draft, IReadOnlyList<StoryChannel> channels, IReadOnlyList<TeamMember> members, IReadOnlyList<string>? problems = null, IReadOnlyList<string>? tenantZones = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(members);
        List<CardElement> body =
        [
            Heading.Of("Start an action-learning set"),
            new TextBlock("A small group meets in a channel thread each round to reflect on practice together: a challenge, what was tried, what helped, and the next action. Only the set's members can answer, and the round's summary goes to the set's thread, with a member's name only if they choose."),
        ];
        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(problems));
        }

        body.Add(new TextInput(LearningSetDraft.TopicKey, "Topic") { Value = draft.Topic, MaxLength = LearningSetDraft.TopicMax, IsRequired = true, ErrorMessage = "Please give the set a topic.", Placeholder = "For example: Conversations about risk" });
        body.Add(new ChoiceSetInput(LearningSetDraft.ChannelKey, "Channel", channels.Select(c => new Choice(c.Title, c.ConversationId)).ToList())
        {
            Style = "compact", Value = draft.Channel.Length > 0 ? draft.Channel : null, IsRequired = true, ErrorMessage = "Please pick a channel.",
        });
        body.Add(new ChoiceSetInput(LearningSetDraft.MembersKey, $"Members (2 to {LearningSetDraft.MaxMembers})", members.Select(m => new Choice(PlainText.Clean(m.Name ?? "A team member"), m.AadObjectId)).DistinctBy(c => c.Value).ToList())
        {
            IsMultiSelect = true, Style = "expanded", Value = string.Join(',', draft.Members), IsRequired = true, ErrorMessage = "Please choose the members.",
        });
        body.Add(new ChoiceSetInput(LearningSetDraft.RhythmKey, "Rhythm", [new Choice("Weekly", "weekly"), new Choice("Fortnightly", "fortnightly")]) { Style = "compact", Value = draft.Rhythm });
        body.Add(new ChoiceSetInput(LearningSetDraft.DayKey, "Day", Enum.GetNames<DayOfWeek>().Select(d => new Choice(d, d)).ToList()) { Style = "compact", Value = draft.Day });
        body.Add(new TimeInput(LearningSetDraft.TimeKey, "Time") { Value = ScheduleText.TryParseTime(draft.Time, out var time) ? time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null });
        body.Add(new ChoiceSetInput(LearningSetDraft.ZoneKey, "Time zone", ZoneChoices.For([draft.Zone], tenantZones ?? []))
        {
            Style = "compact", Value = ScheduleText.IsKnownZone(draft.Zone) ? draft.Zone : null, IsRequired = true, ErrorMessage = "Please choose a time zone.",
        });
        body.Add(new ChoiceSetInput(LearningSetDraft.RoundsKey, "Rounds", Enumerable.Range(1, LearningSetDraft.MaxRounds).Select(n => new Choice(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()) { Style = "compact", Value = draft.Rounds });
        return FullWidthCard.Create(
            body,
            [CardActions.Execute("Start the set", LearningSetVerbs.Start, submitsInputs: true)],
            "Start an action-learning set");
    }

    public static AdaptiveCard Started(LearningSet set, string channelTitle, DateTimeOffset firstLocal)
    {
        ArgumentNullException.ThrowIfNull(set);
        return FullWidthCard.Create(
            [
                Heading.Of("The action-learning set is on"),
                new TextBlock($"\"{PlainText.Of(set.Topic)}\": {(set.Rounds == 1 ? "1 round" : $"{set.Rounds} rounds")}, every {(set.IntervalDays == 14 ? "two weeks" : "week")}, in {PlainText.Of(channelTitle)}. Each round starts as a new thread there."),
                new FactSet([new Fact("First round", $"{firstLocal.ToString("dddd d MMMM, HH:mm", System.Globalization.CultureInfo.InvariantCulture)} ({ZoneChoices.Label(set.TimeZoneId)} time)"), new Fact("Members", set.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            ],
            [LearningSetMemberCards.StartNow(set), LearningSetEndCards.EndAction(set)],
            "The action-learning set is on");
    }

    public static AdaptiveCard ChampionsOnly() => FullWidthCard.Create(
        [
            Heading.Of("Action-learning sets"),
            new TextBlock("Champions and team leaders start action-learning sets. If you'd like to join one, ask your champion: sets work best with people who want to reflect together."),
        ],
        fallbackText: "Champions and team leaders start action-learning sets.");
}
