using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Sparring;

/// <summary>The ladder's timeouts as configured: defaults, the keys, and values a ladder cannot run on.</summary>
public sealed class SparringOptionsTests
{
    [Fact]
    public void Timeouts_NotConfigured_ThreeAndFifteenMinutes()
    {
        var options = TestFeatures.Services().GetRequiredService<IOptions<SparringOptions>>().Value;

        Assert.Equal((TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(15)), (options.AckTimeout, options.LaterAckTimeout));
    }

    [Fact]
    public void Timeouts_Configured_ReadFromTheirKeys()
    {
        var options = TestFeatures.Services(new() { ["Sparring:AckTimeout"] = "00:01:30", ["Sparring:LaterAckTimeout"] = "00:20:00" })
            .GetRequiredService<IOptions<SparringOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(90), TimeSpan.FromMinutes(20)), (options.AckTimeout, options.LaterAckTimeout));
    }

    [Theory]
    [InlineData("Sparring:AckTimeout", "00:00:00")]
    [InlineData("Sparring:LaterAckTimeout", "-00:05:00")]
    [InlineData("Sparring:AckTimeout", "2.00:00:00")]
    public void Timeouts_Unusable_RefusedNamingTheKeys(string key, string value)
    {
        var services = TestFeatures.Services(new() { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SparringOptions>>().Value);

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }
}
