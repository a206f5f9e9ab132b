using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsBot.Reflections;

namespace TeamsBot.Tests.Reflections;

/// <summary>The section <c>Reflections</c>: defaults, the coordinator's lists, and what start-up refuses.</summary>
public sealed class ReflectionOptionsTests
{
    private static ReflectionOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddReflections(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ReflectionOptions>>().Value;
    }

    [Fact]
    public void Bind_Unset_UsesTheDefaults()
    {
        var options = Bind([]);

        Assert.Equal(TimeSpan.FromMinutes(30), options.ReminderAfter);
        Assert.Equal(30, options.PrivateTextDays);
        Assert.Equal(365, options.RetentionDays);
        Assert.Equal(["parenting", "divorce", "substanceUse", "wellbeing", "violence", "loneliness", "other"], options.EffectiveTopics.Select(t => t.Value));
        Assert.Equal(["gp", "familieretshuset", "headspace", "familyCounselling", "none"], options.EffectiveReferrals.Select(t => t.Value));
        Assert.Equal("Parenting and teenagers", options.EffectiveTopics[0].Title(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Forældreskab og teenagere", options.EffectiveTopics[0].Title(CultureInfo.GetCultureInfo("da-DK")));
    }

    [Fact]
    public void Bind_ConfiguredTopics_ReplaceTheDefaultsAndFallBackToDanish()
    {
        var options = Bind(new() { ["Reflections:Topics:0:Value"] = "housing", ["Reflections:Topics:0:Da"] = "Bolig" });

        var topic = Assert.Single(options.EffectiveTopics);
        Assert.Equal("Bolig", topic.Title(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(5, options.EffectiveReferrals.Count);
    }

    [Theory]
    [InlineData("Reflections:ChildConcernProcedureUrl", "http://example.org/procedure", "ChildConcernProcedureUrl")]
    [InlineData("Reflections:ReminderAfter", "00:00:10", "ReminderAfter")]
    [InlineData("Reflections:PrivateTextDays", "0", "PrivateTextDays")]
    [InlineData("Reflections:RetentionDays", "-1", "RetentionDays")]
    [InlineData("Reflections:RetentionDays", "10", "RetentionDays")]
    [InlineData("Reflections:Topics:0:Value", "a,b", "Topics:0:Value")]
    [InlineData("Reflections:Referrals:0:Value", "gp", "Referrals:0:Da")]
    public void Bind_BadValue_IsRefusedNamingTheKey(string key, string value, string named)
    {
        Dictionary<string, string?> settings = new() { [key] = value };
        if (key.StartsWith("Reflections:Topics", StringComparison.Ordinal))
        {
            settings["Reflections:Topics:0:Da"] = "Et emne";
        }

        var error = Assert.Throws<OptionsValidationException>(() => Bind(settings));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_RepeatedValue_IsRefused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Reflections:Topics:0:Value"] = "same", ["Reflections:Topics:0:Da"] = "Et",
            ["Reflections:Topics:1:Value"] = "same", ["Reflections:Topics:1:Da"] = "To",
        }));

        Assert.Contains("'same' more than once", error.Message, StringComparison.Ordinal);
    }
}
