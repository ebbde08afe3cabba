using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutcomesBot.Dialogs.People;

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

    public Task<DirectoryResult<IReadOnlyList<DirectoryMember>>> ListMembersAsync(string aadGroupId, CancellationToken cancellationToken)
    {
        if (_graph is not { } graph)
        {
            return Task.FromResult(new DirectoryResult<IReadOnlyList<DirectoryMember>>(DirectoryStatus.NotConfigured, default));
        }

        return GraphCall.RunAsync<IReadOnlyList<DirectoryMember>>("list-members", GraphPermissions.ReadTeamMembers, async () =>
        {
            var members = new List<DirectoryMember>();
            var page = await graph.Teams[aadGroupId].Members.GetAsync(cancellationToken: cancellationToken);
            var pages = 1;
            while (page is not null)
            {
                members.AddRange(page.Value?.OfType<AadUserConversationMember>().Where(m => !string.IsNullOrWhiteSpace(m.UserId)).Select(ToMember) ?? []);
                if (string.IsNullOrEmpty(page.OdataNextLink) || pages >= MaxPages)
                {
                    break;
                }

                page = await graph.Teams[aadGroupId].Members.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken);
                pages++;
            }

            GraphLog.Listed(_logger, "list-members", members.Count, pages);
            return new DirectoryResult<IReadOnlyList<DirectoryMember>>(DirectoryStatus.Ok, members);
        }, _logger, cancellationToken);
    }

    public Task<DirectoryResult<IReadOnlyList<TeamChannel>>> ListChannelsAsync(string aadGroupId, CancellationToken cancellationToken)
    {
        if (_graph is not { } graph)
        {
            return Task.FromResult(new DirectoryResult<IReadOnlyList<TeamChannel>>(DirectoryStatus.NotConfigured, default));
        }

        return GraphCall.RunAsync<IReadOnlyList<TeamChannel>>("list-channels", GraphPermissions.ReadChannels, async () =>
        {
            var channels = new List<TeamChannel>();
            var page = await graph.Teams[aadGroupId].Channels.GetAsync(cancellationToken: cancellationToken);
            var pages = 1;
            while (page is not null)
            {
                channels.AddRange(page.Value?.Where(c => !string.IsNullOrWhiteSpace(c.Id)).Select(c => new TeamChannel(c.Id!, c.DisplayName ?? c.Id!)) ?? []);
                if (string.IsNullOrEmpty(page.OdataNextLink) || pages >= MaxPages)
                {
                    break;
                }

                page = await graph.Teams[aadGroupId].Channels.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken);
                pages++;
            }

            GraphLog.Listed(_logger, "list-channels", channels.Count, pages);
            return new DirectoryResult<IReadOnlyList<TeamChannel>>(DirectoryStatus.Ok, channels.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList());
        }, _logger, cancellationToken);
    }

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

    private static DirectoryMember ToMember(AadUserConversationMember member) =>
        new(member.UserId!, member.DisplayName, member.Roles?.Any(r => string.Equals(r, "owner", StringComparison.OrdinalIgnoreCase)) == true);
}
