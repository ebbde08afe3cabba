using System.ComponentModel.DataAnnotations;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    [Fact]
    public void Defaults_are_Teams_limits_and_valid()
    {
        var options = new DeliveryOptions();

        Assert.Equal((50, 7), (options.TenantRatePerSecond, options.ConversationRatePerSecond));
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Zero_rate_and_a_backoff_longer_than_its_ceiling_are_rejected()
    {
        var options = new DeliveryOptions { TenantRatePerSecond = 0, BaseBackoff = TimeSpan.FromMinutes(10) };

        var errors = Validate(options);

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(DeliveryOptions.TenantRatePerSecond)));
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(DeliveryOptions.BaseBackoff)));
    }

    private static List<ValidationResult> Validate(DeliveryOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        results.AddRange(options.Validate(new ValidationContext(options)));
        return results;
    }
}
