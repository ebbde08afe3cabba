using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace OutcomesBot.Bot.Graph;

/// <summary>The team directory over Microsoft Graph v1.0 with the app's own (application) permissions.</summary>
public sealed class GraphTeamDirectory : ITeamDirectory
{
    // A guard against a server that keeps handing out next links: 1,000 pages of up to 999 members.
    private const int MaxPages = 1000;

    private readonly GraphServiceClient? _graph;
    private readonly GraphOptions _options;
    private readonly ILogger<GraphTeamDirectory> _logger;

    public GraphTeamDirectory(GraphCredential credential, IOptions<GraphOptions> options, ILogger<GraphTeamDirectory> logger)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _graph = credential.Credential is { } tokenCredential ? GraphClientBuilder.Build(tokenCredential, _options) : null;
    }

    public Task<DirectoryResult<IReadOnlyList<DirectoryMember>>> ListMembersAsync(string aadGroupId, CancellationToken cancellationToken) =>
        ListAsync(
            "list-members",
            GraphPermissions.ReadTeamMembers,
            (graph, nextLink) => nextLink is null
                ? graph.Teams[aadGroupId].Members.GetAsync(cancellationToken: cancellationToken)
                : graph.Teams[aadGroupId].Members.WithUrl(nextLink).GetAsync(cancellationToken: cancellationToken),
            page => page.Value?.OfType<AadUserConversationMember>().Where(m => !string.IsNullOrWhiteSpace(m.UserId)).Select(ToMember) ?? [],
            members => members,
            cancellationToken);

    public Task<DirectoryResult<IReadOnlyList<TeamChannel>>> ListChannelsAsync(string aadGroupId, CancellationToken cancellationToken) =>
        ListAsync(
            "list-channels",
            GraphPermissions.ReadChannels,
            (graph, nextLink) => nextLink is null
                ? graph.Teams[aadGroupId].Channels.GetAsync(cancellationToken: cancellationToken)
                : graph.Teams[aadGroupId].Channels.WithUrl(nextLink).GetAsync(cancellationToken: cancellationToken),
            page => page.Value?.Where(c => !string.IsNullOrWhiteSpace(c.Id)).Select(c => new TeamChannel(c.Id!, NameAtSend.Unmarked(c.DisplayName) ?? c.Id!)) ?? [],
            channels => channels.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            cancellationToken);

    public Task<DirectoryResult<bool>> InstallAppForUserAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (_graph is not { } graph || string.IsNullOrWhiteSpace(_options.TeamsAppCatalogId))
        {
            return Task.FromResult(new DirectoryResult<bool>(DirectoryStatus.NotConfigured, default));
        }

        var catalogApp = $"{_options.BaseUrl.AbsoluteUri.TrimEnd('/')}/appCatalogs/teamsApps/{Uri.EscapeDataString(_options.TeamsAppCatalogId)}";
        return GraphCall.RunAsync("install-for-user", GraphPermissions.InstallSelfForUser, async () =>
        {
            var installation = new UserScopeTeamsAppInstallation
            {
                AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = catalogApp },
            };
            await graph.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            return new DirectoryResult<bool>(DirectoryStatus.Ok, true);
        }, _logger, cancellationToken);
    }

    // Every page of a list, following next links (up to MaxPages); getPage gets the first page when given no link.
    private Task<DirectoryResult<IReadOnlyList<T>>> ListAsync<TPage, T>(
        string operation,
        string permission,
        Func<GraphServiceClient, string?, Task<TPage?>> getPage,
        Func<TPage, IEnumerable<T>> items,
        Func<List<T>, IReadOnlyList<T>> order,
        CancellationToken cancellationToken)
        where TPage : BaseCollectionPaginationCountResponse
    {
        if (_graph is not { } graph)
        {
            return Task.FromResult(new DirectoryResult<IReadOnlyList<T>>(DirectoryStatus.NotConfigured, default));
        }

        return GraphCall.RunAsync(operation, permission, async () =>
        {
            var all = new List<T>();
            var page = await getPage(graph, null);
            var pages = 1;
            while (page is not null)
            {
                all.AddRange(items(page));
                if (string.IsNullOrEmpty(page.OdataNextLink) || pages >= MaxPages)
                {
                    break;
                }

                page = await getPage(graph, page.OdataNextLink);
                pages++;
            }

            GraphLog.Listed(_logger, operation, all.Count, pages);
            return new DirectoryResult<IReadOnlyList<T>>(DirectoryStatus.Ok, order(all));
        }, _logger, cancellationToken);
    }

    // Names from Graph come in without a name slot's mark, as everything from Teams does (decision 095).
    private static DirectoryMember ToMember(AadUserConversationMember member) =>
        new(member.UserId!, NameAtSend.Unmarked(member.DisplayName), member.Roles?.Any(r => string.Equals(r, "owner", StringComparison.OrdinalIgnoreCase)) == true);
}
