using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Hosting;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

public sealed class ConfigurationTemplateTests
{
    /// <summary>Every options class a feature bound to a section, as the host registers them.</summary>
    private static IEnumerable<BoundOptions> Documented() => TestFeatures.Services().GetServices<BoundOptions>();

    private static JsonObject Template() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("appsettings.template.json")))!.AsObject();

    [Fact]
    public void Template_DocumentsEveryOptionKey()
    {
        var template = Template();
        List<string> missing = [];
        foreach (var (section, type) in Documented())
        {
            CollectMissing(template[section] as JsonObject, type, section, missing);
        }

        Assert.True(missing.Count == 0, "appsettings.template.json lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Features_BindEveryDocumentedSection()
    {
        var sections = Documented().Select(d => d.Section).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["Bot", "Storage", "Organisation", "Roles", "Shifts", "Sparring"]), sections);
    }

    [Fact]
    public async Task Template_WithLocalStorage_StartsTheHost()
    {
        var settings = Flatten(Template(), prefix: null).ToDictionary(p => p.Key, p => p.Value);
        settings.Remove("Storage:ConnectionString"); // The factory points storage at the test's Azurite.
        settings.Remove("Storage:TablePrefix");
        foreach (var key in settings.Keys.Where(k => k.StartsWith("DataProtection:", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(key); // The factory gives each bot its own key ring and a real certificate file.
        }
        using var bot = new BotFactory(settings, environment: "Production");

        var response = await bot.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
    }

    private static void CollectMissing(JsonObject? json, Type type, string path, List<string> missing)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{path}:{property.Name}";
            var value = json?[property.Name];
            if (value is null)
            {
                missing.Add(key);
            }
            else if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && property.PropertyType != typeof(Uri)
                && !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                CollectMissing(value as JsonObject, property.PropertyType, key, missing);
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string?>> Flatten(JsonNode node, string? prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten(p.Value!, prefix is null ? p.Key : $"{prefix}:{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => Flatten(item!, $"{prefix}:{i}")),
        _ => [new(prefix!, node.ToString())],
    };
}
