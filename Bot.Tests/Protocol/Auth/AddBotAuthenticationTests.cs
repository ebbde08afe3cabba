using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Protocol;
using OutcomesBot.Bot.Protocol.Auth;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

public sealed class AddBotAuthenticationTests
{
    [Fact]
    public void DefaultSettings_PassStartupValidation()
    {
        using var services = AuthTestBot.BuildServices(AuthTestBot.Settings());

        services.GetRequiredService<IStartupValidator>().Validate();
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.BotFrameworkOpenIdMetadataUrl);
        Assert.Equal(TimeSpan.FromHours(24), options.SigningKeyRefreshInterval);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClockSkew);
        Assert.True(options.RequireHttpsMetadata);
    }

    [Fact]
    public void SigningKeyRefreshIntervalAbove24Hours_FailsStartupValidation() =>
        AssertStartupValidationNames(nameof(BotAuthenticationOptions.SigningKeyRefreshInterval), s => s["BotAuthentication:SigningKeyRefreshInterval"] = "1.00:00:01");

    [Fact]
    public void PlainHttpMetadataWhileHttpsIsRequired_FailsStartupValidation() =>
        AssertStartupValidationNames(nameof(BotAuthenticationOptions.BotFrameworkOpenIdMetadataUrl), s => s["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = "http://127.0.0.1:1/metadata");

    [Fact]
    public void EntraTemplateWithoutTenantPlaceholder_FailsStartupValidation() =>
        AssertStartupValidationNames(nameof(BotAuthenticationOptions.EntraOpenIdMetadataUrlTemplate), s => s["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    [Fact]
    public void SingleTenantCredentialsWithoutTenantId_FailStartupValidation() =>
        AssertStartupValidationNames(nameof(BotCredentialsOptions.MicrosoftAppTenantId), s => s.Remove("MicrosoftAppTenantId"));

    [Fact]
    public void CalledTwice_ValidatesCredentialsOnce()
    {
        var services = new ServiceCollection().AddBotAuthentication().AddBotAuthentication();

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<BotCredentialsOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(IRequestAuthenticator));
    }

    private static void AssertStartupValidationNames(string member, Action<IDictionary<string, string?>> spoil)
    {
        var settings = AuthTestBot.Settings();
        spoil(settings);
        using var services = AuthTestBot.BuildServices(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }
}
