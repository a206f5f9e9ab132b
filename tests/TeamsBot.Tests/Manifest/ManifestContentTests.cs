using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ManifestPackager;
using TeamsBot.Hosting;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Manifest;

/// <summary>What the schema cannot see: the ids, the commands, and that the English file matches the manifest.</summary>
public sealed partial class ManifestContentTests
{
    private readonly JsonObject manifest = ManifestFiles.Read("manifest.json");

    [Fact]
    public void Manifest_AppIds_AreThePackagersPlaceholder()
    {
        Assert.Equal(TeamsAppPackage.PlaceholderAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TeamsAppPackage.PlaceholderAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(TeamsAppPackage.PlaceholderAppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_ChannelMessagePermission_IsRequestedAsApplication()
    {
        var permissions = manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray();

        Assert.Contains(permissions, p => p!["name"]!.GetValue<string>() == "ChannelMessage.Read.Group" && p["type"]!.GetValue<string>() == "Application");
        Assert.False(string.IsNullOrWhiteSpace(manifest["webApplicationInfo"]!["resource"]?.GetValue<string>()));
    }

    [Fact]
    public void Manifest_CommandMenus_OfferCheckInOutAndHelpInTheChannel()
    {
        Assert.Equal(["team", "personal", "groupChat"], Strings(manifest["bots"]![0]!["scopes"]!));
        Assert.Equal(["/checkin", "/checkout", "/vagtkanal", "/hjælp", "/vagt", "/samtale", "/sparring", "/bagvagt", "/vejledning", "/henvis"], CommandTitles(["team"]));
        // The coordinators' commands work only in the 1:1 chat, so the personal and group chat menus are separate lists.
        Assert.Equal(["/hjælp", "/checkin", "/vagt", "/vagter", "/overblik", "/samtale", "/mine", "/sparring", "/bagvagt", "/vejledning", "/henvis"], CommandTitles(["personal"]));
        Assert.Equal(["/hjælp", "/checkin", "/vagt", "/samtale", "/bagvagt", "/vejledning", "/henvis"], CommandTitles(["groupChat"]));
    }

    [Theory]
    [InlineData("team", CommandMenus.Team)]
    [InlineData("personal", CommandMenus.Personal)]
    [InlineData("groupChat", CommandMenus.GroupChat)]
    public void Manifest_CommandMenus_MatchTheRegisteredCommands(string scope, CommandMenus menu)
    {
        var registered = TestFeatures.Commands().Commands;
        var listed = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Where(list => Strings(list!["scopes"]!).Contains(scope))
            .SelectMany(list => list!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()))
            .Order(StringComparer.Ordinal);

        Assert.Equal(registered.Where(c => c.Menus.HasFlag(menu)).Select(c => c.Name).Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void Manifest_Descriptions_ShortAndFullDiffer()
    {
        Assert.NotEqual(manifest["description"]!["short"]!.GetValue<string>(), manifest["description"]!["full"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_LocalizationFiles_AreListedAndExist()
    {
        var info = manifest["localizationInfo"]!;
        var english = Assert.Single(info["additionalLanguages"]!.AsArray());

        Assert.Equal("da-dk", info["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("en-us", english!["languageTag"]!.GetValue<string>());
        Assert.True(File.Exists(ManifestFiles.PathOf(english["file"]!.GetValue<string>())));
    }

    [Fact]
    public void Localization_Keys_NameFieldsThatExistInTheManifest()
    {
        var orphans = ManifestFiles.Read("en-us.json")
            .Select(entry => entry.Key)
            .Where(key => key != "$schema" && Resolve(key) is null)
            .ToList();

        Assert.True(orphans.Count == 0, "en-us.json translates fields the manifest does not have: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Localization_Commands_AreAllTranslated()
    {
        var english = ManifestFiles.Read("en-us.json");
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var missing = new List<string>();
        for (var list = 0; list < lists.Count; list++)
        {
            for (var command = 0; command < lists[list]!["commands"]!.AsArray().Count; command++)
            {
                missing.AddRange(new[] { "title", "description" }
                    .Select(field => $"bots[0].commandLists[{list}].commands[{command}].{field}")
                    .Where(key => !english.ContainsKey(key)));
            }
        }

        Assert.True(missing.Count == 0, "en-us.json lacks: " + string.Join(", ", missing));
    }

    private List<string> CommandTitles(string[] scopes) =>
        [.. manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => Strings(list!["scopes"]!).SequenceEqual(scopes))!["commands"]!.AsArray()
            .Select(command => command!["title"]!.GetValue<string>())];

    private static List<string> Strings(JsonNode array) => [.. array.AsArray().Select(item => item!.GetValue<string>())];

    /// <summary>The manifest node a localization key such as <c>bots[0].commandLists[1].commands[0].title</c> names, or null.</summary>
    private JsonNode? Resolve(string key)
    {
        JsonNode? node = manifest;
        foreach (Match step in KeyStep().Matches(key))
        {
            node = node is JsonObject obj ? obj[step.Groups["name"].Value] : null;
            foreach (Capture index in step.Groups["index"].Captures)
            {
                node = node is JsonArray array && int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null;
            }
        }

        return node;
    }

    [GeneratedRegex(@"(?<name>[^.\[\]]+)(\[(?<index>\d+)\])*")]
    private static partial Regex KeyStep();
}
