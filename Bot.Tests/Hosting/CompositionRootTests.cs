using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// The real host, built from <c>Program</c> through the composition root (Bot/Hosting), with the container checking
/// every registration when it is built (ValidateOnBuild) and every scope when a service is resolved (ValidateScopes).
/// </summary>
public sealed class CompositionRootTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_host_builds_with_every_registration_and_scope_validated_and_answers_a_message()
    {
        var validated = _app.WithWebHostBuilder(Validate);

        using var response = await PostHelpAsync(validated);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("What I can do", Assert.Single(_app.Connector.Sent).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handler_whose_port_is_not_registered_stops_the_host_from_being_built()
    {
        var missing = _app.WithWebHostBuilder(builder =>
        {
            Validate(builder);
            builder.ConfigureTestServices(services => services.RemoveAll<IStoryDigestSchedule>());
        });

        var error = Assert.Throws<AggregateException>(() => missing.Services);

        Assert.Contains(error.InnerExceptions, inner => inner.Message.Contains(nameof(IStoryDigestSchedule), StringComparison.Ordinal)
            && inner.Message.Contains("DigestCommands", StringComparison.Ordinal));
    }

    private static void Validate(IWebHostBuilder builder) =>
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });

    private static async Task<HttpResponseMessage> PostHelpAsync(WebApplicationFactory<Program> factory)
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";
        using var client = factory.CreateClient();
        using var content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
