using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// Starting a set (champions and leaders of the channel's team) and answering a round (the set's members only).
/// Roles and membership are checked on the server from the sender's AAD object id; the card's data is never trusted.
/// </summary>
public sealed class LearningSetDialog(
    StoryChannels channels, ITeamStore teams, ILearningSetStore store, ILearningSetSchedule schedule, ITeamTimeZone teamZones, ITenantTimeZones tenantZones,
    LearningSetOptions options, LearningSetWelcome welcome, TimeProvider timeProvider)
{
    public const string MembersOnly = "Only the members of this action-learning set can answer its rounds. Ask your champion if you'd like to join the next set.";
    public const string NoLongerInTeam = "You are no longer in this set's team, so your answer can't go to its channel.";
    public const string RoundClosed = "This round is closed now. Look out for the next round's thread.";
    public const string SetGone = "That action-learning set is no longer here.";
    public const string SetEnded = "This set has ended, so it takes no more answers. Thank you for taking part.";

    public async Task<LearningReply> OpenAsync(string aadObjectId, string? tenantId, string? channelId, CancellationToken cancellationToken)
    {
        var allowed = await channels.ListAsync(aadObjectId, tenantId, cancellationToken);
        if (allowed.Count == 0 || (channelId is not null && allowed.All(c => c.ConversationId != channelId)))
        {
            return LearningReply.Refuse(LearningSetCards.ChampionsOnly());
        }

        var channel = allowed.FirstOrDefault(c => c.ConversationId == channelId) ?? allowed[0];
        var draft = new LearningSetDraft { Channel = channelId ?? "", Zone = await TeamZoneAsync(channel.TeamId, cancellationToken) };

        // Asked for in a channel, the form is for that channel: it names that channel and its team's members only, never
        // the channels of the person's other teams (decision 058), and the caller sends it to the person's 1:1 chat
        // (decision 066). Asked for in the 1:1 chat, it lists them all.
        IReadOnlyList<StoryChannel> listed = channelId is null ? allowed : [channel];
        return LearningReply.Show(LearningSetCards.Start(draft, listed, await MembersAsync(allowed, channelId, cancellationToken), null, await UsualZonesAsync(channel.TenantId, cancellationToken)));
    }

    public async Task<LearningReply> StartAsync(string aadObjectId, string? tenantId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var allowed = await channels.ListAsync(aadObjectId, tenantId, cancellationToken);
        if (allowed.Count == 0)
        {
            return LearningReply.Refuse(LearningSetCards.ChampionsOnly());
        }

        var draft = LearningSetDraft.From(values);
        var channel = allowed.FirstOrDefault(c => c.ConversationId == draft.Channel);
        var members = await MembersAsync(allowed, channel?.ConversationId, cancellationToken);
        var problems = draft.Problems(channel is null ? [] : members.Select(m => m.AadObjectId).ToList(), channel is not null);
        if (problems.Count > 0 || channel is null)
        {
            return LearningReply.Show(LearningSetCards.Start(draft, allowed, members, problems, await UsualZonesAsync((channel ?? allowed[0]).TenantId, cancellationToken)));
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(draft.Zone);
        var now = timeProvider.GetUtcNow();
        var set = new LearningSet
        {
            SetId = Guid.CreateVersion7(now).ToString("N"),
            TeamId = channel.TeamId,
            TenantId = channel.TenantId,
            ChannelId = channel.ConversationId,
            Topic = draft.Topic,
            StarterAadObjectId = aadObjectId,
            Members = draft.Members,
            IntervalDays = draft.IntervalDays,
            Rounds = draft.RoundCount,
            TimeZoneId = draft.Zone,
            FirstRoundAt = FirstRound(now, draft.DayOfWeek, draft.TimeOfDay, zone),
            CreatedAt = now,
            OpenedRound = 0,
        };
        await store.TryAddAsync(set, cancellationToken);
        await schedule.ScheduleAsync(set, cancellationToken);
        await welcome.TellMembersAsync(set, channel.Title, cancellationToken);
        return LearningReply.Show(LearningSetCards.Started(set, channel.Title, TimeZoneInfo.ConvertTime(set.FirstRoundAt, zone)));
    }

    /// <summary>The team's zone (its rhythm's), else the configured one for teams without a rhythm.</summary>
    private async Task<string> TeamZoneAsync(string teamId, CancellationToken cancellationToken) =>
        ZoneChoices.Default(options.TimeZone, await teamZones.GetAsync(teamId, cancellationToken));

    private Task<IReadOnlyList<string>> UsualZonesAsync(string tenantId, CancellationToken cancellationToken) =>
        tenantZones.UsualZonesAsync(tenantId, ZoneChoices.TenantZones, cancellationToken);

    /// <summary>
    /// A member's answer: checked for problems and identifying details (stopped until the member confirms), then shown
    /// as the round summary will show it; only <paramref name="save"/> (the preview's button) stores it. The member's
    /// name goes with it only if they ticked "show my name".
    /// </summary>
    public async Task<LearningReply> AnswerAsync(string aadObjectId, string? name, IReadOnlyDictionary<string, string> values, bool save, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var set = values.TryGetValue(LearningAnswerDraft.SetKey, out var setId) ? await store.GetAsync(setId, cancellationToken) : null;
        if (set is null)
        {
            return LearningReply.Say(SetGone);
        }

        if (!set.IsMember(aadObjectId))
        {
            return LearningReply.Say(MembersOnly);
        }

        if (set.EndedAt is not null)
        {
            return LearningReply.Say(SetEnded);
        }

        // A set keeps its members, but words go to the team's channel only from someone still in the team (decision 074).
        if (await teams.GetMemberAsync(set.TeamId, aadObjectId, cancellationToken) is null)
        {
            return LearningReply.Say(NoLongerInTeam);
        }

        if (!values.TryGetValue(LearningAnswerDraft.RoundKey, out var roundText) || !int.TryParse(roundText, NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            || round < 1 || round > set.Rounds
            || await store.IsSummarisedAsync(set.SetId, round, cancellationToken))
        {
            return LearningReply.Say(RoundClosed);
        }

        var draft = LearningAnswerDraft.From(values);
        var showName = values.GetValueOrDefault(LearningAnswerDraft.ShowNameKey) == "true";
        var problems = draft.Problems();
        var edit = !save && values.GetValueOrDefault(LearningAnswerDraft.EditKey) == "true";
        if (problems.Count > 0 || edit)
        {
            // Opened blank (the button on a new member's card): the empty boxes are not problems yet.
            var fresh = edit && draft.Texts().All(t => t.Text.Length == 0);
            return LearningReply.Show(LearningRoundCards.Prompt(set, round, draft, fresh ? null : problems, showName: showName));
        }

        // The preview and Save check the same way: Save never trusts that the card it came from was a checked preview.
        var findings = FindingsBlock.Check(draft.Texts());
        var detailsChecked = values.GetValueOrDefault(LearningAnswerDraft.DetailsCheckedKey) == "true";
        if (findings.Count > 0 && !detailsChecked)
        {
            return LearningReply.Show(LearningRoundCards.Prompt(set, round, draft, findings: findings, showName: showName));
        }

        if (!save)
        {
            return LearningReply.Show(LearningRoundCards.Preview(set, round, draft, showName ? name : null, showName, detailsChecked));
        }

        await store.SaveAnswerAsync(
            new LearningAnswer
            {
                SetId = set.SetId, Round = round, AadObjectId = aadObjectId, Name = showName ? name : null,
                Challenge = draft.Challenge, Tried = draft.Tried, Helped = draft.Helped, NextAction = draft.NextAction, AnsweredAt = timeProvider.GetUtcNow(),
            },
            cancellationToken);
        return LearningReply.Show(LearningRoundCards.Prompt(set, round, draft, saved: "Saved. This card shows your own answer; you can change it until the round ends.", showName: showName));
    }

    /// <summary>The first <paramref name="day"/> at <paramref name="time"/> in <paramref name="zone"/> after now.</summary>
    public static DateTimeOffset FirstRound(DateTimeOffset now, DayOfWeek day, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i <= 7; i++)
        {
            var candidate = date.AddDays(i).ToDateTime(time);
            var at = new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
            if (candidate.DayOfWeek == day && at > now)
            {
                return at.ToUniversalTime();
            }
        }

        throw new InvalidOperationException("No day of the week matched within eight days.");
    }

    private async Task<IReadOnlyList<TeamMember>> MembersAsync(IReadOnlyList<StoryChannel> allowed, string? channelId, CancellationToken cancellationToken)
    {
        var teamIds = allowed.Where(c => channelId is null || c.ConversationId == channelId).Select(c => c.TeamId).Distinct(StringComparer.Ordinal);
        var members = new List<TeamMember>();
        foreach (var teamId in teamIds)
        {
            members.AddRange(await teams.ListMembersAsync(teamId, cancellationToken));
        }

        return members;
    }
}
