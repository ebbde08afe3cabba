using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Tests.Protocol.Connector;

public sealed class BotConnectorOptionsTests
{
    [Fact]
    public void Defaults_match_the_documented_policy()
    {
        var options = new BotConnectorOptions();

        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(new Uri("https://login.microsoftonline.com"), options.AuthorityHost);
    }

    [Theory]
    [InlineData("BotConnector:MaxDelay", "00:00:00.001")]
    [InlineData("BotConnector:MaxRetries", "-1")]
    [InlineData("BotConnector:Timeout", "00:00:00")]
    [InlineData("BotConnector:AuthorityHost", "http://login.example.test")]
    public void Invalid_connector_settings_fail_at_start(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => ConnectorTestServices.Build(new Dictionary<string, string?> { [key] = value }));

        Assert.Equal(typeof(BotConnectorOptions), error.OptionsType);
    }

    [Fact]
    public void A_single_tenant_app_id_without_a_tenant_fails_at_start()
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "secret" };

        Assert.Throws<OptionsValidationException>(() => ConnectorTestServices.Build(settings));
    }

    [Fact]
    public void Settings_bind_from_the_BotConnector_section()
    {
        using var services = ConnectorTestServices.Build(new Dictionary<string, string?> { ["BotConnector:MaxRetries"] = "7" });

        Assert.Equal(7, services.GetRequiredService<IOptions<BotConnectorOptions>>().Value.MaxRetries);
    }
}
