using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>The development sign-in (README) works in local mode in the Development environment, and nowhere else.</summary>
public sealed class TabDevelopmentSignInTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Development", false, HttpStatusCode.OK)]
    [InlineData("Testing", false, HttpStatusCode.Unauthorized)]
    [InlineData("Production", false, HttpStatusCode.Unauthorized)]
    [InlineData("Development", true, HttpStatusCode.Unauthorized)]
    public async Task The_Playground_user_signs_in_only_in_local_development_mode(string environment, bool withAppId, HttpStatusCode expected)
    {
        await using var app = new BotAppFactory(withAppId ? AuthTestBot.Settings() : null);
        await using var host = app.WithWebHostBuilder(builder => builder.UseEnvironment(environment));
        await host.Services.GetRequiredService<ITeamStore>().UpsertTeamAsync(
            new Team { TeamId = "19:my-team", TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = "My Team" }, Token);
        await host.Services.GetRequiredService<ITeamStore>().SyncRosterAsync("19:my-team",
            [new TeamMember { TeamId = "19:my-team", AadObjectId = BotAppFactory.SampleSenderAad, IsOwner = true }], Token);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tab/api/team/dashboard?teamId=19%3Amy-team&range=12w");
        request.Headers.TryAddWithoutValidation("Authorization", "Development " + BotAppFactory.SampleSenderAad);

        using var response = await client.SendAsync(request, Token);

        Assert.Equal(expected, response.StatusCode);
    }
}
