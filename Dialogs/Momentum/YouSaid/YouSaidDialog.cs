using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// "You said, we did": a leader sees the last cycle's anonymous themes, writes a response, previews it and sends it to the
/// team through the delivery engine. The role is checked on every press; the themes are worked out again on the server.
/// </summary>
public sealed class YouSaidDialog(TeamRoles roles, ITeamStore teams, CycleThemesReader themes, IYouSaidStore store, IYouSaidDelivery delivery, TimeProvider time)
{
    private static readonly LeaderView View = new(
        "You said, we did", "what a team said", "You lead more than one team. Which team would you like to respond to?", YouSaidVerbs.Team);

    public async Task<AdaptiveCard> HandleAsync(LeaderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var choice = await LeaderChoice.ChooseAsync(roles, request, View, fromCard: request.Verb != YouSaidVerbs.Open, cancellationToken);
        if (choice.Team is not { } team)
        {
            return choice.Answer!;
        }

        var text = request.Value(YouSaidVerbs.ResponseKey)?.Trim();
        return request.Verb switch
        {
            YouSaidVerbs.Preview => await PreviewAsync(team, text, cancellationToken),
            YouSaidVerbs.Send => await SendAsync(request, team, text, cancellationToken),
            YouSaidVerbs.Edit => await ThemesCardAsync(team, text, null, cancellationToken),
            _ => await ThemesCardAsync(team, null, null, cancellationToken),
        };
    }

    internal static string? Problem(string? text) => text switch
    {
        null or "" => "Please write a response before you preview it.",
        { Length: > YouSaidVerbs.MaxLength } => $"Please keep the response under {YouSaidVerbs.MaxLength:N0} characters; it has {text.Length:N0}.",
        _ => null,
    };

    private async Task<AdaptiveCard> ThemesCardAsync(Team team, string? text, string? problem, CancellationToken cancellationToken) =>
        YouSaidCards.Themes(Name(team), team.TeamId, await themes.ReadAsync(team.TeamId, cancellationToken), text, problem);

    private async Task<AdaptiveCard> PreviewAsync(Team team, string? text, CancellationToken cancellationToken)
    {
        if (Problem(text) is { } problem)
        {
            return await ThemesCardAsync(team, text, problem, cancellationToken);
        }

        var responseId = Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
        return YouSaidCards.Preview(Name(team), team.TeamId, await themes.ReadAsync(team.TeamId, cancellationToken), text!, responseId);
    }

    private async Task<AdaptiveCard> SendAsync(LeaderRequest request, Team team, string? text, CancellationToken cancellationToken)
    {
        if (Problem(text) is { } problem)
        {
            return await ThemesCardAsync(team, text, problem, cancellationToken);
        }

        if (!Guid.TryParseExact(request.Value(YouSaidVerbs.ResponseIdKey), "N", out var id))
        {
            return await ThemesCardAsync(team, text, "That preview could not be read. Please press Preview again.", cancellationToken);
        }

        var responseId = id.ToString("N");
        if (await store.GetAsync(responseId, cancellationToken) is { } existing)
        {
            return existing.TeamId == team.TeamId && existing.LeaderId == request.PersonId
                ? YouSaidCards.AlreadySent(Name(team))
                : LeaderCards.NotYourTeam("what a team said");
        }

        var cycle = await themes.ReadAsync(team.TeamId, cancellationToken);
        var members = await teams.ListMembersAsync(team.TeamId, cancellationToken);

        // Queue before storing: the outbox keys make a repeat harmless, so a crash in between is mended by pressing Send again.
        var queued = await delivery.EnqueueAsync(team, members, responseId, YouSaidCards.ForMembers(Name(team), cycle, text!), new PersonIdentity(request.PersonId, request.AadObjectId), cancellationToken);
        var added = await store.TryAddAsync(new YouSaidResponse
        {
            ResponseId = responseId,
            TeamId = team.TeamId,
            LeaderId = request.PersonId,
            LeaderAadObjectId = request.AadObjectId,
            Text = text!,
            ThemeIds = cycle.AnsweredThemeIds,
            CycleId = cycle.CycleId,
            SentAt = time.GetUtcNow(),
            Recipients = queued,
        }, cancellationToken);
        return added ? YouSaidCards.Sent(Name(team), queued) : YouSaidCards.AlreadySent(Name(team));
    }

    private static string Name(Team team) => PlainText.Of(team.Name ?? "your team");
}
