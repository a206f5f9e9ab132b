using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>
/// Compares card JSON with a checked-in file in Cards/Expected. With UPDATE_EXPECTED_CARDS=1 the files are
/// rewritten first: review the diff before committing it, since the file is then the specification.
/// </summary>
public static class ExpectedJson
{
    private static readonly JsonSerializerOptions Readable = new(Bot.Protocol.ProtocolJson.Options) { WriteIndented = true };

    public static string Folder => RepoPaths.InRepo("tests", "TeamsBot.Tests", "Cards", "Expected");

    public static void AssertMatches(string fileName, string json)
    {
        var path = Path.Combine(Folder, fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED_CARDS") == "1")
        {
            File.WriteAllText(path, json + "\n");
        }

        Assert.True(File.Exists(path), $"{fileName} is missing: run the card tests with UPDATE_EXPECTED_CARDS=1 and review it.");
        Assert.Equal(Normalise(File.ReadAllText(path)), Normalise(json));
    }

    // Same layout on both sides, so a failure shows a readable line diff with æøå intact.
    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Readable);
}
