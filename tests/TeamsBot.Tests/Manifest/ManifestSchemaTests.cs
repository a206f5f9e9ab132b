using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Manifest;

public sealed class ManifestSchemaTests
{
    [Fact]
    public void Manifest_AgainstSchema129_IsValid()
    {
        var errors = ManifestFiles.Errors(ManifestFiles.ManifestSchema, ManifestFiles.Read("manifest.json"));

        Assert.True(errors.Count == 0, "manifest.json is not a valid v1.29 manifest:\n" + string.Join("\n", errors));
    }

    public static TheoryData<string> ManifestBreakages => [.. BrokenManifest.Keys];

    private static readonly Dictionary<string, Action<JsonObject>> BrokenManifest = new()
    {
        ["other manifestVersion"] = m => m["manifestVersion"] = "1.28",
        ["no accentColor"] = m => m.Remove("accentColor"),
        ["id not a GUID"] = m => m["id"] = "${{APP_ID}}",
        ["botId not a GUID"] = m => m["bots"]![0]!["botId"] = "vagtrum",
        ["unknown bot scope"] = m => m["bots"]![0]!["scopes"]!.AsArray().Add("meeting"),
        ["short name over 30"] = m => m["name"]!["short"] = new string('V', 31),
        ["unknown property"] = m => m["colour"] = "#1F6F78",
        ["privacy url not http"] = m => m["developer"]!["privacyUrl"] = "ftp://example.org/privacy",
        ["RSC type unknown"] = m => m["authorization"]!["permissions"]!["resourceSpecific"]![0]!["type"] = "Both",
        ["command without title"] = m => m["bots"]![0]!["commandLists"]![0]!["commands"]![0]!.AsObject().Remove("title"),
    };

    [Theory]
    [MemberData(nameof(ManifestBreakages))]
    public void Manifest_BrokenCopy_IsRejected(string breakage)
    {
        var manifest = ManifestFiles.Read("manifest.json");
        BrokenManifest[breakage](manifest);

        Assert.NotEmpty(ManifestFiles.Errors(ManifestFiles.ManifestSchema, manifest));
    }

    [Fact]
    public void Localization_AgainstSchema_IsValid()
    {
        var errors = ManifestFiles.Errors(ManifestFiles.LocalizationSchema, ManifestFiles.Read("en-us.json"));

        Assert.True(errors.Count == 0, "en-us.json is not a valid localization file:\n" + string.Join("\n", errors));
    }

    public static TheoryData<string> LocalizationBreakages => [.. BrokenLocalization.Keys];

    private static readonly Dictionary<string, Action<JsonObject>> BrokenLocalization = new()
    {
        ["no full description"] = l => l.Remove("description.full"),
        ["short name over 30"] = l => l["name.short"] = new string('V', 31),
        ["blank short description"] = l => l["description.short"] = "   ",
        ["misspelt key"] = l => l["bots[0].commandLists[0].commands[0].titel"] = "/checkin",
        ["command index beyond 11"] = l => l["bots[0].commandLists[0].commands[12].title"] = "/checkin",
    };

    [Theory]
    [MemberData(nameof(LocalizationBreakages))]
    public void Localization_BrokenCopy_IsRejected(string breakage)
    {
        var localization = ManifestFiles.Read("en-us.json");
        BrokenLocalization[breakage](localization);

        Assert.NotEmpty(ManifestFiles.Errors(ManifestFiles.LocalizationSchema, localization));
    }
}
