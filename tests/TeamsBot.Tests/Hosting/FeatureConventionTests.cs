using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsBot.Hosting;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hosting;

/// <summary>What lets a feature be added as one folder: its log ids, tables and commands cannot collide with another's.</summary>
public sealed class FeatureConventionTests
{
    private static readonly Assembly App = typeof(BotFeature).Assembly;

    private static IEnumerable<(Type Log, LogEventRangeAttribute? Range, int Id)> LogMessages() =>
        from type in App.GetTypes()
        from method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
        let message = method.GetCustomAttribute<LoggerMessageAttribute>()
        where message is not null
        select (type, type.GetCustomAttribute<LogEventRangeAttribute>(), message.EventId);

    [Fact]
    public void LogMessages_EveryId_IsInItsFeaturesRange()
    {
        var outside = LogMessages().Where(m => m.Range is null || m.Id < m.Range.First || m.Id > m.Range.Last)
            .Select(m => $"{m.Log.FullName}: {m.Id}").ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void LogMessages_Ids_AreUnique()
    {
        var repeated = LogMessages().GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void LogRanges_DoNotOverlap()
    {
        var ranges = App.GetTypes().Select(t => t.GetCustomAttribute<LogEventRangeAttribute>()).OfType<LogEventRangeAttribute>()
            .OrderBy(r => r.First).ToList();

        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.True(pair.First.Last < pair.Second.First, $"{pair.First.First}–{pair.First.Last} overlaps {pair.Second.First}"));
    }

    [Fact]
    public void Features_Names_AreUniqueAndEveryDeclaredTableIsCreated()
    {
        using var services = TestFeatures.Services();
        var features = services.GetServices<BotFeature>().ToList();
        var tables = services.GetRequiredService<TeamsBot.Storage.Tables>();

        Assert.Equal(features.Count, features.Select(f => f.Name).Distinct().Count());
        Assert.Equal(features.SelectMany(f => f.Tables).Distinct().Order(), tables.All.Order());
    }

    [Fact]
    public void Commands_EveryWord_IsRegisteredOnce()
    {
        var words = TestFeatures.Commands().Commands.SelectMany(c => c.Words).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void AddBotFeature_SameNameTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddBotFeature("Twice");

        Assert.Throws<InvalidOperationException>(() => services.AddBotFeature("Twice"));
    }
}
