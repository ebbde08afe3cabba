using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Graph;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Teams;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Graph;

/// <summary>The roster sync through the real host and the real GraphServiceClient, against a fake Graph on loopback.</summary>
public sealed class RosterSyncTests : IAsyncLifetime
{
    private const string TeamId = "team-id";
    private const string GroupId = "00000000-0000-0000-0000-000000000031";
    private const string InstallerAad = "00000000-0000-0000-0000-0000000000020";
    private const string InstallerChat = "9d04fb34-e1ad-4a99-88e9-9178312c341a";

    private FakeGraphServer _graph = null!;
    private BotAppFactory _app = null!;

    // The roster sync runs in the background after the install; generous for a loaded 2-core machine.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _app = new BotAppFactory(
            new Dictionary<string, string?>
            {
                ["Graph:BaseUrl"] = $"{_graph.BaseUrl}/v1.0",
                ["Graph:TeamsAppCatalogId"] = "catalog-app-1",
                ["Graph:RetryDelay"] = "00:00:00",
            },
            services =>
            {
                services.RemoveAll<GraphCredential>();
                services.AddSingleton(new GraphCredential(new StaticTokenCredential()));
            });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Installing_in_a_team_reads_every_page_and_owners_become_leaders()
    {
        _graph.PageSize = 2;
        _graph.Members.AddRange([("aad-owner", "Olu Owner", true), ("aad-b", "Bea", false), ("aad-c", "Cal", false), (InstallerAad, "Ines", false)]);

        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        await Eventually.TrueAsync(async () => (await Members()).Count == 4, Within);

        var roles = _app.Get<TeamRoles>();
        Assert.Equal(TeamRole.Leader, await roles.RoleOfAsync(TeamId, "aad-owner", Token));
        Assert.Equal(TeamRole.Staff, await roles.RoleOfAsync(TeamId, "aad-b", Token));
        Assert.Equal(GroupId, (await _app.Get<ITeamStore>().GetTeamAsync(TeamId, Token))?.AadGroupId);
        Assert.Contains(_graph.Requests, r => r.Contains("/members?$skiptoken=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_permission_tells_the_installer_in_their_chat_and_the_roster_comes_from_the_connector()
    {
        _graph.MembersStatus = HttpStatusCode.Forbidden;
        _graph.InstallStatus = HttpStatusCode.Forbidden;
        _app.Connector.Members.AddRange([new ChannelAccount { Id = "user-id-0", AadObjectId = InstallerAad, Name = "Ines" }, new ChannelAccount { Id = "29:b", AadObjectId = "aad-b", Name = "Bea" }]);
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-personal"));

        using var response = await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        await Eventually.TrueAsync(() => _app.Connector.Sent.Any(s => s.CardText.Contains("needs a permission", StringComparison.Ordinal)), Within);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = Assert.Single(_app.Connector.Sent, s => s.CardText.Contains("needs a permission", StringComparison.Ordinal));
        Assert.Equal(InstallerChat, notice.ConversationId);
        Assert.Contains(GraphPermissions.ReadTeamMembers, notice.CardText);
        Assert.Contains(GraphPermissions.InstallSelfForUser, notice.CardText);
        Assert.Contains("admin consent", notice.CardText);
        var members = await Members();
        Assert.Equal(["29:b", "user-id-0"], members.Select(m => m.TeamsUserId).Order(StringComparer.Ordinal));

        // The next (daily) sync tries Graph again but does not send the same notice again the same week.
        await _app.Get<TeamRosterSync>().SyncAsync(TeamId, null, Token);
        Assert.Single(_app.Connector.Sent, s => s.CardText.Contains("needs a permission", StringComparison.Ordinal));
        Assert.Equal(2, _graph.Requests.Count(r => r.EndsWith("/members", StringComparison.Ordinal)));
    }

    // Decision 095: a display name is chosen by its person in many tenants; one shaped like a name slot comes in without
    // the slot's mark.
    [Fact]
    public async Task A_member_name_shaped_like_a_name_slot_comes_from_Graph_without_its_marks()
    {
        _graph.Members.Add(("aad-b", "Bea\u2063name:aad-owner|x\u2063", false));

        var result = await _app.Get<ITeamDirectory>().ListMembersAsync(GroupId, Token);

        Assert.Equal("Beaname:aad-owner|x", Assert.Single(result.Value!).Name);
    }

    [Fact]
    public async Task A_throttled_call_waits_for_Retry_After_and_succeeds()
    {
        _graph.Members.Add(("aad-owner", "Olu Owner", true));
        _graph.ThrottleFirst = 1;

        var result = await _app.Get<ITeamDirectory>().ListMembersAsync(GroupId, Token);

        Assert.Equal(DirectoryStatus.Ok, result.Status);
        Assert.Equal(new DirectoryMember("aad-owner", "Olu Owner", IsOwner: true), Assert.Single(result.Value!));
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task The_app_is_installed_once_for_each_member_without_a_chat_and_not_again_on_the_next_sync()
    {
        _graph.Members.AddRange([("aad-owner", "Olu Owner", true), ("aad-b", "Bea", false), (InstallerAad, "Ines", false)]);
        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-personal"));

        await _app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        // Graph sees an install before the background sync records it: the next sync starts once both are recorded
        // (on a loaded machine it could start in between and install for the same person again).
        await Eventually.TrueAsync(async () => _graph.Installs.Count == 2 && await InstallRecordedAsync("aad-b") && await InstallRecordedAsync("aad-owner"), Within);
        await _app.Get<TeamRosterSync>().SyncAsync(TeamId, null, Token);

        Assert.Equal(["aad-b", "aad-owner"], _graph.Installs.Select(i => i.UserId).Order(StringComparer.Ordinal));
        Assert.All(_graph.Installs, i => Assert.Equal($"{_graph.BaseUrl}/v1.0/appCatalogs/teamsApps/catalog-app-1", i.TeamsApp));
    }

    [Fact]
    public async Task An_install_that_failed_for_a_while_is_tried_again_on_the_next_sync()
    {
        _graph.Members.Add(("aad-b", "Bea", false));
        _graph.InstallStatus = HttpStatusCode.BadGateway;
        await _app.Get<ITeamStore>().UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "tenant", ServiceUrl = "https://smba.example/", AadGroupId = GroupId }, Token);

        await _app.Get<TeamRosterSync>().SyncAsync(TeamId, null, Token);
        _graph.InstallStatus = null;
        await _app.Get<TeamRosterSync>().SyncAsync(TeamId, null, Token);
        await _app.Get<TeamRosterSync>().SyncAsync(TeamId, null, Token);

        Assert.Equal(2, _graph.Installs.Count);
        Assert.Equal(DirectoryStatus.Ok, (await _app.Get<IAppInstallLog>().GetAsync("aad-b", Token))?.Status);
    }

    [Fact]
    public async Task A_refused_sign_in_is_a_typed_result_not_an_exception()
    {
        _graph.MembersStatus = HttpStatusCode.Unauthorized;

        var result = await _app.Get<ITeamDirectory>().ListMembersAsync(GroupId, Token);

        Assert.Equal(DirectoryStatus.NotAuthenticated, result.Status);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Without_app_credentials_Graph_is_off_and_the_roster_comes_from_the_connector()
    {
        await using var local = new BotAppFactory();
        local.Connector.Members.AddRange([new ChannelAccount { Id = "29:a", AadObjectId = "aad-a", Name = "Ade" }, new ChannelAccount { Id = "29:b", AadObjectId = "aad-b", Name = "Bea" }, new ChannelAccount { Id = "29:c", AadObjectId = "aad-c", Name = "Cal" }]);

        await local.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        await Eventually.TrueAsync(async () => (await local.Get<ITeamStore>().ListMembersAsync(TeamId, Token)).Count == 3, Within);

        Assert.Equal(TeamRole.Staff, await local.Get<TeamRoles>().RoleOfAsync(TeamId, "aad-c", Token));
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task Channels_are_listed_by_name()
    {
        var result = await _app.Get<ITeamDirectory>().ListChannelsAsync(GroupId, Token);

        Assert.Equal(["General", "Stories"], result.Value!.Select(c => c.Name));
    }

    private Task<IReadOnlyList<TeamMember>> Members() => _app.Get<ITeamStore>().ListMembersAsync(TeamId, Token);

    private async Task<bool> InstallRecordedAsync(string aadObjectId) => await _app.Get<IAppInstallLog>().GetAsync(aadObjectId, Token) is not null;
}
